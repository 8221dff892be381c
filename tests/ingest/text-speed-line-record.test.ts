// Session 41 (issue #13, item 8): a short line's block features, chrome rule and author-line answer are
// remembered on one record per line (lib/page-text/lines/line-record.ts) instead of three memories, and
// a long line's chrome rule in a small memory of its own. Each remembered answer is the one reading the
// line afresh gives, whatever was asked before: the same line in other languages, with other word
// counts, by the other readers, after the memory was cleared. On nasty and random lines.
import { describe, expect, it } from 'vitest';
import { blockFeatures, readBlockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { chromeRuleOf, readChromeRule } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { stopwordsFor, type Language } from '../../scripts/ingest/lib/page-text/language/language.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string[], count: number, maxParts: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxParts) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

const PIECES = [
  'Share', 'this', 'article', 'Advertisement', 'By', 'Jane', 'Roe', 'Reporting', 'by', 'Editing', 'Comments', '12', '(185)', 'hours', 'ago',
  '©', '2024', 'All', 'rights', 'reserved', 'Home', '>', 'News', 'Subscribe', 'to', 'our', 'newsletter', 'We', 'use', 'cookies', 'Read', 'more',
  'the', 'government', 'said', 'on', 'Tuesday', '.', ',', ':', '|', '·', '•', '–', 'Photo:', 'AFP', 'Getty', 'Images', '14:44', 'May', '2,',
  'und', 'der', 'Teilen', 'Artikel', 'anhören', 'você', 'nossa', 'Иван', 'Петров', '记者', '张三', '。', '关注', '评论', 'Ἀθηνᾶ',
  '\u200f', '\u2068', '\u2069', '\u00a0', ' ', ' ', ' ', '  ', '\t',
];

const NASTY = [
  '', ' ', '  Share  ', 'Share', 'Share this article', ' Share this article', '\u2068Share this\u2069', 'Advertisement', 'ADVERTISEMENT',
  'By Jane Roe', 'Jane Roe, Staff Writer', '© 2024 Example News. All rights reserved.', 'Home > News > World', '12 Comments', 'Reply',
  'We use cookies to improve your experience.', 'Subscribe to our newsletter', 'Reporting by Jane Roe; Editing by Tom Hogue', '(AFP)',
  '14:44', '13 hours ago', 'Teilen', 'Artikel anhören', '记者 张三', '相关新闻', '关注我们。欢迎评论。', 'The government said on Tuesday that the talks would go on.',
  'x'.repeat(200), 'x'.repeat(201), `${'Share '.repeat(33)}x`, `${'Share '.repeat(34)}`.trim(), `© 2024 ${'Example '.repeat(30)}All rights reserved.`,
  `${'The government said on Tuesday that the talks would go on. '.repeat(6)}`.trim(),
];

const ENGLISH: Language = { lang: 'en', stopwords: stopwordsFor('eng'), cjk: false };
const GERMAN: Language = { lang: 'de', stopwords: stopwordsFor('deu'), cjk: false };
const CHINESE: Language = { lang: 'zh', stopwords: new Set(), cjk: true };
const UNKNOWN: Language = { lang: 'und', stopwords: new Set(), cjk: false };
const LANGUAGES = [ENGLISH, GERMAN, CHINESE, UNKNOWN];

const lines = [...NASTY, ...randomLines(411, PIECES.flatMap((p) => [p, ' ']), 1500, 24), ...randomLines(412, PIECES.flatMap((p) => [p, ' ']), 150, 140)];

describe('one record per line: each answer is what reading the line afresh gives', () => {
  it('block features, language after language, in both orders', () => {
    for (const order of [LANGUAGES, [...LANGUAGES].reverse(), LANGUAGES]) {
      for (const line of lines) for (const language of order) expect(blockFeatures(line, language), `${language.lang} ${JSON.stringify(line)}`).toEqual(readBlockFeatures(line, language));
    }
  });

  it('chrome rules, short and long lines, asked again after others', () => {
    let matched = 0;
    for (const round of [lines, [...lines].reverse()]) {
      for (const line of round) {
        const fresh = readChromeRule(line) ?? undefined;
        if (fresh) matched++;
        expect(chromeRuleOf(line)?.id, JSON.stringify(line)).toBe(fresh?.id);
      }
    }
    // The lines reach the rules: some match (a test that could not fail otherwise).
    expect(matched).toBeGreaterThan(20);
  });

  it('the three readers of one line keep their own answers', () => {
    // A byline's shape at four words, not past six (text-speed-segment-prechecks.test.ts).
    const line = 'Jane Roe Education editor';
    for (let round = 0; round < 2; round++) {
      expect(chromeRuleOf(line)?.id).toBe(readChromeRule(line)?.id);
      expect(blockFeatures(line, ENGLISH)).toEqual(readBlockFeatures(line, ENGLISH));
      expect(isAuthorLine(line, { byline: false, words: 4 })).toBe(true);
      expect(isAuthorLine(line, { byline: false, words: 7 })).toBe(false);
      expect(blockFeatures(line, CHINESE)).toEqual(readBlockFeatures(line, CHINESE));
      expect(chromeRuleOf('Advertisement')?.id).toBe('ad-label');
      expect(blockFeatures('Advertisement', ENGLISH).chrome?.id).toBe('ad-label');
    }
  });

  it('answers the same once the memory has been cleared (more lines than it holds)', () => {
    const many = randomLines(413, PIECES, 14000, 6);
    const first = many.slice(0, 300).map((line) => chromeRuleOf(line)?.id);
    for (const line of many) chromeRuleOf(line);
    many.slice(0, 300).forEach((line, i) => expect(chromeRuleOf(line)?.id, JSON.stringify(line)).toBe(first[i]));
    // Long lines: more than their memory holds, each asked twice.
    const long = randomLines(414, PIECES.flatMap((p) => [p, ' ']), 700, 160).filter((l) => l.length > 200);
    expect(long.length).toBeGreaterThan(300);
    for (const round of [long, long]) for (const line of round) expect(chromeRuleOf(line)?.id, JSON.stringify(line)).toBe(readChromeRule(line)?.id);
  });
});
