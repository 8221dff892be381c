/**
 * "Average GPA: 3.69", "Market share: 12.89%", "4.96 / 5.0": a labelled figure, a share or a score read
 * as a clock time ("3.69" like "14.30"), so as a date line, which leaves an article's list of facts as
 * stamps (lib/page-text/lines/figure-by-its-shape.ts). Invented lines, several languages; the first case
 * failed before.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const en = detectLanguage('The harbour board voted on Tuesday to keep the old quay open to the trade fairs for another ten years.');
const de = detectLanguage('Der Hafenrat hat am Dienstag beschlossen, den alten Kai für weitere zehn Jahre für die Messen offen zu halten.');
const fr = detectLanguage('Le conseil du port a voté mardi pour garder le vieux quai ouvert aux foires pendant encore dix ans.');

describe('block features: a figure is no time', () => {
  it('reads labelled figures, shares and scores as no date line', () => {
    const lines: [string, ReturnType<typeof detectLanguage>][] = [
      ['Average GPA: 3.69', en],
      ['Median GPA: 3.42', en],
      ['Average Rating: 4.25', en],
      ['Market share: 12.89%', en],
      ['4.96 / 5.0', en],
      ['Rating: 4.8/5', en],
      ['Marktanteil: 3.45 %', de],
      ['Durchschnittsnote: 2.37', de],
      ['Note moyenne : 4.15', fr],
      ['Part de marché : 7.42 %', fr],
    ];
    for (const [line, lang] of lines) expect(blockFeatures(line, lang).dateLine, line).toBe(false);
  });

  it('still reads clock times and stamps as date lines', () => {
    const lines: [string, ReturnType<typeof detectLanguage>][] = [
      ['14:30', en],
      ['Updated 10.30 am', en],
      ['Posted at 9.15 pm', en],
      ['Updated: 14.30', en],
      ['Stand: 14.30 Uhr', de],
      ['heute, 14.30 Uhr', de],
      ['Mis à jour : 10:45', fr],
      ['March 3, 2024 at 14.30', en],
      ['Today 18.45', en],
    ];
    for (const [line, lang] of lines) expect(blockFeatures(line, lang).dateLine, line).toBe(true);
  });
});
