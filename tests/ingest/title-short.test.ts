/**
 * A real title however short: a text page whose header is one line of one word, one letter or one
 * emoji ("Ω", "🚀") keeps that line as its title, as it keeps a title of two words. Before, a header
 * line of fewer than two words was no candidate, the title became the first sentence and the line was
 * lost. A lone line of page furniture ("Menu") or of marks only ("•") is still no title.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const SECOND = 'The Harbor Gazette reported that two new joint laboratories will open on the coast next spring, with staff from six countries.';
const page = (first: string) => `${first}\n${PROSE}\n${SECOND}\n`;

describe('a short title on a text page', () => {
  for (const title of ['Ω', 'X', '🚀', '🔬🌍', 'Fusion', '中']) {
    it(`keeps ${JSON.stringify(title)} as the title, the body as it was`, () => {
      const { record, body } = article(page(title));
      expect(record.title).toBe(title);
      expect(body).toBe(`${PROSE}\n${SECOND}`);
    });
  }

  it('names the article by its first sentence when the lone line is furniture, a number or only marks', () => {
    for (const line of ['Menu', '•', '|', '42']) {
      const { record } = article(page(line));
      expect(record.title, line).toMatch(/^The ministry said/);
    }
  });

  it('keeps the longer headline over a one-word line above it', () => {
    const { record } = article(`Science\nJoint laboratories open on the coast\n${PROSE}\n${SECOND}\n`);
    expect(record.title).toBe('Joint laboratories open on the coast');
  });
});

/**
 * Nothing lost silently: a header line under two words that is not the title (a section label over
 * the headline, two one-word lines) is listed in the report with its reason, as every other header
 * line that leaves the article is. Before, such a line fell through every list and left no trace.
 */
describe('a short header line that is not the title', () => {
  const reported = (report: { entries: { text?: string; evidence?: string }[] }, line: string) =>
    report.entries.some((e) => JSON.stringify(e).includes(JSON.stringify(line).slice(1, -1)));

  it('is in the report beside a longer headline', () => {
    const { record, report } = article(`Science\nJoint laboratories open on the coast\n${PROSE}\n${SECOND}\n`);
    expect(record.title).toBe('Joint laboratories open on the coast');
    expect(reported(report, 'Science')).toBe(true);
  });

  it('is in the report under the headline, beside a byline or not', () => {
    for (const header of ['Joint laboratories open on the coast\nΩ', 'Joint laboratories open on the coast\nBy Anna Berg\nΩ']) {
      const { record, report } = article(`${header}\n${PROSE}\n${SECOND}\n`);
      expect(record.title).toBe('Joint laboratories open on the coast');
      expect(reported(report, 'Ω'), header).toBe(true);
    }
  });
});
