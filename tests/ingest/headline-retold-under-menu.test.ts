/**
 * A headline under a row of menu lines ("Open Search Close Search", "Videos Sign In Subscribe"), over a
 * standfirst with no full stop that tells its story again (two of its words and more), then the
 * outlet and the stamp: the standfirst makes the two lines a pair, so the line over it is the headline
 * and no menu's last entry.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'Harbor Mills said on Thursday it aims to remove more carbon from the air than it emits by 2030, and all it has emitted since it was founded by 2050.',
  'The focus on removing carbon already in the air sets the company apart from others that have pledged only to cut what they emit from now on.',
  'Speaking at the mill by the river, its chief executive said the company would pay farmers to store carbon in their soil for the next ten years.',
].join('\n\n');

describe('a headline under menu lines, over a standfirst that retells it', () => {
  it('is the line over the standfirst', () => {
    const page = `Sun Run\nMedicine Matters\nMore\nOpen Search Close Search Search\nVideos Sign In Subscribe\nHarbor Mills moves to remove its carbon from the air in climate push\nHarbor Mills will pay farmers over the next ten years to store carbon in their soil and remove it from the air\nWire Services\nUpdated: January 16, 2020\nShare Adjust Comment Print\n${BODY}`;
    expect(article(page).record.title).toBe('Harbor Mills moves to remove its carbon from the air in climate push');
  });
});
