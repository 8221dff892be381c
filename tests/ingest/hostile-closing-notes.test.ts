/**
 * A page of thousands of paragraphs that each open as a note on a writer does ("Jane Sab is a
 * freelance travel writer…"), under a short article. Every such paragraph in the page's second half
 * is a candidate note: each one searched the whole first half for a byline with its name
 * (notesOnTheAuthor), and the walk up from the run's end searched every line above each biography
 * for its name (aboveTheClosingNotes): 8,000 of them took 8–10 s of CPU, 16,000 took 20 s. The
 * bylines are gathered once and a name is looked up in one pass over the page text.
 */
import { describe, expect, it } from 'vitest';
import { detectMainText } from '../../scripts/ingest/stages/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

/** A distinct surname per paragraph: "Sa", "Sb", … "Saa", … */
const surname = (i: number) => {
  let s = '';
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i);
  return `S${s}`;
};

describe('a page of thousands of closing notes on writers', () => {
  it('is read in well under 3 s of CPU', () => {
    const lines = ['Joint laboratories open in Beijing', 'By Ann Lee', 'March 3, 2026'];
    for (let i = 0; i < 20; i++) lines.push(`${PROSE_BEFORE} ${PROSE_AFTER} (${i + 1})`);
    for (let i = 0; i < 8_000; i++) lines.push(`Jane ${surname(i)} is a freelance travel writer who has covered the region for ${i} years and lives by the sea.`);
    const language = detectLanguage(lines.join('\n'));
    let start = -1;
    const used = cpuSeconds(() => {
      start = detectMainText(lines, language).start;
    });
    expect(used).toBeLessThan(3);
    // (So much prose is the page's run, notes or not: what matters here is that it is read at all.)
    expect(start).not.toBe(-1);
  }, 300_000);
});
