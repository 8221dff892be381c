/**
 * NEL, the "next line" control (U+0085), inside a saved page's text: the text path shows it as a space
 * (stages/decode.ts), so the words on either side stay apart; the HTML path must not join them.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const P = [
  'The Harbor Gazette reports that seven coastal towns will share forty years of tide gauge readings with a university team next spring.',
  'The records, kept on paper until recently, will help engineers plan sea walls for the rising water levels expected over the coming decades.',
];
const page = (first: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Towns pool tide records</title></head><body><main><article><h1>Towns pool tide records</h1><p>${first}</p><p>${P[1]}</p></article></main></body></html>`;

describe('NEL (U+0085) in a saved page', () => {
  it('keeps the words on either side apart, as the text path does', () => {
    const { record, report } = article(new TextEncoder().encode(page(P[0].replace('forty years', 'forty\u0085years'))), 'page.html');
    expect(record.paragraphs.map((p) => p.text)).toEqual(P);
    expect(rules(report)).toContain('next-line');
  });

  it('a page without one reads as before, with no report of it', () => {
    const { record, report } = article(new TextEncoder().encode(page(P[0])), 'page.html');
    expect(record.paragraphs.map((p) => p.text)).toEqual(P);
    expect(rules(report)).not.toContain('next-line');
  });

  it('a page in Windows-1252 whose byte 0x85 is an ellipsis keeps it', () => {
    const legacy = page(P[0].replace('next spring.', 'next spring\u2026')).replace('charset="utf-8"', 'charset="windows-1252"');
    const bytes = Buffer.from(legacy.replace('\u2026', '\u0085'), 'latin1');
    const { record } = article(bytes, 'page.html');
    expect(record.paragraphs[0].text.endsWith('next spring\u2026')).toBe(true);
  });
});
