/**
 * A union tested in parts (lib/regex-alternatives.ts) answers what the union as one pattern answers,
 * whatever its alternatives hold: groups, classes and escapes with a "|" in them, anchors, lookbehinds.
 */
import { describe, expect, it } from 'vitest';
import { alternativesOf, SplitUnion } from '../../scripts/ingest/lib/regex-alternatives.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('alternativesOf', () => {
  it('cuts at the top-level bars only, and opens a group that is a whole alternative', () => {
    expect(alternativesOf('a|b')).toEqual(['a', 'b']);
    expect(alternativesOf('(?:a|^b)|c')).toEqual(['a', '^b', 'c']);
    expect(alternativesOf('(?:a|b)?|c')).toEqual(['(?:a|b)?', 'c']);
    expect(alternativesOf('(?:a)(?:b|c)')).toEqual(['(?:a)(?:b|c)']);
    expect(alternativesOf('[|]|\\||x')).toEqual(['[|]', '\\|', 'x']);
    expect(alternativesOf('[\\]|]y|z')).toEqual(['[\\]|]y', 'z']);
    expect(alternativesOf('(?<!a|b)c|d')).toEqual(['(?<!a|b)c', 'd']);
    expect(alternativesOf('')).toEqual(['']);
  });

  it('does not split a pattern with a backreference', () => {
    expect(alternativesOf('(a)\\1|b')).toBeNull();
    expect(alternativesOf('(?<x>a)\\k<x>|b')).toBeNull();
  });
});

describe('SplitUnion', () => {
  const SOURCES = [
    ['^by |mit |(?:^\\(c\\)|copyright)', 'photo|IMAGE', ':\\d{2}$', '^\\d(?:[.,]\\d{1,2})?x$|^(?:watch|vid[eéí]o)\\s*\\|'],
    ['(?<!\\p{L})x(?!\\p{L})', '[|^$]', '\\$', '\\\\$', 'a$|^b'],
    ['', 'never'],
    ['(a)\\1|^b', 'c$'],
    ['^', '$'],
  ];
  const PARTS = ['by ', 'BY ', 'mit', '(c)', 'Copyright', 'photo', 'image', ':12', '1.5x', '2x', 'watch |', 'vidéo|', 'x', ' x ', 'ax', '|', '^', '$', '\\', 'a', 'b', 'aa', 'c', 'ſ', 'K', 'İ', '\u00a0', ' ', '\n'];

  it('matches a line exactly when the union as one pattern does', () => {
    const next = random(36);
    for (const sources of SOURCES) {
      for (const flags of ['i', 'iu', '', 'u']) {
        let union: RegExp;
        try {
          union = new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
        } catch {
          continue; // \p{L} needs the u flag
        }
        const split = new SplitUnion(sources, flags);
        for (let i = 0; i < 3000; i++) {
          let line = '';
          const length = Math.floor(next() * 6);
          for (let j = 0; j < length; j++) line += PARTS[Math.floor(next() * PARTS.length)];
          expect(split.test(line), `${flags} ${JSON.stringify(sources)} ${JSON.stringify(line)}`).toBe(union.test(line));
        }
      }
    }
  });

  it('refuses flags that change what an anchor or a test means', () => {
    expect(() => new SplitUnion(['a'], 'g')).toThrow();
    expect(() => new SplitUnion(['a'], 'm')).toThrow();
    expect(() => new SplitUnion(['a'], 'y')).toThrow();
  });
});
