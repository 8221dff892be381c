/**
 * Text path: a labelled byline with its date, on its line ("by Ann Lee October 20, 2025") or right over
 * it ("By Ann Lee" / "Mar 4, 2025"), where the page's text placed it away from the header the stamp rules
 * read (inside the article's run past its first paragraphs, or far above where the run begins, when
 * the page's menus and teasers moved the run). When the page shows no other stamp and only one such
 * pair, its date is the article's. Several pairs are a list of stories; a sentence that opens with
 * "By" is no byline. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const P4 = 'The first group of fellows will arrive in the autumn and work in laboratories in six cities, the ministry said in its statement.';
const HEADLINE = 'New science plan for Africa launched by China';
const CITIES = ['Nairobi', 'Accra', 'Lagos', 'Dakar', 'Kigali', 'Lusaka', 'Harare', 'Maputo', 'Luanda', 'Abuja', 'Tunis', 'Rabat', 'Cairo', 'Kampala'];
/** Paragraphs enough to carry a line past the header the stamp rules read under the headline. */
const MORE = CITIES.map((c) => `Researchers in ${c} will share the new equipment with two universities nearby, and the first results are due within a year.`).join('\n\n');
/** The byline's lines well inside the article's run, past its header. */
const page = (byline: string) => `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${MORE}\n\n${byline}\n\n${P3}\n\n${P4}`;

describe('a byline with its date away from the header', () => {
  it('dates the page by the date right under the byline', () => {
    const { record, report } = article(page('By Ann Lee\n\nMar 4, 2025'));
    expect(record.date?.date).toBe('2025-03-04');
    expect(record.date?.evidence).toContain('By Ann Lee');
    expect(rules(report)).toContain('date-beside-byline');
  });

  it('dates the page by the date on the byline\'s line, a role or a time beside it', () => {
    expect(article(page('by Ann Lee October 20, 2025')).record.date?.date).toBe('2025-10-20');
    expect(article(page('By Ann Lee\n\nStaff writer, Daily Planet Jul 24, 2025 9:00 am PDT')).record.date?.date).toBe('2025-07-24');
  });

  it('dates the page by an update on the byline\'s line when the page shows no other date', () => {
    const { record } = article(page('By Ann Lee · Senior Editor · Updated November 18, 2025'));
    expect(record.date?.date).toBe('2025-11-18');
    // Another field after the date's, set off by a bar, is not the date's row.
    expect(article(page('By Ann Lee, PhD – Updated Mar 5, 2026 at 4:28 PM EST | Reviewed by Li Wei and Jo Park of the Science Desk')).record.date?.date).toBe('2026-03-05');
  });

  it('does not date the page when several bylines carry dates (a list of stories)', () => {
    const list = 'Read also\n\nA first plan for Asia\n\nBy Ann Lee\n\nMar 4, 2025\n\nA second plan for Asia\n\nBy Li Wei\n\nMar 6, 2025';
    expect(article(page(list)).record.date).toBeNull();
  });

  it('does not date the page by a sentence that opens with "By"', () => {
    const sentence = 'By March 4, 2025 the first laboratories had opened in three cities, the ministry said.';
    expect(article(page(sentence)).record.date).toBeNull();
  });

  it("keeps the header's own stamp over a byline's date further down", () => {
    expect(article(`January 9, 2025\n${page('By Ann Lee\n\nMar 4, 2025')}`).record.date?.date).toBe('2025-01-09');
  });
});
