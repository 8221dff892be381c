/**
 * The ingest's cross-page caches (lib/bounded-memo.ts): an answer is worked out once per key, the
 * memory starts afresh at its bound, and a key is kept as a string of its own.
 */
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../scripts/ingest/lib/bounded-memo.ts';

describe('BoundedMemo', () => {
  it('works an answer out once per key, null answers included', () => {
    const memo = new BoundedMemo<string | null>(10);
    let asked = 0;
    const answer = (k: string) => (asked++, k.startsWith('x') ? null : k.toUpperCase());
    const ask = (k: string) => {
      const known = memo.get(k);
      return known !== undefined ? known : memo.remember(k, answer(k));
    };
    for (let round = 0; round < 3; round++) {
      expect(ask('abc')).toBe('ABC');
      expect(ask('xyz')).toBeNull();
    }
    expect(asked).toBe(2);
  });

  it('starts afresh at its bound and still answers right', () => {
    const memo = new BoundedMemo<number>(3);
    let asked = 0;
    const answer = (k: string) => (asked++, k.length);
    for (const k of ['a', 'bb', 'ccc', 'dddd', 'a']) expect(memo.get(k) ?? memo.remember(k, answer(k))).toBe(k.length);
    // 'dddd' cleared the memory of three keys, so 'a' was worked out again.
    expect(asked).toBe(5);
  });

  it('answers a slice of a long text as the text itself', () => {
    const page = `${'Lorem ipsum dolor sit amet. '.repeat(100)}Share this article on every network`;
    const memo = new BoundedMemo<string>();
    const line = page.slice(2800);
    expect(memo.remember(line, `seen ${line}`)).toBe(`seen ${line}`);
    expect(memo.get('Share this article on every network')).toBe(`seen ${line}`);
  });
});
