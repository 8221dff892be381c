/**
 * A Hungarian recipe page's figures page listed "4 adag" (4 servings), "90 perc" (90 minutes) and
 * its ingredients ("35 dkg liszt"): lines of a recipe card, each the number and its unit alone. A
 * figure worth charting is claimed by a sentence; one that is its whole line, in any language, is a
 * label or a list's item. The same count in a sentence stays a figure.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

function figures(lines: string[], lang: string | null): { found: string[]; report: Report } {
  const report = new Report('t');
  const paragraphs = lines.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: splitSentences(text) }));
  return { found: findFigures(paragraphs, [], report, lang).map((f) => f.text), report };
}

describe('a figure alone on its line is no claim', () => {
  it('a recipe card\'s servings and ingredients are no figures, and the report says so', () => {
    const { found, report } = figures(['4 adag', '35 dkg liszt', '• 2 cups flour', '12 servings.'], null);
    expect(found).toEqual([]);
    expect(report.entries.filter((e) => e.rule === 'figure-without-a-claim').map((e) => e.text)).toEqual(['4 adag', '35 dkg liszt', '2 cups flour', '12 servings']);
  });

  it('the same counts in a sentence stay', () => {
    expect(figures(['A recept 4 adag süteményhez elég, és 35 dkg liszt kell hozzá.'], 'hu').found).toEqual(['4 adag süteményhez elég', '35 dkg liszt kell hozzá']);
    expect(figures(['The bakery sold 300 loaves on Sunday.'], 'en').found).toEqual(['300 loaves']);
  });
});
