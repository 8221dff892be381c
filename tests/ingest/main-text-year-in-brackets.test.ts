/**
 * Main-text recall: "Average rents for a one-bedroom flat (2024)", a sub-heading closed by the year it
 * speaks of, is a heading of the article, not a counter like "Comments (185)" (the HTML path and the
 * headline chooser already read a year in brackets so). Read as a counter, the heading went as
 * furniture, and over the article's opening it pushed the run's start below it. Invented page; failed
 * before.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const counterOf = (line: string) => blockFeatures(line, detectLanguage(line)).counter;

const P = [
  'Rents in the harbour district rose faster than anywhere else in the county last year, the housing office said in its yearly report on Tuesday.',
  'The office counted more than four hundred new leases in the district, most of them for small flats above the shops along the old quay.',
  'Landlords said the new ferry link had brought many young workers to the town, and that demand for small flats had outrun the building of new ones.',
  'The council plans to allow two more floors on the warehouses by the quay, which it says could add some three hundred flats within five years.',
  'Tenants’ groups asked the council to set aside a share of the new flats for families who have lived in the district for more than ten years.',
];

describe('main-text recall: a year in brackets closing a heading', () => {
  it('is no counter; a count in brackets still is', () => {
    for (const line of ['Average rents for a one-bedroom flat (2024)', 'Top 10 harbour towns to live in(2026)', 'Our pick after testing them all (2025)'])
      expect(counterOf(line), line).toBe(false);
    for (const line of ['Comments (185)', 'Reader photos (2.4K)', '(12)', '1,204 comments']) expect(counterOf(line), line).toBe(true);
  });

  it('keeps the sub-heading between the article\'s paragraphs', () => {
    const heading = 'Average rents for a one-bedroom flat (2024)';
    const page = ['Harbor Gazette', 'Harbour district rents rise fastest in the county', 'By Ann Reed', P[0], P[1], heading, P[2], P[3], P[4], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(heading);
    expect(kept).toEqual(expect.arrayContaining(P));
  });
});
