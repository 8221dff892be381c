/**
 * The byline a wire's closing credit gives, on both paths: "Reporting by Ann Lee in Paris and Tom Hale;
 * Editing by Li Wei" closing the article (lib/bylines/closing-credit.ts) names its reporters where the
 * page's header (or its fields) names nobody; an agency named as the reporter is the byline. The editor,
 * the writer and the helpers are not the writers, a header's byline wins, and a sentence that opens with
 * the words ("Reporting by the committee found …") is the article's, no credit.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { creditedReporters } from '../../scripts/ingest/lib/bylines/closing-credit.ts';

const BODY = [PROSE, PROSE, PROSE].join('\n\n');
const textPage = (header: string, credit: string) => `Home\nWorld\nBusiness\nHarbor tides rise after the new research buoys report\n${header}March 4, 2025\n\n${BODY}\n\n${credit}\n\nRead next\nShare`;
const htmlPage = (credit: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides rise after the new research buoys report</title></head><body>
<main><article><h1>Harbor tides rise after the new research buoys report</h1>${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}<p>${credit}</p></article></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;

describe('bylines: a wire\'s closing credit', () => {
  it('reads the reporters, without where they were, and not the writer, the editor or the helpers', () => {
    expect(creditedReporters('Reporting by Anna Berg in Lisbon and Tomas Reyne in Oslo; Writing by Li Wei; Editing by Jo Park')).toEqual(['Anna Berg', 'Tomas Reyne']);
    expect(creditedReporters('(Reporting by Anna Berg, additional reporting by Li Wei)')).toEqual(['Anna Berg']);
    expect(creditedReporters('Reporting by The Harbor Wire.')).toEqual(['The Harbor Wire']);
    expect(creditedReporters('Editing by Jo Park')).toBeNull();
  });

  it('a sentence that opens with the words is no credit', () => {
    expect(creditedReporters('Reporting by the committee found that the buoys were misplaced.')).toBeNull();
    expect(creditedReporters('Reporting by Anna Berg found that the buoys were misplaced.')).toBeNull();
  });

  it('gives the text path its byline where the header names nobody', () => {
    expect(article(textPage('', 'Reporting by Anna Berg in Lisbon and Tomas Reyne; Editing by Jo Park')).record.author).toBe('Anna Berg and Tomas Reyne');
    expect(article(textPage('', 'Reporting by The Harbor Wire.')).record.author).toBe('The Harbor Wire');
  });

  it("leaves the header's byline as it is, and a sentence closing the article names nobody", () => {
    expect(article(textPage('By Li Wei\n', 'Reporting by Anna Berg; Editing by Jo Park')).record.author).toBe('Li Wei');
    expect(article(textPage('', 'Reporting by the committee found that the buoys were misplaced.')).record.author).toBeNull();
  });

  it('gives the HTML path its byline where the fields name nobody', () => {
    expect(article(htmlPage('Reporting by Anna Berg; Editing by Jo Park'), 'page.html').record.author).toBe('Anna Berg');
    expect(article(htmlPage('Reporting by the committee found that the buoys were misplaced.'), 'page.html').record.author).toBeNull();
  });
});
