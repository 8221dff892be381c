/**
 * Pages of 1–2 MB made of one element repeated, the article beside or inside them: 100,000 <time>
 * elements, a table of 1,000 rows of 100 cells, 100,000 headings in a <div> after the article,
 * 200,000 empty paragraphs before the article's, the article inside 10,000 nested <div>s, 50,000
 * links in a <nav>, one paragraph of 2 MB with no space, a table of 9,000 rows of one cell across its
 * columns (session 59: 13 → ~2 CPU s). Each reads as the page it wraps (its
 * headline, its sentences) within a few seconds of CPU.
 *
 * Readability reads a short article up to four times, each on the whole page rebuilt, and the looser
 * reading (stages/html.ts) up to twice more: the attempts that would repeat an earlier one are skipped
 * (the looser reading's answer taken from the first reading's attempts, the last rebuild deferred).
 * Rebuilds, session 24's base → now: the table 8 → 2, empty paragraphs 5 → 2, nested and links
 * 5 → 2, <time> elements, headings, the long paragraph 2 → 1. CPU seconds on a loaded two-core
 * machine (a third up or down from run to run): the table 5.5–6.9 → 2.9–3.2, empty paragraphs
 * 2.9–6.8 → 2.3–4.3, <time> elements 4.4–5.9 → 2.9–3.4, headings 3.4–4.6 (and the article lost:
 * MAX_CHILDREN's boxes were <div>s, lib/html/prune/html-dom.ts) → 1.7–2.9; the others under a second
 * either way. The counts are what fails the base's code; the CPU limits hold against a regression
 * to the square of the size.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it, vi } from 'vitest';
import type * as HtmlDom from '../../scripts/ingest/lib/html/prune/html-dom.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const HEADLINE = 'Night ferry to the harbor islands returns';
const ARTICLE = `<article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article>`;
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>${body}</body></html>`;
const times = (n: number, piece: (i: number) => string) => Array.from({ length: n }, (_, i) => piece(i)).join('');

/**
 * `seconds`: the CPU limit. `rebuilds`: how many times the page is rebuilt from its parse (each a
 * walk of the whole page's 100,000 elements and a new tree): CPU time on a busy machine moves by a
 * third from run to run, the count not at all. The base rebuilt the table's page 8 times.
 */
const SHAPES: Record<string, { html: () => string; seconds: number; rebuilds?: number }> = {
  'time elements': { html: () => page(`<div>${times(100_000, () => '<time>2 May</time>')}</div>${ARTICLE}`), seconds: 6, rebuilds: 1 },
  'a table of 1,000 rows of 100 cells': { html: () => page(`${ARTICLE}<table>${times(1_000, () => `<tr>${'<td>1</td>'.repeat(100)}</tr>`)}</table>`), seconds: 6, rebuilds: 2 },
  // Past MAX_CHILDREN the <div>'s headings are boxed; the boxes must not make it outscore the article.
  'headings in a div': { html: () => page(`${ARTICLE}<div>${times(100_000, (i) => (i % 2 ? '<h3>Timetable</h3>' : '<h2>Fares</h2>'))}</div>`), seconds: 6, rebuilds: 1 },
  'empty paragraphs': { html: () => page(`<article><h1>${HEADLINE}</h1>${'<p></p>'.repeat(200_000)}<p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article>`), seconds: 6, rebuilds: 2 },
  'nested divs': { html: () => page(`${'<div>'.repeat(10_000)}${ARTICLE}${'</div>'.repeat(10_000)}`), seconds: 2, rebuilds: 2 },
  'links in a nav': { html: () => page(`<nav>${times(50_000, (i) => `<a href="/section/${i}">Section ${i}</a>`)}</nav>${ARTICLE}`), seconds: 2, rebuilds: 2 },
  // Each note row (one cell across the columns) asked whether its table holds a data row by reading every row: 13 CPU s.
  'a table of 9,000 note rows across its columns': { html: () => page(`<article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p><table><tbody>${times(9_000, (i) => `<tr><td colspan="2">Note ${i} on the vote</td></tr>`)}</tbody></table></article>`), seconds: 6 },
  'a paragraph of 2 MB with no space': { html: () => page(`<article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p><p>${'x'.repeat(2_000_000)}</p><p>${PROSE_AFTER}</p></article>`), seconds: 3, rebuilds: 1 },
};

// The pipeline loads the HTML stage with Node's require on its first page (lib/on-first-use.ts): the
// builder whose rebuilds are counted is that module's, not one this test's imports would load.
const { PageDomBuilder } = createRequire(import.meta.url)(fileURLToPath(new URL('../../scripts/ingest/lib/html/prune/html-dom.ts', import.meta.url))) as typeof HtmlDom;

// The first page loads and compiles the HTML path: not counted in any shape's time.
beforeAll(() => {
  processSeed('warm.html', new TextEncoder().encode(page(ARTICLE)), []);
});

it.each(Object.keys(SHAPES))('%s: the article read, within a few seconds of CPU', (name) => {
  const bytes = new TextEncoder().encode(SHAPES[name].html());
  let outcome: ReturnType<typeof processSeed> | undefined;
  const replay = vi.spyOn(PageDomBuilder.prototype, 'replay');
  const seconds = cpuSeconds(() => {
    outcome = processSeed('bulk.html', bytes, []);
  });
  const rebuilds = replay.mock.calls.length;
  replay.mockRestore();
  const record = outcome!.record;
  expect(record?.title, outcome!.skip).toBe(HEADLINE);
  // Nested past MAX_DEPTH, the article's paragraphs are one text: each sentence is in it.
  const text = record!.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain(PROSE_BEFORE);
  expect(text).toContain(PROSE_AFTER);
  expect(seconds, `${seconds.toFixed(2)} s of CPU`).toBeLessThan(SHAPES[name].seconds);
  if (SHAPES[name].rebuilds !== undefined) expect(rebuilds).toBeLessThanOrEqual(SHAPES[name].rebuilds);
}, 120_000);
