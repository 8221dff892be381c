/**
 * An author, or a line kept in a body, must not depend on which pages were read before it. V8
 * before its commit 72b0e27 ("Fix modifiers for ChoiceNodes", nodejs/node#60030; Node 24 has it not)
 * can compile a modifier group
 * `(?i:…)` / `(?-i:…)` that holds an alternation or a quantifier with the modifier lost in some of its
 * branches, and whether a pattern is compiled so depends on the process's history: on the metadata
 * set, two pages' HTML authors changed when each page's text path ran between the HTML pages
 * ("Paycom Blog Contributor" kept its role: ROLE_ALONE's `(?i:editor|writer|…|contributor|…)` no longer
 * took "Contributor"). A test cannot replay that history with a few lines, so it asks V8 for the
 * same code outright: `--no-regexp-optimization` compiles every pattern the way the bug shows, in a
 * child process, and its answers must be the ordinary process's.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { anyCasePattern, caseVariants } from '../../scripts/ingest/lib/any-case-pattern.ts';
import { PUBLICATION_OR_UPDATE_WORDS } from '../../scripts/ingest/lib/dates/date-labels.ts';
import { AUTHOR_SECTION_WORD, BY_LABELS, LINE_OPENING_BYLINE } from '../../scripts/ingest/lib/bylines/byline-labels.ts';

/** A module of the ingest, as the child process imports it. */
const ingestModule = (path: string) => pathToFileURL(join(import.meta.dirname, '../../scripts/ingest', path)).href;
const AUTHOR = ingestModule('lib/bylines/author.ts');
const LABELS = ingestModule('lib/bylines/byline-labels.ts');

/** Bylines whose answer went through a modifier group: a role alone after the name, an agency after it, a stamp label run into it. */
const BYLINES = [
  'Anna Berg Contributor',
  'Harbor Blog Contributor\n\n    \nHarbor Blog Contributor',
  'Li Wei Correspondent',
  'Anna Berg Redakteurin',
  'Jan Smit Updated',
  'Anna Berg mit AGENTUREN',
  'Anna Berg with Agencies',
  'Ana Ruiz con Agencias',
  'ANNA BERGUPDATED on May 5, 2024',
  'Anna Berg Published: May 5, 2024',
];
/** Lines the line-opening byline pattern (used with `iu`) reads: a capital, a caseless script, a handle, and a sentence. */
const OPENING_LINES = ['By Anna Berg', 'by Anna Berg', 'By 김민수', 'By infuy', 'by ibby | May 2, 2024', 'By the time the storm hit', 'Par ailleurs, la ville'];

/** The same answers computed in a child process whose patterns are all compiled as V8's bug compiles them. */
function answersUnoptimised(): { authors: (string | null)[]; opening: boolean[] } {
  const script = `
    const { cleanAuthor } = await import(${JSON.stringify(AUTHOR)});
    const { LINE_OPENING_BYLINE } = await import(${JSON.stringify(LABELS)});
    const opening = new RegExp('^' + LINE_OPENING_BYLINE, 'iu');
    console.log(JSON.stringify({ authors: ${JSON.stringify(BYLINES)}.map((b) => cleanAuthor(b)), opening: ${JSON.stringify(OPENING_LINES)}.map((l) => opening.test(l)) }));`;
  return unoptimised(script);
}

/** What `script` prints (one JSON line), run in a child process that compiles every pattern as V8's bug compiles them. */
function unoptimised<T>(script: string): T {
  return JSON.parse(execFileSync(process.execPath, ['--no-regexp-optimization', '--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('a byline gives the same author whatever the process compiled before', () => {
  it('the role, agency and stamp label after a name are cut under either compilation', () => {
    const here = BYLINES.map((b) => cleanAuthor(b));
    expect(here).toEqual(['Anna Berg', 'Harbor Blog', 'Li Wei', 'Anna Berg', 'Jan Smit', 'Anna Berg', 'Anna Berg', 'Ana Ruiz', 'ANNA BERG', 'Anna Berg']);
    const opening = new RegExp(`^${LINE_OPENING_BYLINE}`, 'iu');
    const openingHere = OPENING_LINES.map((l) => opening.test(l));
    expect(openingHere).toEqual([true, true, true, true, true, false, false]);
    expect(answersUnoptimised()).toEqual({ authors: here, opening: openingHere });
  });
});

/** Every pattern source of the ingest's code, comments left out, with its file. */
function ingestSources(): { file: string; text: string }[] {
  const root = join(import.meta.dirname, '../../scripts/ingest');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '') }));
}

/**
 * What each `(?-i:` group of a file holds, to its closing parenthesis at any depth: a group nesting
 * groups within groups ("(?-i:(?:READ (?:MORE|ALSO)|…))") slipped past a pattern that read one level.
 */
function modifierGroups(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('(?-i:'); at !== -1; at = text.indexOf('(?-i:', at + 1)) {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) {
        out.push(text.slice(at + 5, i));
        break;
      }
    }
  }
  return out;
}

describe('the ingest writes no modifier group V8 may compile wrong', () => {
  it('no `(?i:…)` group: a case-insensitive part is written out (anyCasePattern)', () => {
    const found = ingestSources().filter((s) => s.text.includes('(?i:')).map((s) => s.file);
    expect(found).toEqual([]);
  });

  it('a `(?-i:…)` group holds one letter class or one lower-case word, no alternation or quantifier', () => {
    const ONE_ATOM = /^(?:\\\\?p\{\w+\}|\[[^\]]*\]|\p{Ll}+|\$\{LOWER_CASE_ONLY_BY\})$/u;
    const bad: string[] = [];
    for (const { file, text } of ingestSources()) {
      for (const inside of modifierGroups(text)) if (!ONE_ATOM.test(inside)) bad.push(`${file}: (?-i:${inside})`);
    }
    expect(bad).toEqual([]);
  });
});

describe('anyCasePattern', () => {
  it('matches what the `iu` flags match, on the label lists it writes out', () => {
    const patterns = [PUBLICATION_OR_UPDATE_WORDS, BY_LABELS, AUTHOR_SECTION_WORD, 'agenc(?:y|ies|ias|es)|agenturen|agências|agencias'];
    for (const p of patterns) {
      const written = new RegExp(`^(?:${anyCasePattern(p)})`, 'u');
      const flagged = new RegExp(`^(?:${p})`, 'iu');
      const words = p.replace(/\\[ps](?:\{\w+\})?|\(\?[:=!<]*|[()?*+{}[\]|\\]/g, ' ').split(/\s+/).filter(Boolean);
      for (const w of words) {
        for (const s of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.replace(/s/g, 'ſ'), w.replace(/k/g, 'K'), `${w.toUpperCase()}:`, `${w} x`]) {
          expect([p.slice(0, 20), s, written.exec(s)?.[0]]).toEqual([p.slice(0, 20), s, flagged.exec(s)?.[0]]);
        }
      }
    }
  });

  it('gives each letter every character the `iu` flags take for it (the Kelvin sign for k, the long s for s)', () => {
    expect(caseVariants('k').sort()).toEqual(['K', 'k', '\u212A'].sort());
    expect(caseVariants('s').sort()).toEqual(['S', 's', '\u017F'].sort());
    expect(caseVariants('1')).toEqual(['1']);
    // Whole, for the letters the ingest's labels are written in: every character of the planes with case.
    const all: string[] = [];
    for (let c = 0; c < 0x20000; c++) if (c < 0xd800 || c >= 0xe000) all.push(String.fromCodePoint(c));
    const cased = all.filter((s) => s.toLowerCase() !== s || s.toUpperCase() !== s);
    for (const ch of 'abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýßабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґαβγδεζηθικλμνξοπρστυφχψω') {
      const re = new RegExp(`^[${ch}]$`, 'iu');
      expect([ch, [...caseVariants(ch)].sort()]).toEqual([ch, cased.filter((s) => re.test(s)).concat(cased.includes(ch) ? [] : [ch]).sort()]);
    }
  });

  it('leaves what has no case, escapes and group syntax as they are', () => {
    expect(anyCasePattern(String.raw`(?:an?\s+)?by`)).toBe(String.raw`(?:[aA][nN]?\s+)?[bB][yY]`);
    expect(anyCasePattern('r[ée]d|发布时间')).toBe('[rR][éÉeE][dD]|发布时间');
  });
});

/**
 * The read-also rule's English labels in capitals ("READ MORE: …") were once a `(?-i:…)` group holding
 * an alternation inside the case-blind pattern: on the metadata set, a guide's own link "Read: How to
 * Live Stream on …" was kept when its page was read alone and cut as "READ:" once other pages' text
 * had been read in the same process. Its answers, for lines and for two pages read in either order,
 * must be the same in the child, in this process, and for each page alone. The child's differed before.
 */
const LINES = [
  // a guide's own link, written as words: kept
  'Read: How to Go Live Today',
  'Watch: The harbor ferries in a storm',
  'Related: The best ferry routes for families',
  // the label in capitals: another story's link
  'READ: How the harbor ferries were built',
  'READ MORE: Harbor council approves the new ferry terminal',
  'WATCH: Crowds gather as the tall ships sail in',
];

const para = (n: number) =>
  `The harbor ferries carried ${n} thousand passengers last year, and the council expects more after the new terminal opens in the spring, the port authority said in its annual report on Tuesday.`;
/** Two guides, each with its own "Read: …" link between paragraphs and one in capitals. */
const PAGES: [string, string][] = [
  ['guide-a.txt', ['How to stream a harbor festival', para(1), 'Read: How to Go Live Today', para(2), 'READ MORE: Harbor council approves the new ferry terminal', para(3)].join('\n\n')],
  ['guide-b.txt', ['Choosing a ferry route for a family trip', para(4), 'Read: How to Plan a Trip', para(5), 'WATCH: Crowds gather as the tall ships sail in', para(6)].join('\n\n')],
];

function bodyOf(seed: string, text: string): string {
  return processArticle(seed, new TextEncoder().encode(text), [], new Report(seed)).paragraphs.map((p) => p.text).join('\n');
}

/** The read-also answers from a child process whose patterns are all compiled as V8's bug compiles them. */
function readAlsoUnoptimised(): { rules: (string | null)[]; ab: string[]; ba: string[] } {
  const script = `
    const { chromeRuleOf } = await import(${JSON.stringify(ingestModule('lib/page-text/chrome/chrome-rules.ts'))});
    const { processArticle } = await import(${JSON.stringify(ingestModule('pipeline.ts'))});
    const { Report } = await import(${JSON.stringify(ingestModule('report.ts'))});
    const pages = ${JSON.stringify(PAGES)};
    const body = ([seed, text]) => processArticle(seed, new TextEncoder().encode(text), [], new Report(seed)).paragraphs.map((p) => p.text).join('\\n');
    console.log(JSON.stringify({ rules: ${JSON.stringify(LINES)}.map((l) => chromeRuleOf(l)?.id ?? null), ab: pages.map(body), ba: [...pages].reverse().map(body).reverse() }));`;
  return unoptimised(script);
}

describe('a read-also line is read the same whatever the process compiled before', () => {
  it('the label in capitals is a link, written as words it stays, under either compilation', () => {
    const here = LINES.map((l) => chromeRuleOf(l)?.id ?? null);
    expect(here).toEqual([null, null, null, 'read-also', 'read-also', 'read-also']);
    expect(readAlsoUnoptimised().rules).toEqual(here);
  });

  it('two pages read in either order, in either compilation, give the bodies each gives alone', () => {
    const alone = PAGES.map(([seed, text]) => bodyOf(seed, text));
    expect(alone[0]).toContain('Read: How to Go Live Today');
    expect(alone[0]).not.toContain('READ MORE');
    expect(alone[1]).toContain('Read: How to Plan a Trip');
    const reversed = [...PAGES].reverse().map(([seed, text]) => bodyOf(seed, text)).reverse();
    expect(reversed).toEqual(alone);
    const child = readAlsoUnoptimised();
    expect(child.ab).toEqual(alone);
    expect(child.ba).toEqual(alone);
  });
});
