// Session 40's prechecks in segment's readers (issue #13, item 8) answer as the forms they cut short:
// the byline cleaner asked of a header line only when it may open with a bare name, and the notice
// variants' chunks read only on a line with a figure or a currency's code; a short line's byline test
// remembered by the line and its word count. On nasty and random lines.
import { describe, expect, it } from 'vitest';
import { bareName, mayOpenWithName, nameBeforeItsTail } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { cleanAuthor, isRole } from '../../scripts/ingest/lib/bylines/author.ts';
import { hasVaryingChunk } from '../../scripts/ingest/stages/main-text/inside/notice-variants.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string[], count: number, maxParts: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxParts) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

/** Pieces of bylines, roles, separators, particles and prose, in the cases and scripts a header mixes. */
const PIECES = [
  'Anna', 'Berg', 'BergFounder', 'Li', 'Wei', 'van', 'der', 'de', 'al', 'el', 'and', 'und', '&', 'y', 'e', 'og', 'och', 'vanish', 'every',
  'the', 'government', 'said', 'Staff', 'Writer', 'Senior', 'Editor', 'Reporter', 'writer', 'ANNA', 'BERG', 'LAST', 'UPDATED', 'By', 'by',
  '(Example', 'Software)', '(Blog)', '|', '·', '•', '–', '—', '-', '@anna', 'anna@example.org', ',', '.', ':', '1', '2025', 'Jan.',
  'Émile', 'Łukasz', 'Ölund', 'ørsted', 'Иван', 'Петров', '张三', '이상현', 'Ἀθηνᾶ', '\u00a0', ' ', ' ', ' ', '  ', '\t', '\u200f',
];

const NASTY = [
  '', ' ', 'Anna', 'Anna ', ' Anna Berg', 'Anna Berg', 'Anna Berg |', 'Anna Berg|', 'Anna Berg | Example Journal', 'Anna Berg - Example Journal',
  'Anna BergFounder at Example Labs', 'Anna Berg Founder & Lead Reviewer', 'Anna Berg@annaberg', 'ANNA BERGLAST UPDATED', 'Anna Berg, Managing Editor',
  'anna Berg | Example', 'Anna berg | Example', 'Anna van Berg · Staff Writer', 'van Berg Anna | X', 'and Anna Berg | X', 'Ann (Example Software) | Blog',
  'Ann (Example) Writer', 'Anna\u00a0Berg | Example', 'Anna\tBerg | Example', 'Émile Zola — Le Monde', 'Иван Петров | Редакция', '张三 李四 | 新闻',
  'The Prime Minister said on Tuesday that the talks would go on.', 'Anna Berg Senior Editor', 'Anna eBerg | X', 'Anna yBerg Writer',
];

describe('nameBeforeItsTail: the byline cleaner asked only of a line that may open with a name', () => {
  // The form before the precheck, as it was.
  function before(line: string): string | null {
    const text = line.trim();
    const name = cleanAuthor(text);
    if (!name || name === text || !text.startsWith(name) || !bareName(name)) return null;
    const rest = text.slice(name.length).trim();
    if (/^[|·•]$/u.test(rest)) return /\p{Ll}/u.test(name) ? name : null;
    return /^(?:[|@·•]\D+|[–—-]\s\D+)$/u.test(rest) || isRole(rest) ? name : null;
  }
  it('answers as before on nasty and random lines', () => {
    const lines = [...NASTY, ...randomLines(40, PIECES.flatMap((p) => [p, ' ']), 4000, 14)];
    let named = 0;
    for (const line of lines) {
      const was = before(line);
      if (was) named++;
      expect(nameBeforeItsTail(line), JSON.stringify(line)).toBe(was);
      // The precheck is a necessary condition: a line it turns away gives no name.
      if (!mayOpenWithName(line.trim())) expect(was, JSON.stringify(line)).toBeNull();
    }
    // The lines reach the rule: some give a name (a test that could not fail otherwise).
    expect(named).toBeGreaterThan(20);
  });
  it('turns away prose and one-word lines', () => {
    expect(mayOpenWithName('The government said on Tuesday.')).toBe(false);
    expect(mayOpenWithName('Anna')).toBe(false);
    expect(mayOpenWithName('Anna Berg | Example Journal')).toBe(true);
    expect(mayOpenWithName('Ann (Example Software)')).toBe(true);
  });
});

describe('noticesInVariants: a line is split into chunks only when one may vary', () => {
  const VARYING = /\d|^[A-Z]{3}\+?$/u;
  const before = (line: string) => line.split(/\s+/).filter((chunk) => chunk).some((chunk) => VARYING.test(chunk));
  it('answers as testing each chunk did, on nasty and random lines', () => {
    const nasty = ['', ' ', 'CAD', 'CAD+', ' CAD+ ', 'xCAD', 'CADx', 'CAD++', 'CA D', 'CADD', '$40+', 'on orders of 65€', 'a\u00a0CAD\u00a0b', 'a\tUSD', '٣', '３', 'ＣＡＤ', 'Free standard shipping'];
    const lines = [...nasty, ...randomLines(41, ['C', 'A', 'D', 'U', 'S', 'x', '+', ' ', '\u00a0', '\t', '1', '٣', 'é', '$'], 4000, 12)];
    for (const line of lines) expect(hasVaryingChunk(line), JSON.stringify(line)).toBe(before(line));
  });
});

describe("isAuthorLine: a short line's answer remembered by the line and its word count", () => {
  const lines = [
    ...NASTY, 'Jane Roe Education editor', 'Jane Roe Political correspondent', 'By Jane Roe', 'byJane Roe', 'Jane RoeView More Articles', 'Jane Smith | Outlet',
    'Jane Smith, Outlet Name', 'Inventory Planning, Part IV', 'Daily Planet Editorial Staff', 'A Post By: Jane Roe', 'Jane Roe, MS, RD', 'Jane Roe 1, John Doe 2, Ann Lee 1,*',
    'Daniel Voss, AP National Security Writer', 'Reviewed By: Jane Roe, PhD', `Jane Roe | ${'x'.repeat(200)}`, ...randomLines(42, PIECES.flatMap((p) => [p, ' ']), 600, 10),
  ];
  it('gives what reading the line gives, whatever was asked before', () => {
    // Asked once each (every answer read), then again in the other order (every answer remembered), the
    // same line with other word counts in between: a key that left out the count would mix them up.
    const read = new Map<string, boolean>();
    let yes = 0;
    for (const line of lines) for (let words = 0; words <= 16; words++) {
      const answer = isAuthorLine(line, { byline: false, words });
      read.set(`${words}|${line}`, answer);
      if (answer) yes++;
    }
    for (const line of [...lines].reverse()) for (let words = 16; words >= 0; words--) expect(isAuthorLine(line, { byline: false, words }), `${words} ${JSON.stringify(line)}`).toBe(read.get(`${words}|${line}`));
    expect(yes).toBeGreaterThan(50);
    // The word count decides: "Jane Roe Education editor" is a byline's shape at four words, not past six.
    expect(isAuthorLine('Jane Roe Education editor', { byline: false, words: 4 })).toBe(true);
    expect(isAuthorLine('Jane Roe Education editor', { byline: false, words: 7 })).toBe(false);
    expect(isAuthorLine('Jane Roe Education editor', { byline: true, words: 7 })).toBe(true);
  });
});
