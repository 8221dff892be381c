/**
 * A headline, its standfirst, and a short line set between the standfirst and the byline (a clip's
 * title under its player's label, an earlier story's link): the inset line stands right over the
 * article's header and shares the lead's words, and was taken for the headline. The line over the
 * standfirst is the headline; another story's title and teaser over the article's headline, a short
 * section's name or a caption over the standfirst leave the chosen line where it is. Pages written
 * here; the first test failed before the rule (headline-over-standfirst-and-inset.ts).
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { article } from './helpers.ts';
import { headlineOverStandfirstAndInset } from '../../scripts/ingest/lib/page-text/headline/headline-over-standfirst-and-inset.ts';
import { detectMainText } from '../../scripts/ingest/stages/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const MENU = 'Home\nWorld\nBusiness\nScience';
const HEADLINE = 'Village council bets its future on a school roof paid for by rice';
const STANDFIRST = 'The farmers who planted the new seed first were laughed at in the village, until a second harvest in one year changed the valley';
const INSET = 'Valley farmers now harvest rice twice a year with new seed';
const HEADER = 'Jane Roe\n12 March 2024';
const page = (over: string, between = '') => `${MENU}\n${over}\n${STANDFIRST}\n${between ? `${between}\n` : ''}${INSET}\n${HEADER}\n${BODY}`;

describe('a headline over its standfirst, an inset line between the standfirst and the byline', () => {
  it('is the headline over the standfirst, not the inset line right over the byline', () => {
    expect(titleOf(page(HEADLINE))).toBe(HEADLINE);
    expect(titleOf(page(HEADLINE, 'VIDEO LOADING'))).toBe(HEADLINE);
  });

  it('leaves the chosen line under another story\'s title and teaser, a section\'s name or a caption', () => {
    expect(titleOf(page('Storm closes the harbour road for the second week'))).toBe(INSET);
    expect(titleOf(page('Science'))).toBe(INSET);
    expect(titleOf(page('The village council met in the school hall on Monday.'))).toBe(INSET);
  });
});

describe('the inset line handed to segment', () => {
  // The chooser returns the line it passed over with the headline it chose (ChosenHeadline.inset), and
  // main-text hands it on (MainTextChoice.insetPassedOver): segment reads the byline from under it.
  const chosen = (text: string) => {
    const lines = text.split('\n').filter((l) => l.trim());
    const choice = detectMainText(lines, detectLanguage(text));
    return { headline: lines[choice.headline], inset: choice.insetPassedOver === undefined ? undefined : lines[choice.insetPassedOver] };
  };

  it('is the inset line when the headline over the standfirst was chosen past it', () => {
    expect(chosen(page(HEADLINE))).toEqual({ headline: HEADLINE, inset: INSET });
  });

  it('is none when the chosen line stays', () => {
    expect(chosen(page('Science'))).toEqual({ headline: INSET, inset: undefined });
  });
});

describe('the byline under the inset line', () => {
  // The name alone, its handle between it and the stamp: read as the byline under the standfirst.
  const signed = (over: string) => `${MENU}\n${over}\n${STANDFIRST}\n${INSET}\nJane Roe\n@janeroe\n12 March 2024\n${BODY}`;

  it('is the name under the inset line, the headline over the standfirst', () => {
    const { record } = article(signed(HEADLINE));
    expect(record.title).toBe(HEADLINE);
    expect(record.author).toBe('Jane Roe');
  });

  // A short label in title case between the standfirst and the clip's title ("Harbour Watch", a
  // series' name), the name four lines under the headline: segment counts the reach of a name over its
  // stamp from the inset line (insetPassedOver), the lines over it the standfirst's. A guard: the label
  // is no byline, the name over the stamp is. (Fails on the base for the headline; the check set's page
  // whose author this restores was found from totals only, its exact shape not written here.)
  const labelled = (name: string) => `${MENU}\n${HEADLINE}\n${STANDFIRST}\nHarbour Watch\n${INSET}\n${name}\n12 March 2024\n${BODY}`;

  it('is the name over the stamp under the inset line, not a label between the standfirst and that line', () => {
    const { record } = article(labelled('Jane Roe'));
    expect(record.title).toBe(HEADLINE);
    expect(record.author).toBe('Jane Roe');
  });

  it('is no line of common words over the stamp there, nor the label', () => {
    expect(article(labelled('Read more')).record.author).toBeFalsy();
  });

  it('is no line of common words there', () => {
    expect(article(signed(HEADLINE).replace('Jane Roe', 'Read more')).record.author).toBeFalsy();
  });
});

describe('headlineOverStandfirstAndInset', () => {
  // Lines: 0 menu, 1 headline, 2 standfirst, 3 label, 4 inset.
  const tests = (standfirst: number[], headline: number[], label: number[] = []) => ({
    standfirst: (i: number) => standfirst.includes(i),
    headline: (i: number) => headline.includes(i),
    label: (i: number) => label.includes(i),
  });

  it('takes the headline over the standfirst right over the chosen line, or over one label', () => {
    expect(headlineOverStandfirstAndInset(3, tests([2], [1]))).toBe(1);
    expect(headlineOverStandfirstAndInset(4, tests([2], [1], [3]))).toBe(1);
  });

  it('leaves the chosen line with no standfirst over it, no headline over that, or two lines between', () => {
    expect(headlineOverStandfirstAndInset(3, tests([], [1]))).toBe(3);
    expect(headlineOverStandfirstAndInset(3, tests([2], []))).toBe(3);
    expect(headlineOverStandfirstAndInset(4, tests([2], [1]))).toBe(4);
    expect(headlineOverStandfirstAndInset(1, tests([0], [0]))).toBe(1);
  });
});
