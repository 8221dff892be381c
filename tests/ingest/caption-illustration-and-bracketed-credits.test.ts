/**
 * A picture's credit under the labels the caption rules did not know: an illustration's or a
 * rendering's ("Illustration: Jane Roe", "Photo Illustration: Harbor Wire, Pier Images",
 * "PHOTO-ILLUSTRATION: HARBOR STAFF", "[Rendering: Roe Studio]"), and a chart's source in square
 * brackets alone on its line ("[Source: Harbor Research]"). Between the article's paragraphs the
 * text path kept them; they are left out with their reason, as the other credits are. What stays:
 * prose that speaks of an illustration or a rendering, a source named in a sentence, a note in
 * square brackets ("[Update: The council replied on Tuesday.]"), a figure's own caption in square
 * brackets with figures in it. Every line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const en = detectLanguage('The new ferry docks in the harbour for the first time on Monday, and the mayor says the town has waited for it for years.');

const CREDITS = [
  'Illustration: Jane Roe',
  'Illustration: Jane Roe/The Harbor Post',
  'Photo Illustration: Harbor Wire, Pier Images',
  'PHOTO-ILLUSTRATION: HARBOR STAFF; PIER IMAGES',
  '[Illustration: Jane Roe]',
  '[Rendering: Roe Studio]',
  'Rendering: Roe + Berg Architects',
  '[Source: Harbor Research]',
];

const PARAGRAPHS = [
  'The town council voted on Monday to turn the old ferry terminal into a market hall, ending a debate that had run for six years.',
  'The plan keeps the terminal’s brick front and its clock, and adds a glass roof over the former waiting room, the architects said.',
  'Traders will pay a lower rent for the first two years, and the council hopes the hall will draw visitors to the harbour in winter.',
  'Work is to start in the spring and should take eighteen months, though the council warned that the budget may still change.',
];

describe('an illustration’s or a rendering’s credit, and a source in square brackets', () => {
  it('is known as a caption', () => {
    for (const line of CREDITS) expect(blockFeatures(line, en).caption, line).toBe(true);
  });

  it('leaves prose, notes and figures alone', () => {
    for (const line of [
      'The illustration: a ferry, a crane and not a single passenger on the quay.',
      'Illustration is a hard trade, she said, and the harbour has few who live from it.',
      'The rendering shows the hall at night. Its roof is lit from below.',
      'Source: the council said the budget may still change before the vote.',
      '[Update: The council replied on Tuesday.]',
      '[figure 3: rev 0:0dc9 public, rev 1:f649 draft]',
      '(Note: this is also a good place to start on a budget)',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out of the article between its paragraphs, with its reason', () => {
    const A = PARAGRAPHS;
    const page = `Harbor Post\nTerminal to become a market hall\n${A[0]}\n${CREDITS[5]}\n${A[1]}\n${A[2]}\n${CREDITS[7]}\n${A[3]}\n${CREDITS[0]}\nAbout us`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    for (const c of [CREDITS[5], CREDITS[7], CREDITS[0]]) expect(why.get(c)).toMatch(/caption/);
  });

  it('keeps a short quote line between paragraphs', () => {
    const A = PARAGRAPHS;
    const quote = '“It is the harbour’s living room,” the mayor said.';
    const page = `Harbor Post\nTerminal to become a market hall\n${A[0]}\n${quote}\n${A[1]}\n${CREDITS[4]}\n${A[2]}\n${A[3]}\nAbout us`;
    expect(chooseArticle(page).kept).toEqual([A[0], quote, A[1], A[2], A[3]]);
  });
});
