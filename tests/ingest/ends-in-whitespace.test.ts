/** endsInWhitespace (lib/ends-in-whitespace.ts) answers what `/\s$/` answers, for every code unit and on nasty text. */
import { describe, expect, it } from 'vitest';
import { endsInWhitespace } from '../../scripts/ingest/lib/ends-in-whitespace.ts';

describe('endsInWhitespace', () => {
  it('is /\\s$/ for every code unit at the end', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `ab${String.fromCharCode(code)}`;
      expect(endsInWhitespace(text), code.toString(16)).toBe(/\s$/.test(text));
    }
  });

  it('is /\\s$/ on nasty text', () => {
    for (const text of ['', ' ', 'a', 'a ', ' a', 'a\n', 'a\u00a0', 'a\u2028', 'a\ufeff', 'a\u200b', 'a\u3000', '\ud83d\ude00', 'a\ud83d', '\u0085', 'x\u180e', ' \t\r\n'])
      expect(endsInWhitespace(text), JSON.stringify(text)).toBe(/\s$/.test(text));
  });
});
