/**
 * topics: which of the defined topics an article is about, and the sentences that say so.
 * Definitions are data (content/topics/*.md): aliases match in any case, `caseSensitive` names only
 * as written (so "iterate" or "Iter" is not ITER), always as whole words; a match inside a
 * `notWhen` phrase ("ska music", "seat belt and road") does not count.
 */
import type { Paragraph, TopicExcerpt } from '../types.ts';
import type { TopicDefinition } from '../../../src/schema.ts';
import { Report } from '../report.ts';
import { literalPattern } from '../lib/literal-pattern.ts';

export interface TopicMatcher {
  slug: string;
  name: string;
  pattern: RegExp;
  veto: RegExp | null;
}

const word = (alt: string) => `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
/** Chinese has no spaces between words: a name written in Han characters matches anywhere. */
const isHan = (s: string) => /\p{Script=Han}/u.test(s);

export function compileTopics(definitions: TopicDefinition[]): TopicMatcher[] {
  return [...definitions]
    .sort((a, b) => a.order - b.order)
    .map((d) => {
      // One pattern per topic: exact-case names as written, aliases with per-letter case classes
      // (JavaScript has no inline case-insensitive groups).
      const latin = d.aliases.filter((a) => !isHan(a));
      const han = [...d.aliases, ...d.caseSensitive].filter(isHan).map(literalPattern);
      const alternatives = [...d.caseSensitive.filter((a) => !isHan(a)).map(literalPattern), ...(latin.length ? [lowerOrFold(latin)] : [])];
      const pattern = new RegExp([word(alternatives.join('|') || '(?!)'), ...han].join('|'), 'gu');
      return {
        slug: d.slug,
        name: d.name,
        pattern,
        veto: d.notWhen.length ? new RegExp(word(d.notWhen.map(literalPattern).join('|')), 'giu') : null,
      };
    });
}

/** Aliases as a pattern that matches any letter case, built from per-letter classes. */
function lowerOrFold(aliases: string[]): string {
  return aliases
    .map((a) =>
      [...a]
        .map((ch) => {
          const lo = ch.toLowerCase();
          const up = ch.toUpperCase();
          return lo !== up ? `[${lo}${up}]` : literalPattern(ch);
        })
        .join(''),
    )
    .join('|');
}

export function findTopics(paragraphs: Paragraph[], matchers: TopicMatcher[], report: Report): { topics: string[]; excerpts: TopicExcerpt[] } {
  const excerpts: TopicExcerpt[] = [];
  for (const m of matchers) {
    for (const p of paragraphs) {
      for (const sentence of p.sentences) {
        const match = firstMatch(sentence, m, report);
        if (match) excerpts.push({ topic: m.slug, paragraph: p.id, sentence, match });
      }
    }
  }
  const topics = matchers.map((m) => m.slug).filter((slug) => excerpts.some((e) => e.topic === slug));
  for (const t of topics) report.add('topics', 'topic', 'found', t, `${excerpts.filter((e) => e.topic === t).length} sentences`);
  return { topics, excerpts };
}

/**
 * The topic's matches in the sentence, in order, as `sentence.matchAll(m.pattern)` gives them, read
 * with the pattern itself: matchAll makes a copy of the pattern and an iterator for every sentence
 * and topic, which was most of this stage's time. No alternative of a topic's pattern matches empty
 * text; if one did, the search moves on a code point, as matchAll's does.
 */
function firstMatch(sentence: string, m: TopicMatcher, report: Report): string | null {
  const pattern = m.pattern;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(sentence); hit; hit = pattern.exec(sentence)) {
    if (hit[0] === '') pattern.lastIndex = nextCodePoint(sentence, pattern.lastIndex);
    if (m.veto && insideVeto(sentence, hit.index, hit[0].length, m.veto)) {
      report.add('topics', 'not-the-topic', 'removed', sentence, `"${hit[0]}" is inside a phrase that is not ${m.name}`);
      continue;
    }
    return hit[0];
  }
  return null;
}

/** The index after the code point at `at` (a surrogate pair is one). */
function nextCodePoint(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at + (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
}

function insideVeto(sentence: string, start: number, length: number, veto: RegExp): boolean {
  veto.lastIndex = 0;
  for (const v of sentence.matchAll(veto)) {
    if (v.index! <= start && start + length <= v.index! + v[0].length) return true;
  }
  return false;
}
