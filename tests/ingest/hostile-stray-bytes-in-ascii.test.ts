/**
 * A UTF-8 text seed holding lone surrogates written as UTF-8 (ED A0 80: what a program that writes
 * UTF-16 code units one by one leaves; the fuzz's lone-surrogates mutation). Each is three bad
 * sequences to a UTF-8 decoder, so a file of few other multi-byte characters was not "mostly UTF-8":
 * it was read as Windows-1252, its accented letters and the surrogates shown as mojibake ("RenÃ©",
 * "í €"), or, past 24 such bytes that no reading makes text of, skipped whole as `not text` (a
 * 17 KB English article of the meta set, 0.5% of its bytes bad). A surrogate so written is UTF-8's
 * shape: counted as one multi-byte sequence, not three bad ones, the file is read as UTF-8, its bad
 * bytes U+FFFD by place and reported. Random bytes are still skipped, Windows-1252 still read as such.
 */
import { describe, expect, it } from 'vitest';
import { article, ARTICLE_PARAGRAPHS } from './helpers.ts';
import { Report, SkipArticle } from '../../scripts/ingest/report.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { matchers } from './helpers.ts';

const TITLE = 'Science programme with twelve countries';
const LONE_HIGH = Buffer.from([0xed, 0xa0, 0x80]);
const LONE_LOW = Buffer.from([0xed, 0xbf, 0xbf]);
const ACCENTED = 'The first meeting will be held at a café in Zürich next spring, René Dubois of the ministry said on Tuesday.';

/** A paragraph with accented letters in UTF-8, then the paragraphs, each ending in a lone surrogate, five times over. */
function strayBytesStory(): Uint8Array {
  const parts: Buffer[] = [Buffer.from(`${TITLE}\n\n${ACCENTED}\n\n`)];
  for (let round = 0; round < 5; round++) {
    for (const [i, p] of ARTICLE_PARAGRAPHS.entries()) parts.push(Buffer.from(`${p} `), i % 2 ? LONE_LOW : LONE_HIGH, Buffer.from('\n\n'));
  }
  return new Uint8Array(Buffer.concat(parts));
}

const skipOf = (bytes: Uint8Array) => {
  try {
    processArticle('noise.txt', bytes, matchers, new Report('noise.txt'));
    return null;
  } catch (error) {
    if (error instanceof SkipArticle) return error.reason;
    throw error;
  }
};

describe('a UTF-8 text seed with lone surrogates written as UTF-8', () => {
  it('is read as UTF-8, its bad bytes replaced and reported, its prose and accented letters kept', () => {
    const { record, report, body } = article(strayBytesStory(), 'stray.txt');
    expect(record.title).toBe(TITLE);
    expect(body).toContain(ACCENTED);
    expect(body).not.toMatch(/Ã|í/);
    for (const p of ARTICLE_PARAGRAPHS) expect(body).toContain(p);
    const replaced = report.entries.find((e) => e.rule === 'invalid-utf8');
    expect(replaced?.detail).toMatch(/^60 bad byte sequence\(s\) replaced by U\+FFFD/);
  });

  it('bytes that are no text at all stay skipped', () => {
    // Random bytes, half of them high: as the fuzz campaign's noise.
    let state = 7;
    const noise = Uint8Array.from({ length: 4000 }, () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(skipOf(noise)).toMatch(/^(not text|binary)/);
  });

  it('an English text in Windows-1252 is still read as Windows-1252', () => {
    const text = `${TITLE}\n\nBy René Dubois\n\n${ARTICLE_PARAGRAPHS.map((p) => `${p} It was a “première” for the café’s owners.`).join('\n\n')}\n`;
    const bytes = new Uint8Array(Buffer.from(text.replace(/“/g, '\x93').replace(/”/g, '\x94').replace(/’/g, '\x92'), 'latin1'));
    const { body } = article(bytes, 'cp1252.txt');
    expect(body).toContain('It was a “première” for the café’s owners.');
  });
});
