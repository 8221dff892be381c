/**
 * A headline in sentence case that the article's run opens on, or that stands right over the run,
 * with its byline set in capitals under it and no "By" or date (issue 13): when no line scored as the
 * headline, a one-word section label over it was published instead. The byline in capitals is the
 * header under the headline (byline-in-capitals.ts).
 */
import { describe, expect, it } from 'vitest';
import { BODY, chooseOnClassedLines, titleOf, type ClassedLine } from './headline-fixture.ts';
import { bylineInCapitals } from '../../scripts/ingest/lib/page-text/headline/byline-in-capitals.ts';

const words = (s: string) => s.trim().split(/\s+/).length;
const capitals = (s: string) => bylineInCapitals(s, words(s));

describe('a byline in capitals', () => {
  it('is a name of two words or more in capitals, an outlet after it or none', () => {
    expect(capitals('JANE ROE')).toBe(true);
    expect(capitals('JANE ROE   HARBOR WIRE')).toBe(true);
  });

  it('is no label of one word, no line with figures, marks or lower case, and no long line', () => {
    expect(capitals('ADVERTISEMENT')).toBe(false);
    expect(capitals('SHOW 2 CAPTIONS')).toBe(false);
    expect(capitals('PHOTO: JANE ROE')).toBe(false);
    expect(capitals('Jane Roe')).toBe(false);
    expect(capitals('THE VALLEY COUNCIL VOTES ON THE NEW SEED PLAN')).toBe(false);
  });
});

describe('a headline over its byline in capitals', () => {
  const menu = ['Home', 'News', 'Sport', 'Opinion', 'Obituaries'];
  const headline = 'How do farmers in the valley harvest rice twice? The village council says a new seed doubled incomes';

  it('is the headline of the page, not the section label over it', () => {
    expect(titleOf([...menu, headline, 'JANE ROE   HARBOR WIRE', BODY].join('\n'))).toBe(headline);
  });

  it('is the headline when it stands right over the run, the byline between, though it scores under the floor', () => {
    // A question inside the line, then more: no header under it, so it scores as a standfirst would.
    const asks = 'Why is everyone in the valley talking? A small place shows what it can change when it tries something new';
    const paragraphs: ClassedLine[] = BODY.split('\n\n').map((p) => [p, 'good']);
    const page = (under: string): ClassedLine[] => [...menu.map((m): ClassedLine => [m, 'short']), [asks, 'near'], [under, 'short'], ...paragraphs];
    expect(chooseOnClassedLines(page('JANE ROE   HARBOR WIRE'))).toBe(asks);
    // A label of one word between is no byline.
    expect(chooseOnClassedLines(page('ADVERTISEMENT'))).toBe(null);
  });

  it('is not a line under a label in capitals of one word', () => {
    expect(titleOf([...menu, headline, 'ADVERTISEMENT', BODY].join('\n'))).not.toBe(headline);
  });
});
