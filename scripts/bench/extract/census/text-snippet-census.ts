/**
 * node scripts/bench/extract/census/text-snippet-census.ts [--id ID]
 *
 * The snippet set's dev pages through the text path (an innerText as a `.txt` seed; tune there,
 * held out is read as totals only): each "with" passage the body misses, with where it went:
 * - not in the innerText at all (the truth's ceiling: the browser never showed it);
 * - read as the page's headline (the body never holds it);
 * - removed by a rule the report names: main-text's "before the article" / "after the article" (the
 *   run of prose stopped short of it, and the reason says what ended the run there) / "inside the
 *   article", or a named rule of clean, dedupe and the caps;
 *   Outside the run, the kind says whether the run took part of the article (it stopped short) or
 *   none of it (it chose another block: comments, a form, a footer's notes; or the page has no run);
 * - partly removed: the passage spans lines, some kept and some removed (the rule of the longest
 *   removed piece is named);
 * - lost with no report naming it (a stage that changed its words, say).
 * Totals by kind at the end, each with its cost in the dev split's recall (the passages of that kind
 * over all "with" passages), then the same totals by the rule and its reason. To see why main-text
 * ended its run where it did, `snippet-pages.ts --id ID --lines` shows each line's class and weight.
 * The pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadSnippetCases } from '../snippet-cases.ts';
import { Report, SkipArticle } from '../../../ingest/report.ts';
import { processArticle } from '../../../ingest/pipeline.ts';
import { compileTopics } from '../../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../../ingest/run.ts';
import { proseParagraphs } from '../../../ingest/lib/html/article/picture-captions.ts';

const { values } = parseArgs({ options: { id: { type: 'string' } } });

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A removed piece shorter than this inside a passage may be a word the passage merely shares ("Share"). */
const PIECE = 20;
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../../content/topics')));

const cases = loadSnippetCases().filter((c) => c.split === 'dev' && c.innerText() !== null && (!values.id || c.id === values.id));
if (values.id && cases.length === 0) throw new Error(`${values.id}: no dev page of that id (held-out pages are read as totals only)`);
const kinds = new Map<string, number>();
const rules = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let withPassages = 0;
for (const c of cases) {
  withPassages += c.with.length;
  const text = c.innerText() ?? '';
  const report = new Report(c.id);
  let body = '';
  let title = '';
  try {
    const record = processArticle(`${c.id}.txt`, new TextEncoder().encode(text), matchers, report);
    body = proseParagraphs(record.paragraphs).map((p) => p.text).join('\n\n');
    title = norm(record.title ?? '');
  } catch (error) {
    if (!(error instanceof SkipArticle)) throw error;
  }
  const out = norm(body);
  const shown = norm(text);
  const removed = report.entries
    .filter((e) => e.action === 'removed' && e.text)
    .map((e) => ({ rule: `${e.stage}:${e.rule}`, detail: e.detail ?? '', text: norm(e.text!) }));
  // A page whose body holds none of its "with" passages: the run chose another block of the page (its
  // comments, a form, a footer's notes) or nothing; else it took part of the article and stopped short.
  const someFound = c.with.some((w) => out.includes(norm(w)));
  const lines: string[] = [];
  for (const w of c.with) {
    const passage = norm(w);
    if (!passage || out.includes(passage)) continue;
    let kind: string;
    let rule: string;
    let detail = '';
    const whole = removed.find((r) => r.text.includes(passage));
    const pieces = removed.filter((r) => r.text.length >= Math.min(PIECE, passage.length) && passage.includes(r.text)).sort((a, b) => b.text.length - a.text.length);
    if (!shown.includes(passage)) [kind, rule] = ['not in the innerText', 'not in the innerText'];
    else if (title && title.includes(passage)) [kind, rule] = ['read as the headline', 'read as the headline'];
    else if (whole ?? pieces[0]) {
      const by = whole ?? pieces[0];
      rule = by.rule;
      detail = by.detail;
      const where = by.detail.replace(/^((?:before|after|inside) the article).*$/s, '$1');
      const outside = by.rule === 'main-text:before-article' || by.rule === 'main-text:after-article';
      kind = `${whole ? 'removed' : 'partly removed'} ${by.rule}${where !== by.detail ? ` (${where}${outside ? (someFound ? ': the run took part of the article' : ': the run took none of it') : ''})` : ''}`;
      // What ended the run there: main-text's own reason, without the page's words.
      if (by.rule === 'main-text:after-article') rule = `${by.rule} ${by.detail.replace(/ begins\)$/, ')').slice(0, 90)}`;
      if (by.rule === 'main-text:before-article' || by.rule === 'main-text:inside-article') rule = `${by.rule} ${by.detail.slice(0, 90)}`;
    } else [kind, rule] = ['lost with no report naming it', 'lost with no report naming it'];
    bump(kinds, kind);
    bump(rules, rule);
    lines.push(`  ${kind}${detail ? ` [${detail.slice(0, 100)}]` : ''}\n     ${passage.slice(0, 160)}`);
  }
  if (lines.length) console.log(`${c.id} ${c.lang}\n${lines.join('\n')}`);
}

const cost = (n: number) => `${((100 * n) / withPassages).toFixed(1).padStart(5)} pts`;
const missed = [...kinds.values()].reduce((a, b) => a + b, 0);
console.log(`\n${cases.length} dev pages of the snippet set, text path: ${missed} of ${withPassages} "with" passages missed (recall ${(1 - missed / withPassages).toFixed(3)})`);
console.log('\nby kind (passages, cost in dev recall):');
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${cost(n)}  ${kind}`);
console.log('\nby rule and reason:');
for (const [rule, n] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${cost(n)}  ${rule}`);
