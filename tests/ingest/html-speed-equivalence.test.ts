/**
 * Speed changes of the HTML path held to the code they replace (bench/README.md, session 18): each
 * shortcut must give what the longer way gives, on nasty and random input.
 */
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../scripts/ingest/lib/html/article/readability-speed.ts';
import { prunePage, WARM_UP_PAGE } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { MOJIBAKE } from '../../scripts/ingest/lib/safety/mojibake.ts';
import { NUMBER_WORD_PART, NUMBER_WORD_PART_ANY_CASE, NUMBER_WORD_PARTS } from '../../scripts/ingest/stages/figures.ts';
import { authorOfProfileLink, PROFILE_FOLDERS, PROFILE_HREF, profileHrefMatches, profileLinksInPage } from '../../scripts/ingest/lib/html/metadata/html-author-links.ts';
import { decodeEntities } from '../../scripts/ingest/lib/html/metadata/page-field-text.ts';

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

describe("the mojibake test skips a piece whose UTF-8 length is its length (lib/html/read/mojibake-pieces.ts)", () => {
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
      // Outside a page snapshot, innerHTML serialises (lib/html/prune/html-dom.ts).
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

  it('in any case, answers as the lower-cased text does', () => {
    const parts = [...NUMBER_WORD_PARTS, ...NUMBER_WORD_PARTS.map((w) => w.toUpperCase()), ...NUMBER_WORD_PARTS.map((w) => w[0].toUpperCase() + w.slice(1, -1) + w.slice(-1).toUpperCase())];
    const pieces = [...parts, ...parts.map((w) => w.slice(0, -1)), ...parts.map((w) => w.slice(1)), 'İ', 'i̇', 'K', 'ſ', 'ı', 'Σ', 'T', 'f', 'S', 'e', 'N', ' ', 'x', 'ﬁ', 'ß'];
    const next = random(17);
    const fixed = ['sİx', 'fİve', 'eİght', 'nİne', 'thİrt', 'fİft', 'İx', 'TWO', 'ſix', 'Kilo', 'DOZEN'];
    for (const text of fixed) expect(NUMBER_WORD_PART_ANY_CASE.test(text), text).toBe(NUMBER_WORD_PART.test(text.toLowerCase()));
    for (let i = 0; i < 20000; i++) {
      const text = randomText(next, pieces, Math.floor(next() * 6));
      expect(NUMBER_WORD_PART_ANY_CASE.test(text), JSON.stringify(text)).toBe(NUMBER_WORD_PART.test(text.toLowerCase()));
    }
  });
});

describe('profile links read from the bytes where profile folders are (html-author-links.ts)', () => {
  /** What profileLinksInPage was: the pattern over the whole page made a Latin-1 string. */
  function profileLinksOfWholePage(bytes: Uint8Array, encoding: string): string[] {
    const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    const decoder = new TextDecoder(encoding);
    const names: string[] = [];
    for (const m of page.matchAll(PROFILE_HREF)) {
      if (names.length >= 3) break;
      const tagStart = page.lastIndexOf('<', m.index);
      if (tagStart === -1 || m.index - tagStart > 1000 || !/^<a\s/i.test(page.slice(tagStart, tagStart + 3))) continue;
      const tagEnd = page.indexOf('>', m.index + m[0].length);
      if (tagEnd === -1) continue;
      const close = page.slice(tagEnd + 1, tagEnd + 1 + 800).search(/<\/a\s*>/i);
      if (close === -1) continue;
      const decode = (from: number, to: number) => decodeEntities(decoder.decode(bytes.subarray(from, to)));
      const href = decode(m.index + m[0].length - m[2].length, m.index + m[0].length);
      const text = decode(tagEnd + 1, tagEnd + 1 + close).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      const name = text.length <= 200 ? authorOfProfileLink(href, text) : null;
      if (name && !names.includes(name)) names.push(name);
    }
    return names;
  }
  const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
  const folders = [...PROFILE_FOLDERS, ...PROFILE_FOLDERS.map((w) => w.toUpperCase()), 'Author', 'AuThOrS', 'Autoren', 'autorx', 'autho', 'peoples', 'staf'];
  const pieces = [
    'href', 'HREF', 'hRef', 'xhref', '_href', 'href ', ' ', '  ', '\t', '\n', '\u00a0', '\u0085', '=', '= ', '"', "'", '/', '//', '>', '<', '<a ', '<A\t', '<a\u00a0', '<ab ', '<a>', '</a>', '</A  >', '</a', 'x', '-', '?', '#', '.html',
    'anna-berg', 'Anna Berg', 'li-wei', 'Li Wei', 'Jos&eacute; N&uacute;&ntilde;ez', 'jos%C3%A9-n%C3%BA%C3%B1ez', '\u00e9', '\u00ff', '<span>', '</span>',
    ' '.repeat(350), '='.repeat(3), 'x'.repeat(150), 'y'.repeat(299), 'z'.repeat(201), 'w'.repeat(990),
    ...folders.map((w) => `/${w}/`), ...folders,
  ];
  /** A link to a profile, its start tag and text near the bounds read (a start tag of 1,000 characters, a text of 800). */
  const link = (next: () => number) => {
    const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)];
    const open = pick(['<a ', '<A\t', '<a\u00a0', '<a\n', '<ab ', '<a', '<b ']);
    const padding = next() < 0.4 ? `data-x="${'w'.repeat(980 + Math.floor(next() * 15))}" ` : '';
    const [slug, name] = pick([['anna-berg', 'Anna Berg'], ['li-wei', 'Li Wei'], ['jos%C3%A9-n%C3%BA%C3%B1ez', 'Jos&eacute; N\u00fa\u00f1ez']]);
    const text = next() < 0.4 ? `<span>${name}</span>${' '.repeat(760 + Math.floor(next() * 40))}` : name;
    return `${open}${padding}href="${next() < 0.5 ? 'https://example.org' : ''}/${pick(folders)}/${slug}/">${text}${pick(['</a>', '</A  >', '</a', ''])}`;
  };

  /** An address near the pattern's bounds: spaces and "=" of any length before it, up to 305 characters before its folder, up to 220 after. */
  const nearBounds = (next: () => number) => {
    const space = () => randomText(next, [' ', '\t', '\u00a0', '\n'], Math.floor(next() * (next() < 0.5 ? 4 : 400)));
    const spaces = `${space()}${next() < 0.9 ? '=' : '=='}${space()}`;
    const quote = ['', '"', "'"][Math.floor(next() * 3)];
    const run = (n: number) => randomText(next, ['a', 'b', '/', '-', '%', '\u00e9', '.'], n);
    return `${next() < 0.8 ? 'href' : 'HREF'}${spaces}${quote}${run(Math.floor(next() * 306))}/${folders[Math.floor(next() * folders.length)]}/${run(Math.floor(next() * 221))}${quote}`;
  };

  /** A seeded generator with every bit of its state mixed: random() repeats itself too soon for pages this long. */
  const wellMixed = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const matchesOfWholePage = (page: string) => [...page.matchAll(PROFILE_HREF)].map((m) => ({ index: m.index, end: m.index + m[0].length, address: m.index + m[0].length - m[2].length }));

  it('finds a match at each of its bounds: 300 characters before the folder, 200 after, long spaces around "="', () => {
    for (const before of [0, 1, 299, 300, 301])
      for (const after of [1, 199, 200, 201])
        for (const quote of ['', '"'])
          for (const spaces of [['', ''], [' ', '\u00a0\t'], [' '.repeat(700), ' '.repeat(5)], ['', ' '.repeat(1200)]])
            for (const folder of ['author', 'Contributors', 'AUTORIN']) {
              const address = `${'a'.repeat(before)}/${folder}/${'b'.repeat(after)}`;
              for (const page of [`<a href${spaces[0]}=${spaces[1]}${quote}${address}${quote}>`, `x${'y'.repeat(before)}href=${address} href=${address}`]) {
                expect([...profileHrefMatches(latin1(page))], page).toEqual(matchesOfWholePage(page));
              }
            }
  });

  it('finds every match of the pattern over the whole page, at the same places', () => {
    const next = wellMixed(17);
    for (let i = 0; i < 6000; i++) {
      const parts: string[] = [];
      // Mostly one or two addresses apart, so that windows seldom join and each bound is tried alone.
      const odds = i % 2 ? 0.3 : 0.05;
      for (let n = Math.floor(next() * 40); n > 0; n--) parts.push(next() < odds ? nearBounds(next) : pieces[Math.floor(next() * pieces.length)]);
      const bytes = latin1(parts.join(''));
      const page = Buffer.from(bytes).toString('latin1');
      expect([...profileHrefMatches(bytes)], JSON.stringify(page)).toEqual(matchesOfWholePage(page));
    }
  });

  it('reads the names the whole page read, in UTF-8 and in a single-byte encoding', () => {
    const next = wellMixed(19);
    for (let i = 0; i < 4000; i++) {
      const parts: string[] = [];
      for (let n = Math.floor(next() * 30); n > 0; n--) parts.push(next() < 0.2 ? link(next) : pieces[Math.floor(next() * pieces.length)]);
      const bytes = latin1(parts.join(''));
      for (const encoding of ['utf-8', 'windows-1252']) expect(profileLinksInPage(bytes, encoding), JSON.stringify(parts.join(''))).toEqual(profileLinksOfWholePage(bytes, encoding));
    }
  });

  it('PROFILE_FOLDERS are the folder words of the pattern, each alone', () => {
    const folder = /\/(?:authors?|profiles?|writers?|contributors?|columnists?|journalists?|people|staff|autor(?:es|en|in)?|auteurs?|autore|autori)\//i;
    expect(PROFILE_HREF.source).toContain(folder.source.slice(2, -2));
    for (const w of PROFILE_FOLDERS) expect(folder.test(`/${w}/`), w).toBe(true);
    // Every word the pattern's folder takes, up to 12 letters of theirs, is in the list.
    const letters = [...new Set(PROFILE_FOLDERS.join(''))];
    const next = random(23);
    for (let i = 0; i < 20000; i++) {
      const w = PROFILE_FOLDERS[Math.floor(next() * PROFILE_FOLDERS.length)].slice(0, Math.floor(next() * 13)) + randomText(next, letters, Math.floor(next() * 3));
      expect(folder.test(`/${w}/`), w).toBe(PROFILE_FOLDERS.includes(w));
    }
  });
});
