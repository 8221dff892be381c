/**
 * Session 41's HTML-path speedups held to the code they replace: the Next.js stream's byte search
 * (lib/html/read/next-stream.ts: a short piece of the mark first, the mark checked where it is) against
 * Buffer's search for the whole mark; the text nodes' single-spacing test (lib/html/article/html-blocks.ts)
 * against the pattern it replaces; the bracket map of a headline's separators (lib/html/headline/bracketed-spans.ts,
 * which skips a text with no opening bracket) against the full map; the unseen field author's search
 * (lib/html/metadata/unseen-field-author.ts: single-spaced texts not copied, the byline texts first) against
 * the search it replaces. Random inputs are built near each edge: the mark cut short, broken in
 * any byte, at a page's first and last byte; whitespace of every kind in pairs.
 */
import { describe, expect, it } from 'vitest';
import { hasNextStream } from '../../scripts/ingest/lib/html/read/next-stream.ts';
import { singleSpaced } from '../../scripts/ingest/lib/html/article/html-blocks.ts';
import { insideBrackets } from '../../scripts/ingest/lib/html/headline/bracketed-spans.ts';
import { fieldAuthorUnseen } from '../../scripts/ingest/lib/html/metadata/unseen-field-author.ts';
import { shownTexts } from '../../scripts/ingest/lib/html/metadata/bylines-outside-fields.ts';

/**
 * A seeded generator (mulberry32), so a failure reads the same on every run. (The float LCG other tests
 * use repeats patterns in short draws: its texts never held one kind of bracket without another.)
 */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const MARK = 'self.__next_f.push(';
const wholeMarkSearch = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(MARK);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('the Next.js stream’s byte search', () => {
  it('finds the mark where the whole-mark search does, on fixed pages', () => {
    const pages = [
      '', MARK, MARK.slice(0, -1), MARK.slice(1), `x${MARK}`, `${MARK}x`, '_next_f', '__next_f.push(', 'self._next_f.push(', 'self.__next_f.push',
      'self.__next_f.push(self.__next_f.push(', '_next_f_next_f self.__next_f.push(', 'self.__next_f.pushself.__next_f.push(', 'SELF.__NEXT_F.PUSH(',
      '<script>self.__next_f.push([1,"x"])</script>', 'é self.__next_f.push(', '\u{1F600}self.__next_f.push(',
    ];
    for (const page of pages) expect(hasNextStream(bytesOf(page)), page).toBe(wholeMarkSearch(bytesOf(page)));
  });

  it('finds it exactly as the whole-mark search does on random pages of its pieces, and inside a larger buffer', () => {
    const next = random(41);
    const parts = [MARK, MARK.slice(0, 6), MARK.slice(6), '_next_f', '_', 's', 'self.', '__next_f', '.push(', 'push(', ' ', '<', 'é', 'x'];
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      let page = '';
      const count = Math.floor(next() * 8);
      for (let i = 0; i < count; i++) page += parts[Math.floor(next() * parts.length)];
      const bytes = bytesOf(page);
      // A view into a larger buffer: the search must stay within the view's bytes.
      const outer = new Uint8Array(bytes.length + 40);
      outer.set(bytesOf(MARK), 0);
      outer.set(bytes, 20);
      outer.set(bytesOf(MARK.slice(0, 20)), 20 + bytes.length);
      const view = outer.subarray(20, 20 + bytes.length);
      const expected = wholeMarkSearch(bytes);
      if (expected) found++;
      expect(hasNextStream(bytes), page).toBe(expected);
      expect(hasNextStream(view), page).toBe(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('the text nodes’ single-spacing test', () => {
  const before = (text: string) => (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text);

  it('spaces every text as the pattern it replaces, on random texts of every whitespace in pairs', () => {
    const next = random(7);
    const parts = [' ', '  ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'a', 'word', '.', 'é', '\ud83d\ude00'];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const count = Math.floor(next() * 7);
      for (let i = 0; i < count; i++) text += parts[Math.floor(next() * parts.length)];
      expect(singleSpaced(text), JSON.stringify(text)).toBe(before(text));
    }
  });

  it('returns a single-spaced text as it is, and spaces one with a run', () => {
    expect(singleSpaced('one two three')).toBe('one two three');
    expect(singleSpaced(' one ')).toBe(' one ');
    expect(singleSpaced('one  two')).toBe('one two');
    expect(singleSpaced('one \ttwo\u00a0three')).toBe('one two three');
  });
});

describe('the bracket map of a title', () => {
  /** The map as it was before the opening-bracket precheck. */
  function insideBracketsBefore(text: string): (index: number) => boolean {
    const pairs = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['（', '）'], ['［', '］'], ['「', '」'], ['『', '』'], ['【', '】'], ['〔', '〕'], ['《', '》'], ['〈', '〉']]);
    const closers = new Set(pairs.values());
    const depthChange = new Int32Array(text.length + 1);
    const open: { at: number; closer: string }[] = [];
    for (let i = 0; i < text.length; i++) {
      const closer = pairs.get(text[i]);
      if (closer) open.push({ at: i, closer });
      else if (closers.has(text[i])) {
        let k = open.length - 1;
        while (k >= 0 && open[k].closer !== text[i]) k--;
        if (k >= 0) {
          depthChange[open[k].at]++;
          depthChange[i + 1]--;
          open.length = k;
        }
      }
    }
    const inside: boolean[] = [];
    let depth = 0;
    for (let i = 0; i < text.length; i++) inside.push((depth += depthChange[i]) > 0);
    return (index) => inside[index] === true;
  }

  it('answers for every index as the full map does, on random texts of every bracket, closers alone included', () => {
    const next = random(12);
    const parts = ['(', ')', '[', ']', '{', '}', '（', '）', '［', '］', '「', '」', '『', '』', '【', '】', '〔', '〕', '《', '》', '〈', '〉', '<', '>', 'a', ' - ', ' | ', '\ud83d\ude00'];
    let withSpan = 0;
    let onlyAngles = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const count = Math.floor(next() * 8);
      for (let i = 0; i < count; i++) text += parts[Math.floor(next() * parts.length)];
      const fast = insideBrackets(text);
      const full = insideBracketsBefore(text);
      for (let i = -1; i <= text.length; i++) expect(fast(i), `${JSON.stringify(text)} at ${i}`).toBe(full(i));
      if ([...text].some((_, i) => full(i))) withSpan++;
      if (/〈.*〉/.test(text) && !/[([{（［「『【〔《]/.test(text)) onlyAngles++;
    }
    expect(withSpan).toBeGreaterThan(1000);
    // Each kind of bracket alone in a text, as the last of the list here.
    expect(onlyAngles).toBeGreaterThan(10);
  });

  it('maps a closed span, and nothing in a text whose brackets only close', () => {
    const inside = insideBrackets('Song night (Only You - The Keepers)');
    expect(inside(20)).toBe(true);
    expect(inside(3)).toBe(false);
    expect(insideBrackets('Step 2) a】b')(6)).toBe(false);
  });
});

describe('the search for a field’s author in the page’s shown texts', () => {
  /** The search as it was: every text spaced by the pattern, in the old order (the article's texts first). */
  function unseenBefore(author: string, shown: Iterable<string>): boolean {
    const name = (author.replace(/\s+/gu, ' ').split(/,|&| and /u)[0] ?? '').trim().toLowerCase();
    if (!name) return false;
    for (const text of shown) if (text.replace(/\s+/gu, ' ').toLowerCase().includes(name)) return false;
    return true;
  }

  it('answers as the search it replaces, on random names and texts of every whitespace and case folding', () => {
    const next = random(5);
    const words = ['Anna', 'ANNA', 'anna', 'Berg', 'BERG', 'berg', 'Li', 'Wei', ',', '&', 'and', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'İ', 'ΣΑΣ', 'σας', 'K', '\u212a'];
    const draw = (n: number) => {
      let out = '';
      for (let i = 0; i < n; i++) out += words[Math.floor(next() * words.length)] + (next() < 0.5 ? ' ' : '');
      return out;
    };
    let seen = 0;
    for (let n = 0; n < 5_000; n++) {
      const author = draw(1 + Math.floor(next() * 4));
      const article = Array.from({ length: Math.floor(next() * 4) }, () => draw(Math.floor(next() * 6)));
      const raw = { bylines: Array.from({ length: Math.floor(next() * 3) }, () => draw(3)), linesAfterH1: next() < 0.5 ? undefined : [draw(4)], stampTexts: [draw(2)] };
      const builtText = next() < 0.5 ? null : draw(5);
      const asBuilt = builtText === null ? null : ({ blocks: [{ text: builtText }] } as never);
      const oldOrder = [...article, ...raw.bylines, ...(raw.linesAfterH1 ?? []), ...raw.stampTexts, ...(builtText === null ? [] : [builtText])];
      // The same texts, in another order.
      expect([...shownTexts(article, raw, asBuilt)].sort()).toEqual([...oldOrder].sort());
      const expected = unseenBefore(author, oldOrder);
      if (!expected) seen++;
      expect(fieldAuthorUnseen(author, shownTexts(article, raw, asBuilt)), JSON.stringify({ author, oldOrder })).toBe(expected);
    }
    expect(seen).toBeGreaterThan(500);
  });
});
