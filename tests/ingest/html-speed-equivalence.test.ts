/**
 * Speed changes of the HTML path held to the code they replace (bench/README.md, session 18): each
 * shortcut must give what the longer way gives, on nasty and random input.
 */
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../scripts/ingest/lib/html/readability-speed.ts';
import { prunePage, WARM_UP_PAGE } from '../../scripts/ingest/lib/html/html-prune.ts';
import { MOJIBAKE } from '../../scripts/ingest/lib/safety/mojibake.ts';
import { NUMBER_WORD_PART, NUMBER_WORD_PARTS } from '../../scripts/ingest/stages/figures.ts';

/** Every character trim may take away, and a few it must not (zero-width space, a surrogate half). */
const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['\u200b', '\u180e', '\ud800', '\udc00', 'x', '\u0000', '\u0085'];

/** A seeded generator, so a failure reads the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function randomText(next: () => number, alphabet: string[], length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe('isBlank (readability-speed.ts) is !text.trim().length', () => {
  it('for every kind of whitespace alone, around and between other characters', () => {
    const texts = ['', ...SPACES, ...NOT_SPACES];
    for (const a of [...SPACES, '']) for (const b of [...SPACES, ...NOT_SPACES]) texts.push(a + b, b + a, a + b + a, a.repeat(3) + b);
    for (const text of texts) expect(isBlank(text), JSON.stringify(text)).toBe(!text.trim().length);
  });

  it('for random texts of whitespace with now and then something else', () => {
    const next = random(7);
    for (let i = 0; i < 5000; i++) {
      const text = randomText(next, next() < 0.5 ? SPACES : [...SPACES, ...SPACES, ...NOT_SPACES], Math.floor(next() * 12));
      expect(isBlank(text), JSON.stringify(text)).toBe(!text.trim().length);
    }
  });
});

describe("the mojibake test skips a piece whose UTF-8 length is its length (stages/html.ts)", () => {
  const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
  const wide = [...ascii, 'Ã', 'â', 'Â', 'ð', '€', '\u0080', '\u009f', '©', '™', 'é', '中', '\ud83d\ude00', '\ud800', '\udfff'];

  it('such a piece is ASCII, so no form of MOJIBAKE can match it; any other character makes the lengths differ', () => {
    const next = random(11);
    for (let i = 0; i < 5000; i++) {
      const text = randomText(next, next() < 0.5 ? ascii : wide, Math.floor(next() * 20));
      const isAscii = [...text].every((c) => c.charCodeAt(0) < 0x80);
      expect(Buffer.byteLength(text, 'utf8') === text.length, JSON.stringify(text)).toBe(isAscii);
      if (isAscii) expect(MOJIBAKE.test(text)).toBe(false);
    }
  });
});

describe('the page rebuilt from the builder\'s calls (html-dom.ts, flat list of calls)', () => {
  it('is the page as first built, for a page that takes the builder through every kind of call', () => {
    for (const source of [WARM_UP_PAGE, [WARM_UP_PAGE.slice(0, 700), WARM_UP_PAGE.slice(700)]]) {
      const { document, rebuild } = prunePage(source);
      const again = rebuild();
      // Outside a page snapshot, innerHTML serialises (lib/html/html-dom.ts).
      const markup = (e: unknown) => (e as { innerHTML: string }).innerHTML;
      expect(markup(again.body)).toBe(markup(document.body));
      expect(markup(again.head)).toBe(markup(document.head));
      expect(markup(again.body)).toContain('Head &amp; line');
    }
  });
});

describe("the figures stage's number-word precheck (stages/figures.ts)", () => {
  it('finds a part exactly where one of the listed parts is in the text', () => {
    const pieces = [...NUMBER_WORD_PARTS, ...NUMBER_WORD_PARTS.map((w) => w.slice(0, -1)), ...NUMBER_WORD_PARTS.map((w) => w.slice(1)), 't', 'f', 's', 'e', 'n', ' ', 'x', 'tw', 'th', 'fi', 'fo', 'se', 'el', 'hu', 'do'];
    const next = random(13);
    for (let i = 0; i < 20000; i++) {
      const text = randomText(next, pieces, Math.floor(next() * 6));
      expect(NUMBER_WORD_PART.test(text), JSON.stringify(text)).toBe(NUMBER_WORD_PARTS.some((w) => text.includes(w)));
    }
    for (const w of NUMBER_WORD_PARTS) expect(NUMBER_WORD_PART.exec(`x${w}x`)?.[0]).toBe(w);
  });
});
