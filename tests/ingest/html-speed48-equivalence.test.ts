/**
 * Session 48's speed cuts held to the code they replace.
 *
 * The chrome rules without a `mayMatch` (chrome-rules.ts UNCHECKED_GROUPS): asked together by their
 * flags' union first, one by one only when it matches. A line's rule must be the one the plain search
 * over every rule finds (each rule's own check, then its pattern, in CHROME_RULES' order), and each
 * union must match a line exactly when one of its rules' patterns does.
 *
 * A Next.js page's stream is read from the page decoded whole (streamed-article-reading.ts): the same
 * text its decoded pieces join to, in every encoding the decoder reads it in.
 */
import { describe, expect, it } from 'vitest';
import { CHROME_RULES, readChromeRule, UNCHECKED_GROUPS, type ChromeRule } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { SplitUnion } from '../../scripts/ingest/lib/regex-alternatives.ts';
import { decodeHtml, decodeHtmlPieces } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { nextStreamPayload } from '../../scripts/ingest/lib/html/read/next-stream.ts';

/** A seeded generator, so a failure reads the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The search as it was: each rule's own check, then its pattern. */
const plainRuleOf = (line: string): ChromeRule | null => CHROME_RULES.find((r) => (!r.mayMatch || r.mayMatch.test(line)) && r.line.test(line)) ?? null;

/** Lines each of the unchecked rules takes, lines close to them, and lines of other rules. */
const FIXED = [
  '', ' ', 'A paragraph about nothing in particular, long enough to be prose.', 'Skip to content', 'skip to main content', 'Sign in', 'MENU', 'Search',
  'Back to top', 'Home', 'Home / World / Asia', 'Home » Science', 'Advertisement', '— Advertisement —', 'ADVERTISEMENT', 'Anzeige', 'Werbung 3',
  'Ad - continue reading below', 'This ad has not loaded yet.', 'Skip ad', 'Article content', 'Share Print Email', 'Facebook Twitter LinkedIn',
  'Font size: A A A', 'Text size', 'A+ A-', '1 2 3 4 Next', 'Page 2 of 5', 'Next page', '« Prev', 'Follow us on Twitter', 'Join the conversation.',
  'Download our app now', 'Get the app', 'Sign up for our newsletter', 'Subscribe now', 'Read more:', 'Learn more', 'More from Example News',
  'Box aufklappen', 'Show more', 'Weniger anzeigen', 'Related articles', 'Recommended for you', 'Most read', 'You may also like', 'Das könnte Sie auch interessieren',
  'Share this article', 'Share', 'Teilen', '3:45', '12:01:59', 'This article first appeared in the print edition of The Example.',
  'Reporting by Jane Roe; Editing by Tom Lee', '(Reporting by Jane Roe and Li Wei)', 'Updated 2 hours ago', 'posted 3 days ago', '5 min read',
  'Print this article', 'Photo: Jane Doe', '© 2024 The Daily Example. All rights reserved.', 'Report an error', 'Story continues below advertisement',
  'Read also: another story', 'mit dpa', '(AFP)', 'Redaktion: Anna Berg', 'Reporting by Jane Roe in Beijing; Editing by Tom Lee',
  'İmage', 'ſkip to content', 'K', 'ß', '\u00a0Menu', 'menu\u00a0', 'Menu ', ' Menu', 'Menü', 'Suche', 'home page', 'sign in to comment',
];

describe('the chrome rules without a check of their own, asked together', () => {
  it('groups only rules without a mayMatch, of one flags each, two or more a group', () => {
    expect(UNCHECKED_GROUPS.length).toBeGreaterThan(0);
    for (const group of UNCHECKED_GROUPS) {
      expect(group.length).toBeGreaterThan(1);
      for (const r of group) {
        expect(r.mayMatch, r.id).toBeUndefined();
        expect(r.line.flags, r.id).toBe(group[0].line.flags);
      }
    }
  });

  it('a group’s union matches a line exactly when one of its rules’ patterns does', () => {
    const next = random(48);
    const words = FIXED.flatMap((l) => l.split(/(\s+)/)).filter(Boolean);
    const lines = [...FIXED];
    for (let i = 0; i < 20000; i++) {
      let line = '';
      const length = 1 + Math.floor(next() * 5);
      for (let j = 0; j < length; j++) line += words[Math.floor(next() * words.length)];
      lines.push(line, line.toUpperCase(), line.trim());
    }
    for (const group of UNCHECKED_GROUPS) {
      const union = new SplitUnion(group.map((r) => r.line.source), group[0].line.flags);
      for (const line of lines) expect(union.test(line), `${JSON.stringify(line)} (${group.map((r) => r.id).join(', ')})`).toBe(group.some((r) => r.line.test(line)));
    }
  });

  it('leaves each line the rule the plain search finds', () => {
    const next = random(49);
    const lines = [...FIXED];
    for (let i = 0; i < 5000; i++) lines.push(FIXED[Math.floor(next() * FIXED.length)] + (next() < 0.5 ? ' ' : '') + FIXED[Math.floor(next() * FIXED.length)]);
    let matched = 0;
    for (const line of lines) {
      const plain = plainRuleOf(line);
      if (plain) matched++;
      expect(readChromeRule(line)?.id, JSON.stringify(line)).toBe(plain?.id);
    }
    // The lines reach the rules: most fixed lines are some rule's.
    expect(matched).toBeGreaterThan(60);
  });
});

describe('a streamed page decoded whole', () => {
  const push = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;
  const filler = 'x'.repeat(400);
  const page = (charset: string, body: string) =>
    `<!DOCTYPE html><html><head><meta charset="${charset}"><title>Straße</title></head><body><p>${filler} “quoted” — 中文 😀 ${filler}</p>${body}</body></html>`;
  const streams = [push('0:["$","p",null,{"children":"Grüße aus Köln — 中文"}]\n'), push('1:T40,<p>' + filler + '</p>'), push('')].join(filler);

  it('gives the text and the stream its pieces joined give', () => {
    const utf8 = new TextEncoder().encode(page('utf-8', streams));
    const pages = [
      utf8,
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]),
      Uint8Array.from([...utf8.subarray(0, 500), 0xff, 0xc3, ...utf8.subarray(500)]),
      Uint8Array.from(Buffer.from(page('windows-1252', streams).replace(/[^\x00-\xff]/g, '?'), 'latin1')),
    ];
    for (const bytes of pages) {
      const joined = decodeHtmlPieces(bytes).pieces.join('');
      expect(decodeHtml(bytes).html).toBe(joined);
      expect(nextStreamPayload(decodeHtml(bytes).html)).toEqual(nextStreamPayload(joined));
    }
    expect(nextStreamPayload(decodeHtml(pages[0]).html).chunks).toBe(3);
  });
});
