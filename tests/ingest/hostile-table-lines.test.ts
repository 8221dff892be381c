/**
 * The table marks a browser's innerText gives by its tabs (lib/page-text/lines/table-lines.ts, read in
 * decode, carried by segment's line origins into main-text) are untrusted input like the text: no run
 * of tabs, of tab-only lines or of marked lines, and no mix of line ends, makes the reading crash, hang,
 * keep a tab in the body or differ between two runs. Nothing here broke when written (session 36's
 * hostile pass); each test says how it would fail. Every fixture is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { tableLinesOf } from '../../scripts/ingest/lib/page-text/lines/table-lines.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const HEAD = 'New ferry pier opens at Northcove\n\n';
const PARAGRAPHS = [
  'The harbour board opened the new ferry pier at Northcove on Friday, a year later than planned after a winter of storms slowed the work.',
  'Commuters who crossed on the first boat said the covered walkway made the wait far easier, though the ticket machines were not yet working.',
  'The board paid for the pier from its reserve and a grant from the region, and says the old landing stage will be taken down in the spring.',
  'A second berth for the larger boats is planned for next year once the survey of the channel has been finished and the dredging is done.',
];
const read = (text: string) => article(text, 'page.txt');

/** Reads `text` twice: the body, checked to be the same both times, with no tab in it. */
function readTwice(text: string): string {
  const first = read(text).body;
  expect(read(text).body).toBe(first);
  expect(first).not.toContain('\t');
  return first;
}

describe('hostile table marks in a text', () => {
  it('reads a line of three million tabs between paragraphs as no text, quickly', () => {
    // Fails if the cells of a row were counted by looking back over the tabs before each (quadratic).
    let body = '';
    const seconds = cpuSeconds(() => (body = readTwice(HEAD + PARAGRAPHS[0] + '\n' + '\t'.repeat(3_000_000) + '\n' + PARAGRAPHS.slice(1).join('\n\n'))));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(seconds).toBeLessThan(15);
  });

  it('marks a million tab-only lines in one pass: each looks at most a few blank lines away', () => {
    // Fails if the nearest cell beside a tab-only line were looked for over every blank line (a run of
    // a million such lines then took quadratic time).
    const lines = '\t\n \t \n\n'.repeat(300_000);
    let marks: NonNullable<ReturnType<typeof tableLinesOf>> = new Uint8Array();
    const seconds = cpuSeconds(() => (marks = tableLinesOf(PARAGRAPHS[0] + '\n' + lines + '\n\n\n' + PARAGRAPHS[1])!));
    // The paragraph above stands beside a tab-only line; the one under it, four blank lines away, does not.
    expect(marks[0]).toBe(1);
    expect(marks.at(-1)).toBe(0);
    expect(marks.length).toBeGreaterThan(900_000);
    expect(seconds).toBeLessThan(5);
  });

  it('reads a text whose every line is a table row (two megabytes), its count of cells capped at one byte', () => {
    // Fails if a row of more than 255 cells wrapped its mark round to 0 (a byte) and so read as no row.
    expect(tableLinesOf('a' + '\tb'.repeat(255))![0]).toBe(255);
    const rows = Array.from({ length: 20_000 }, (_, i) => `Row ${i}\tCell\tOther cell\t${PARAGRAPHS[i % 4].slice(0, 50)}`).join('\n');
    expect(cpuSeconds(() => readTwice(HEAD + PARAGRAPHS.join('\n\n') + '\n' + rows))).toBeLessThan(15);
  });

  it('keeps the marks beside their lines through CR, CRLF, NEL and line separators mixed with tabs', () => {
    // Fails if decode split lines otherwise than the marks were read (a mark then fell on another line
    // and a paragraph of prose was read as a cell) or if a mark's index ran past the lines (a crash).
    const ends = ['\r\n', '\r', '\n', '\u0085', '\u2028', '\u2029'];
    const table = Array.from({ length: 60 }, (_, i) => `Cell ${i}\tValue ${i}${ends[i % ends.length]}\t${ends[(i + 1) % ends.length]}`).join('');
    const text = HEAD + PARAGRAPHS.slice(0, 2).join('\r\n\r\n') + '\r\n' + table + '\u0085' + PARAGRAPHS.slice(2).join('\r\r');
    const body = readTwice(text);
    for (const p of PARAGRAPHS) expect(body).toContain(p);
  });

  it('reads lines of 160 stars and deep brackets among table rows as no article text', () => {
    const noise = Array.from({ length: 2000 }, (_, i) => (i % 2 ? '*'.repeat(160) : `${'(['.repeat(40)}\t${'{'.repeat(80)}`)).join('\n');
    const body = readTwice(HEAD + PARAGRAPHS.join('\n\n') + '\n' + noise);
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(body).not.toContain('*'.repeat(20));
  });
});
