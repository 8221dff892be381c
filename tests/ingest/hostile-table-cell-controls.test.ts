/**
 * A saved page's data table: each row is a line whose text joins its cells, and its cells are what the
 * page shows (<td>, stages/emit.ts). The row's text lost its unmatched bidi controls and stray control
 * characters (pipeline.ts, lib/safety/), the report said so, but the cells kept them: a cell's
 * unmatched U+202E reversed the words after it on the page (bidi spoofing), a BEL or U+001F reached the
 * MDX file (the fuzz's control-bytes mutation on a dev page). Cells are cleaned as their row's text
 * is; a cell's matched pair (an isolate round a right-to-left name) stays.
 */
import { expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { ARTICLE_PARAGRAPHS, matchers } from './helpers.ts';

const TITLE = 'League table after the spring round';
const page = (rows: string[][]) =>
  `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table><p>${ARTICLE_PARAGRAPHS[0]}</p></article></body></html>`;

it('a table cell’s unmatched bidi control and control characters are dropped, as its row’s text’s are', () => {
  const rows = [['Team', 'Points', 'Goals'], ['Harbour \u202Eexe.tsil\u0007 United', '12', '3\u001F0'], ['City', '10', '21'], ['Rovers', '9', '18']];
  const outcome = processSeed('table.html', new TextEncoder().encode(page(rows)), matchers);
  const cells = outcome.record!.paragraphs.filter((p) => p.kind === 'row').flatMap((p) => p.cells ?? []);
  expect(cells).toContain('Harbour exe.tsil United');
  expect(cells).toContain('30');
  expect(outcome.body).not.toMatch(/[\u202E\u0007\u001F]/);
});

it('a matched isolate inside a cell stays', () => {
  const name = '\u2067نادي الميناء\u2069';
  const rows = [['Team', 'Points', 'Goals'], [`${name} United`, '12', '30'], ['City', '10', '21'], ['Rovers', '9', '18']];
  const outcome = processSeed('table.html', new TextEncoder().encode(page(rows)), matchers);
  const cells = outcome.record!.paragraphs.filter((p) => p.kind === 'row').flatMap((p) => p.cells ?? []);
  expect(cells).toContain(`${name} United`);
});
