/**
 * A page's body must not depend on which pages were read before it. The read-also rule's English
 * labels in capitals ("READ MORE: …") were once a `(?-i:…)` group holding an alternation inside the
 * case-blind pattern, which V8 may compile without its modifier (lib/any-case-pattern.ts): on the
 * metadata set, a guide's own link "Read: How to Live Stream on …" was kept when its page was read
 * alone and cut as "READ:" once other pages' text had been read in the same process. A test cannot
 * replay that history with a few pages, so, as tests/ingest/regex-modifiers.test.ts does, it asks V8
 * for the miscompiled code outright (`--no-regexp-optimization`, in a child process): its answers, for
 * lines and for two pages read in either order, must be those of this process and of each page alone.
 * Written for the test; the child's answers differed before.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

const RULES = pathToFileURL(join(import.meta.dirname, '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts')).href;
const PIPELINE = pathToFileURL(join(import.meta.dirname, '../../scripts/ingest/pipeline.ts')).href;
const REPORT = pathToFileURL(join(import.meta.dirname, '../../scripts/ingest/report.ts')).href;

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

/** The same answers from a child process whose patterns are all compiled as V8's bug compiles them. */
function answersUnoptimised(): { rules: (string | null)[]; ab: string[]; ba: string[] } {
  const script = `
    const { chromeRuleOf } = await import(${JSON.stringify(RULES)});
    const { processArticle } = await import(${JSON.stringify(PIPELINE)});
    const { Report } = await import(${JSON.stringify(REPORT)});
    const pages = ${JSON.stringify(PAGES)};
    const body = ([seed, text]) => processArticle(seed, new TextEncoder().encode(text), [], new Report(seed)).paragraphs.map((p) => p.text).join('\\n');
    console.log(JSON.stringify({ rules: ${JSON.stringify(LINES)}.map((l) => chromeRuleOf(l)?.id ?? null), ab: pages.map(body), ba: [...pages].reverse().map(body).reverse() }));`;
  const out = execFileSync(process.execPath, ['--no-regexp-optimization', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe('a read-also line is read the same whatever the process compiled before', () => {
  it('the label in capitals is a link, written as words it stays, under either compilation', () => {
    const here = LINES.map((l) => chromeRuleOf(l)?.id ?? null);
    expect(here).toEqual([null, null, null, 'read-also', 'read-also', 'read-also']);
    expect(answersUnoptimised().rules).toEqual(here);
  });

  it('two pages read in either order, in either compilation, give the bodies each gives alone', () => {
    const alone = PAGES.map(([seed, text]) => bodyOf(seed, text));
    expect(alone[0]).toContain('Read: How to Go Live Today');
    expect(alone[0]).not.toContain('READ MORE');
    expect(alone[1]).toContain('Read: How to Plan a Trip');
    const reversed = [...PAGES].reverse().map(([seed, text]) => bodyOf(seed, text)).reverse();
    expect(reversed).toEqual(alone);
    const child = answersUnoptimised();
    expect(child.ab).toEqual(alone);
    expect(child.ba).toEqual(alone);
  });
});
