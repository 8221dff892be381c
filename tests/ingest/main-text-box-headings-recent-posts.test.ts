/**
 * Main-text precision: a box of other stories headed by what is recent or other on the site ("Recent
 * Posts", "Recent stories by Jane Roe:", "Other posts you'll love:", "Other articles") is a box
 * heading like "Most read", and the headlines under it after the article's last paragraph are left
 * out. A sub-heading or a sentence that opens the same way ("Recent studies show …", "Other posts on
 * the pier were cut", "More posts ≠ more readers.") is none, and the article's own list under its
 * introduction stays. Invented lines; the headings failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The council approved the new ferry terminal on Tuesday, and work on the harbor will start in the spring.');

const PARAGRAPHS = [
  'The town council voted on Monday to turn the old ferry terminal into a market hall, ending a debate that had run for six years.',
  'The plan keeps the terminal’s brick front and its clock, and adds a glass roof over the former waiting room, the architects said.',
  'Traders will pay a lower rent for the first two years, and the council hopes the hall will draw visitors to the harbour in winter.',
  'Work is to start in the spring and should take eighteen months, though the council warned that the budget may still change.',
];

describe('main-text precision: "recent posts" and "other posts" box headings', () => {
  it('reads them as box headings', () => {
    for (const heading of ['Recent Posts', 'recent articles', 'Recent Stories', 'Recent stories by Jane Roe:', 'Other posts you’ll love:', 'Other articles', 'RECENT POSTS']) {
      expect(blockFeatures(heading, english).boxHeading, heading).toBe(true);
    }
  });

  it('leaves sentences and sub-headings that start the same way alone', () => {
    for (const line of ['Recent studies show the harbour is silting up.', 'Recent storms and the pier', 'Other posts on the pier were cut this year.', 'More posts ≠ more readers.', 'Other articles of the treaty still apply, the court said.']) {
      expect(blockFeatures(line, english).boxHeading, line).toBe(false);
    }
  });

  it('leaves the headlines under such a heading out of the article', () => {
    const A = PARAGRAPHS;
    const box = ['Recent stories by Jane Roe:', 'Harbour pilots vote to strike over new rota', 'Ferry fares to rise by a tenth in April', 'Why the old lighthouse keeps its lamp lit'];
    const page = `Harbor Post\nTerminal to become a market hall\n${A.join('\n')}\n${box.join('\n')}\nAbout us\nContact`;
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(A);
  });

  it('keeps the article’s own list under its introduction', () => {
    const A = PARAGRAPHS;
    const list = ['The hall will have three parts:', 'A covered market for the traders', 'A café under the old clock', 'A room the town’s clubs can book'];
    const page = `Harbor Post\nTerminal to become a market hall\n${A[0]}\n${A[1]}\n${list.join('\n')}\n${A[2]}\n${A[3]}\nAbout us\nContact`;
    expect(chooseArticle(page).kept).toEqual([A[0], A[1], ...list, A[2], A[3]]);
  });
});
