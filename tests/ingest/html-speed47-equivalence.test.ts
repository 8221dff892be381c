/**
 * Session 47's HTML speed changes, held to the code they replace:
 *
 * - the byline cleaner's cuts of a part (lib/bylines/author.ts `nameOfPart`, `withoutDateOrCount`) are
 *   asked only where what they cut can be: the e-mail address and the "@handle" need an "@", the role in
 *   brackets a ")" at the part's end, the month's date and the date or count run into the name a digit.
 *   The patterns as they were, copied here, change nothing on a text without that character (nasty and
 *   random texts, every kind of digit \d does not know among them), and the cleaner still cuts each where
 *   it is there (the guards).
 * - an element without content (lib/html/article/readability-speed.ts `_isElementWithoutContent`): its
 *   text nodes are read in the page's order, depth first, where a stack read every child of a box first.
 *   Held to Readability's own test (`!textContent.trim().length` and the <br>/<hr> count) on every
 *   element of fixed and 300 random tag soups of blank and worded texts, and on a page nested past the
 *   DOM's depth cap.
 *
 * (The lead-in's gap under the headline, lib/html/article/html-article-lead.ts `gapUnderHeadline`, returns
 * no blocks when nothing stands between the headline and the answer's first block without making the set
 * of the answer's texts: the filter of an empty slice it replaces gave no blocks either.)
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor, cleanAuthorReadForTests } from '../../scripts/ingest/lib/bylines/author.ts';
import { MONTH_PATTERN } from '../../scripts/ingest/lib/dates/dates.ts';
import { Readability } from '@mozilla/readability';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
// Installs the faster members on Readability's prototype.
import '../../scripts/ingest/lib/html/article/readability-speed.ts';

/** A small deterministic generator: the same random texts on every run. */
function randomTexts(seed: number, alphabet: string, count: number, maxLength: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

// The cuts as they were in nameOfPart and withoutDateOrCount (base 62d3344e), the role test left out
// (the callback is asked only where the pattern matches).
function emailShaped(word: string): boolean {
  const at = word.indexOf('@', 1);
  return at >= 1 && word.lastIndexOf('.', word.length - 2) >= at + 2;
}
const emailCut = (t: string) => t.replace(/\S+/g, (word) => (emailShaped(word) ? '' : word));
const handleCut = (t: string) => t.replace(/@\S*/g, '');
const bracketRoleCut = (t: string) => t.replace(/(?<!\s)\s*\(([^()]*)\)$/u, '');
const MONTH_DATE = new RegExp(`(?<![\\s,·•|–—-])[\\s,·•|–—-]*\\b${MONTH_PATTERN}\\s*\\d.*$`, 'u');
const monthDateCut = (t: string) => t.replace(MONTH_DATE, '');
function dateOrCountCut(name: string): string {
  const opening = /^\d{1,3}\p{L}+(?=\s|$)/u.exec(name)?.[0];
  const kept = opening && !/^\d+(?:st|nd|rd|th|mins?|hrs?|[hmsk]|am|pm)$/i.test(opening) ? opening : (/^\p{Lu}{2,}\d{1,3}(?=\s|$)/u.exec(name)?.[0] ?? '');
  return kept + name.slice(kept.length).replace(/(?:(?:^|(?<![\s,·•|–—-])[\s,·•|–—-]+)\d|\d(?=[\d\s/.:-])).*$/u, '');
}

const NASTY = [
  '',
  ' ',
  'Anna Berg',
  'Anna Berg, Li Wei and Jo Ma',
  'By Anna Berg - March',
  'Anna Berg March twelfth',
  'Anna Berg (Content Manager',
  'Anna Berg (Content Manager) ',
  'Anna Berg ( )x',
  'anna.berg at example dot org',
  'Anna Berg – – – ·',
  'Anna Berg ٣ comments', // Arabic-Indic digits: not \d
  'Anna Berg ３ Mar', // a full-width digit: not \d
  'Anna Berg Ⅻ', // a Roman numeral letter: not \d
  'ANNA BERG SWR',
  `${'Anna Berg, '.repeat(200)}and the rest of a long paragraph under the headline, set as prose.`,
  ' \u00a0\u2003'.repeat(300),
];
const RANDOM = randomTexts(47, 'Ab Cd ef,.-–·|()@:/\u00a0\u2009ÉéΣς٣３MarchJun ', 3000, 60);

describe('the byline cleaner asks a cut only where its character is', () => {
  it('without an "@", the e-mail and handle cuts change nothing', () => {
    for (const t of [...NASTY, ...RANDOM].filter((x) => !x.includes('@'))) expect(handleCut(emailCut(t))).toBe(t);
  });
  it('without a ")" at the end, the bracketed role cut changes nothing', () => {
    for (const t of [...NASTY, ...RANDOM].filter((x) => !x.endsWith(')'))) expect(bracketRoleCut(t)).toBe(t);
  });
  it('without a digit 0-9, the month date and the date or count cuts change nothing', () => {
    for (const t of [...NASTY, ...RANDOM].filter((x) => !/[0-9]/.test(x))) {
      expect(monthDateCut(t)).toBe(t);
      expect(dateOrCountCut(t)).toBe(t);
    }
  });
  it('the random texts hold each character often enough to test both sides', () => {
    expect(RANDOM.filter((x) => x.includes('@')).length).toBeGreaterThan(500);
    expect(RANDOM.filter((x) => !x.includes('@')).length).toBeGreaterThan(500);
    expect(RANDOM.filter((x) => x.endsWith(')')).length).toBeGreaterThan(50);
  });
  it('still cuts each where its character is (the guards)', () => {
    expect(cleanAuthor('Anna Berg anna.berg@example.org')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg @annaberg')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg (Content Manager)')).toBe('Anna Berg');
    expect(cleanAuthor('By Anna Berg - Mar 27')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg3 comments')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg 12 Mar')).toBe('Anna Berg');
    expect(cleanAuthor('BR24 Redaktion')).toBe('BR24 Redaktion');
    expect(cleanAuthor('4x Labs')).toBe('4x Labs');
    expect(cleanAuthor('Harbor9')).toBe('Harbor9');
  });
  it('reads a name without those characters as before: the same answer remembered or not', () => {
    for (const t of ['Anna Berg', 'Anna Berg, Li Wei and Jo Ma', 'By Anna Berg - March', 'Anna Berg (Content Manager', 'ANNA BERG FOR HARBOR GAZETTE']) {
      expect(cleanAuthorReadForTests(t)).toBe(cleanAuthor(t));
    }
    expect(cleanAuthor('Anna Berg, Li Wei and Jo Ma')).toBe('Anna Berg, Li Wei and Jo Ma');
    expect(cleanAuthor('ANNA BERG FOR HARBOR GAZETTE')).toBe('ANNA BERG');
  });
});

/** The few DOM members these tests read. */
type El = { nodeType: number; tagName: string; textContent: string; children: El[]; getElementsByTagName(t: string): El[] };
const ELEMENT_NODE = 1;
const withoutContent = (e: El) => (Readability.prototype as unknown as { _isElementWithoutContent(this: { ELEMENT_NODE: number }, e: El): boolean })._isElementWithoutContent.call({ ELEMENT_NODE }, e);
/** Readability 0.6's _isElementWithoutContent, as its source computes it. */
const readabilityWithoutContent = (e: El) =>
  e.nodeType === ELEMENT_NODE && e.textContent.trim().length == 0 && (e.children.length == 0 || e.children.length == e.getElementsByTagName('br').length + e.getElementsByTagName('hr').length);
const allElements = (root: El): El[] => [root, ...root.children.flatMap(allElements)];

/** A random tag soup: boxes, words and every kind of whitespace, some boxes empty, some deep. */
function randomSoup(seed: number): string {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const texts = ['', ' ', '\n\t', '\u00a0', '\u3000', '\u200b', '\ufeff', 'w', ' word ', '中文'];
  const tags = ['div', 'section', 'span', 'p', 'br', 'hr', 'b', 'h2', 'header'];
  const box = (depth: number): string => {
    let out = '';
    const n = Math.floor(next() * 4);
    for (let i = 0; i < n; i++) {
      if (next() < 0.5) out += texts[Math.floor(next() * texts.length)];
      else {
        const tag = tags[Math.floor(next() * tags.length)];
        out += tag === 'br' || tag === 'hr' ? `<${tag}>` : `<${tag}>${depth < 6 ? box(depth + 1) : ''}</${tag}>`;
      }
    }
    return out;
  };
  return `<html><body><div>${box(0)}</div></body></html>`;
}

describe("an element without content, its texts read in the page's order", () => {
  it('is what Readability reads, on every element of fixed and random tag soups', () => {
    const pages = [
      '<html><body><div> <span>\u00a0</span><div><br></div></div><div>\n<div></div><div><p>x</p></div></div><section><br><hr></section><header> <b> </b>w</header></body></html>',
      `<html><body>${'<div>'.repeat(500)} ${'</div>'.repeat(500)}<div>${'<div> </div>'.repeat(300)}<p>text</p></div></body></html>`,
      `<html><body>${'<div>'.repeat(500)}deep${'</div>'.repeat(500)}</body></html>`,
    ];
    for (let k = 0; k < 300; k++) pages.push(randomSoup(k + 1));
    let blank = 0;
    let worded = 0;
    for (const html of pages) {
      const { document } = prunePage(html);
      for (const e of allElements(document.body as unknown as El)) {
        const expected = readabilityWithoutContent(e);
        expect(withoutContent(e), `${html} ${e.tagName}`).toBe(expected);
        if (expected) blank++;
        else worded++;
      }
    }
    // Both answers are met often.
    expect(blank).toBeGreaterThan(200);
    expect(worded).toBeGreaterThan(200);
  });
});
