/**
 * The headline shown again above the article as a heading, its kicker run into it ("Harbour works
 * «The pier will stand empty no longer»") or its parts set side by side with no space between
 * ("Harbour worksThe pier will stand empty no longer" for the field's "Harbour works: The pier …"):
 * the page's headline, not the article's first line. Left out and reported; a heading that only
 * shares the headline's last words, adds words before it with a bare space, differs from it by its
 * punctuation alone, or whose kicker is as long as a sentence, stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isHeadlineRunIn } from '../../scripts/ingest/lib/html/furniture/headline-run-in.ts';

const HEADLINE = 'The pier will stand empty no longer';

describe('isHeadlineRunIn', () => {
  it('a kicker run into the headline, with or without a space', () => {
    expect(isHeadlineRunIn('Harbour works «The pier will stand empty no longer»', HEADLINE)).toBe(true);
    expect(isHeadlineRunIn('Harbour worksThe pier will stand empty no longer', HEADLINE)).toBe(true);
    expect(isHeadlineRunIn('Harbour works: the pier will stand empty no longer.', HEADLINE)).toBe(true);
  });

  it('the headline whose parts the page set side by side, its colon gone', () => {
    expect(isHeadlineRunIn('Harbour worksThe pier will stand empty no longer', `Harbour works: ${HEADLINE}`)).toBe(true);
  });

  it('not a line that only ends on the headline inside a word, or another line', () => {
    expect(isHeadlineRunIn('Harbour worksthe pier will stand empty no longer', HEADLINE)).toBe(false);
    expect(isHeadlineRunIn('Old harbour: why the pier will stand empty no longer', 'Why the pier will stand empty no longer')).toBe(true);
    expect(isHeadlineRunIn('Why the old pier will stand empty no longer', HEADLINE)).toBe(false);
    expect(isHeadlineRunIn('The pier will stand empty no longer, the board said on Monday', HEADLINE)).toBe(false);
  });

  it('not a longer heading that only adds words with a bare space, nor one that differs by its punctuation alone', () => {
    expect(isHeadlineRunIn('Welcome to the pier will stand empty no longer', 'The pier will stand empty no longer')).toBe(false);
    expect(isHeadlineRunIn('Harbour works: the pier will stand empty no longer', `Harbour works the pier will stand empty no longer`)).toBe(false);
  });

  it('not when the words before it are a sentence, nor for a headline of two words', () => {
    const long = 'After a year of meetings and three votes the harbour board has decided what happens next: ';
    expect(isHeadlineRunIn(long + HEADLINE, HEADLINE)).toBe(false);
    expect(isHeadlineRunIn('Harbour Update', 'Update')).toBe(false);
  });
});

const prose = [
  'The harbour board said on Monday that the old ferry pier would become a market hall, with the work to start in the autumn and take a year.',
  'Residents had asked for years that the pier be used again, and the board said the market would open every day but Sunday.',
  'The cost is to be shared between the port and the regional government, which approved its part of the money last week.',
];
const page = (heading: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | Harbour News</title>
<meta property="og:title" content="${HEADLINE}"></head><body>
<article class="post"><div class="entry-content"><h2>${heading}</h2>
${prose.map((p) => `<p>${p}</p>`).join('\n')}</div></article></body></html>`;

describe('the headline with its kicker run in, above the article', () => {
  it('is left out of the body and reported', () => {
    const { record, body, report } = article(page('Harbour works <span>«The pier will stand empty no longer»</span>'), 'page.html');
    expect(record.title).toBe(HEADLINE);
    for (const p of prose) expect(body).toContain(p);
    expect(body).not.toContain('Harbour works');
    expect(report.entries.some((e) => e.action === 'removed' && e.text?.startsWith('Harbour works') && e.detail === 'the headline, its kicker run into it, above the article')).toBe(true);
  });

  it('a heading that says something else stays', () => {
    const { body } = article(page('Harbour works: a market hall for the pier'), 'page.html');
    expect(body).toContain('Harbour works: a market hall for the pier');
  });
});
