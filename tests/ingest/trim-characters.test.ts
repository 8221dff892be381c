/**
 * lib/trim-characters.ts reads `/^[…]+|[…]+$/g` from each end in one pass; the post-navigation and
 * site-link rules use it (and a letter before " →" read apart) where their patterns were quadratic on a
 * long run of spaces (tests/ingest/regex-audit.test.ts). Held to the patterns they replace on nasty and
 * random lines, and timed on a hostile one.
 */
import { describe, expect, it } from 'vitest';
import { inClass, trimCharacters } from '../../scripts/ingest/lib/trim-characters.ts';
import { isPostNavigation } from '../../scripts/ingest/stages/main-text/closing/post-navigation.ts';
import { isASiteLinkLabel } from '../../scripts/ingest/stages/main-text/shared/site-link-label.ts';
import { cpuSeconds } from './cpu-seconds.ts';

// A small deterministic generator: no randomness in tests.
function* lines(alphabet: string[], count: number, maxLength: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n < count; n++) {
    const length = next() % maxLength;
    let line = '';
    for (let k = 0; k < length; k++) line += alphabet[next() % alphabet.length];
    yield line;
  }
}

const ALPHABET = [' ', '\u00a0', '\t', '«', '»', '‹', '›', '<', '>', '←', '→', '•', '*', '–', '-', ':', '|', 'a', 'Z', 'é', '1', '.', '\n', '\u2028', '😀'];

describe('trimCharacters', () => {
  it('gives what the pattern it replaces gives', () => {
    const cases: [RegExp, RegExp, RegExp][] = [
      [/^[\s«‹<←]+|[\s»›>→]+$/gu, /[\s«‹<←]/u, /[\s»›>→]/u],
      [/^[\s•·▪●◦‣∙*–-]+|[\s:|]+$/gu, /[\s•·▪●◦‣∙*–-]/u, /[\s:|]/u],
    ];
    const nasty = ['', ' ', '   ', '« »', '→', '←', ' a ', '«« Prev', 'Next »»', ' : ', '* Impressum:', '•', 'a\u2028 ', '😀 ', ' 😀'];
    for (const [pattern, leading, trailing] of cases) {
      for (const line of [...nasty, ...lines(ALPHABET, 3000, 14)]) {
        expect(trimCharacters(line, inClass(leading), inClass(trailing)), JSON.stringify(line)).toBe(line.replace(pattern, ''));
      }
    }
  });
});

describe('the post-navigation reader without its quadratic patterns', () => {
  it('reads a title before its arrow as /\\p{L}.*\\s→$/u did', () => {
    const before = /^←\s*\p{L}|\p{L}.*\s→$/u;
    const words = ['Next', 'post', '→', '←', ' ', '\n', '\u2029', 'é', '1', '«', 'Previous article', 'Nächster Beitrag'];
    for (const line of lines(words, 4000, 8)) {
      const text = line.trim();
      if (!text) continue;
      // Where the old pattern says yes, so does the reader (it says yes to more lines only through its labels).
      if (before.test(text) && text.split(/\s+/u).length <= 20) expect(isPostNavigation(line), JSON.stringify(line)).toBe(true);
    }
    expect(isPostNavigation('Der erste Stammtisch steht fest →')).toBe(true);
    expect(isPostNavigation('2024 →')).toBe(false);
  });

  it('reads a line of a hundred thousand spaces quickly', () => {
    const hostile = `a${' '.repeat(100_000)}b`;
    const seconds = cpuSeconds(() => {
      isPostNavigation(hostile);
      isPostNavigation(`${hostile} →`);
      isASiteLinkLabel(hostile);
      isASiteLinkLabel(`Folge${' '.repeat(100_000)}x`);
    });
    expect(seconds).toBeLessThan(0.5);
  });
});
