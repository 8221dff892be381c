/**
 * A byline whose row ran a button's label into the name ("By Anna Berg View In Digital Edition"): the
 * name without it (lib/bylines/author.ts, withoutButtonTail).
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { article, PROSE } from './helpers.ts';

describe("bylines: a button's label after the name", () => {
  it('cuts the label that opens with a button\'s verb', () => {
    expect(cleanAuthor('B. T. Kestrel View In Digital Edition')).toBe('B. T. Kestrel');
    expect(cleanAuthor('Ottilie Brenner Follow On Social')).toBe('Ottilie Brenner');
  });

  it('a verb that is a word of the name stays', () => {
    expect(cleanAuthor('Jo Read Brenner')).toBe('Jo Read Brenner');
    expect(cleanAuthor('Ottilie Watch')).toBe('Ottilie Watch');
  });

  it('the text path reads the name of such a byline under the headline', () => {
    const page = `Menu\nHome\nLog In\n\n\nTips for choosing small motors for a robot\n\nBy Ottilie Brenner \u00a0 \u00a0View In Digital Edition \u00a0\n\n» Skip to the Extras\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(page).record.author).toBe('Ottilie Brenner');
  });
});
