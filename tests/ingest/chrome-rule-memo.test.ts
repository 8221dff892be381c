/**
 * The chrome rules' answers are remembered per line (lib/page-text/chrome/chrome-rules.ts, lib/bounded-memo.ts) under a copy of the line,
 * so the cache never keeps the longer text a line was cut from: the copy is the same text, and the
 * answers are the rules' own, asked once or many times, for a slice or for the text itself.
 */
import { describe, expect, it } from 'vitest';
import { CHROME_RULES, chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { ownCopy } from '../../scripts/ingest/lib/bounded-memo.ts';

describe('remembering chrome rules per line', () => {
  it('keys the cache by a copy with the same text, short or long, any characters', () => {
    const page = `${'Lorem ipsum dolor sit amet. '.repeat(100)}Share this article\nFollow us on Twitter\n中文新闻\u{1F600}\ud800 lone`;
    for (const line of ['', 'a', 'x'.repeat(15), 'x'.repeat(16), page, page.slice(2800), page.slice(-12), page.slice(-30), '\ud800', '\u{1F600}'.repeat(20)]) {
      expect(ownCopy(line)).toBe(line);
    }
  });

  it('gives the rules\' own answer for a line, first asked as a slice of a page or not, and every time after', () => {
    const lines = ['Share this article', 'Follow us on Twitter', 'Advertisement', 'Scientists from both countries will share ocean data, the ministry said.', 'Sign up for our newsletter'];
    const page = lines.join('\n');
    const direct = (line: string) => CHROME_RULES.find((r) => (!r.mayMatch || r.mayMatch.test(line)) && r.line.test(line));
    let at = 0;
    for (const line of lines) {
      const slice = page.slice(at, at + line.length);
      at += line.length + 1;
      expect(chromeRuleOf(slice)).toBe(direct(line));
      expect(chromeRuleOf(line)).toBe(direct(line));
      expect(chromeRuleOf(`${line}`)).toBe(direct(line));
    }
  });
});
