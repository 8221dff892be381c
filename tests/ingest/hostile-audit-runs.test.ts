/**
 * The lines the audited patterns of the ingest read (tests/ingest/regex-audit.test.ts), each with a
 * run of 50,000 spaces where the pattern has two quantifiers that share it or starts with one, read
 * through the whole pipeline as a text seed and as an HTML page (as a line of the article and as its
 * author field). Each pattern changed for it now reads the run once (scslre's equivalent rewrite: the
 * spaces after an optional mark go with the mark, a lookbehind so a split starts where its run
 * starts); the others are shown bounded where they are used (the allow-list says how).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';
import { isVersionPair } from '../../scripts/ingest/lib/dates/version-pair.ts';

const S = ' '.repeat(50_000);
const LINES: [string, string][] = [
  ['an author box label', `About the author${S}x`],
  ['a name after a bar', `|${S}1`],
  ['a caption label', `Caption${S}:`],
  ['a comment prompt', `Leave a${S}x`],
  ['a copyright line', `© ${S}x`],
  ['page numbers', `1 2${S}x`],
  ['a reading time', `Reading time${S}x`],
  ['a reviewer line', `Reviewed by${S}x`],
  ['names and commas', `Anna Berg,${S}x`],
  ['names and bars', `Anna Berg |${S}x`],
  ['names and slashes', `Anna Berg /${S}x`],
  ['names and dots', `Anna Berg ·${S}x`],
  ['a source line', `Source:${S}x`],
  ['an editor line', `Editor:${S}x`],
  ['a time', `10:30${S}x`],
  ['a title and a date', `Joint laboratories open${S}x 3.3.2024`],
  ['a title and a name', `Joint laboratories open in Beijing${S}| Anna${S}x`],
  ['a bracketed line', `[${S}x`],
  ['an ellipsis', `Joint laboratories${S}x…`],
  ['a quote said', `Anna Berg${S}says`],
  ['a date and its update', `March 3, 2025. Updated: March 9, 2025${S}x`],
];

const textPage = (line: string) => `Joint laboratories open in Beijing\n${line}\nMarch 3, 2024\n${PROSE_BEFORE}\n${PROSE_AFTER}\n${line}\n${PROSE_BEFORE} Again.`;
const htmlPage = (line: string) =>
  `<html><head><title>Joint laboratories open in Beijing | ${line}</title><meta name="author" content="${line}"><meta property="og:site_name" content="${line}"></head>` +
  `<body><article><h1>Joint laboratories open in Beijing</h1><p>${line}</p><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p><p>${line}</p><p>${PROSE_BEFORE} Again.</p></article></body></html>`;

describe('a line of an audited shape with a run of 50,000 spaces', () => {
  for (const [what, line] of LINES) {
    it(`(${what}) is read in well under 2 s of CPU, as text and as HTML`, () => {
      for (const [seed, page] of [['fixture.txt', textPage(line)], ['fixture.html', htmlPage(line)]] as const) {
        let body = '';
        const used = cpuSeconds(() => {
          body = article(page, seed).body;
        });
        expect(body, seed).toContain(PROSE_AFTER);
        expect(used, seed).toBeLessThan(2);
      }
    }, 300_000);
  }
});

// The reader of a date and its update on one line is also called on its own: it must not count on the
// pipeline having single-spaced the line first.
it('a date and its update with 50,000 spaces after them is no version pair, read in well under 0.2 s', () => {
  let pair = true;
  const used = cpuSeconds(() => {
    pair = isVersionPair(`March 3, 2025. Updated: March 9, 2025${S}x`);
  });
  expect(pair).toBe(false);
  expect(isVersionPair(`March 3, 2025. Updated: March 9, 2025${S}`)).toBe(true);
  expect(used).toBeLessThan(0.2);
});
