/**
 * node scripts/bench/extract/census/html-snippet-census.ts [--id ID] [--where]
 *
 * The snippet set's dev pages through the HTML path (tune there; held out is read as totals only):
 * each "with" passage the body misses and each "without" passage it keeps, with where it went:
 * - missed: left out by a rule the report names ("removed html:furniture"), in Readability's first
 *   answer but lost after with no report naming it, in a later answer only, not in any answer though
 *   the page shows it (Readability chose another container, or took only part of the article), or not
 *   in the page's innerText at all;
 * - kept: inside Readability's answer (a box it kept: teasers, prompts, labels), or added outside it
 *   by our own steps (the article's box, its opening under the headline);
 * - and for each kept passage, where it stands in the body: before the first "with" passage found,
 *   between two, or after the last (most boxes kept close the article).
 * Totals by kind at the end; `--where` adds each passage's element path in the pruned page (its last
 * six tags with their class and id: to read, never to write a rule on a site's names).
 * The pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { loadSnippetCases } from '../snippet-cases.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline } from './pipeline-body.ts';
import { readabilityAnswers as answers } from './readability-answers.ts';
import { prunePage } from '../../../ingest/lib/html/prune/html-prune.ts';
import { decodeHtmlPieces } from '../../../ingest/lib/html/read/html-charset.ts';

const { values } = parseArgs({ options: { id: { type: 'string' }, where: { type: 'boolean' } } });

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: Node | null;
  children?: ArrayLike<Node>;
  getAttribute?(name: string): string | null;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const PATH_TAGS = 6;

function pathOf(element: Node): string {
  const up: string[] = [];
  for (let p: Node | null = element; p && p.nodeType === 1 && p.nodeName !== 'BODY'; p = p.parentNode) {
    const cls = p.getAttribute?.('class')?.trim().split(/\s+/).slice(0, 2).join('.');
    const id = p.getAttribute?.('id');
    up.unshift(`${p.nodeName.toLowerCase()}${cls ? `.${cls}` : ''}${id ? `#${id}` : ''}`);
  }
  return up.slice(-PATH_TAGS).join('>');
}

/** The deepest element of the pruned page whose text holds the passage. */
function locate(body: Node | null, passage: string): string {
  if (!body || !norm(body.textContent ?? '').includes(passage)) return 'not in the pruned page';
  let at = body;
  for (;;) {
    const next = Array.from(at.children ?? []).find((c) => norm(c.textContent ?? '').includes(passage));
    if (!next) return pathOf(at);
    at = next;
  }
}

const cases = loadSnippetCases().filter((c) => c.split === 'dev' && (!values.id || c.id === values.id));
if (values.id && cases.length === 0) throw new Error(`${values.id}: no dev page of that id (held-out pages are read as totals only)`);
const kinds = new Map<string, number>();
const add = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
for (const c of cases) {
  answers.length = 0;
  const report = new Report(c.id);
  const body = bodyThroughPipeline(`${c.id}.html`, c.html(), report);
  const out = norm(body);
  const first = norm(answers[0] ?? '');
  const any = norm(answers.join(' '));
  const shown = norm(c.innerText() ?? '');
  const removed = report.entries.filter((e) => e.action === 'removed' && e.text).map((e) => ({ why: `${e.stage}:${e.rule}`, detail: e.detail ?? '', text: norm(e.text!) }));
  let page: Node | null | undefined;
  const where = (passage: string) => {
    if (!values.where) return '';
    if (page === undefined) page = (prunePage(decodeHtmlPieces(c.html()).pieces).document.body as unknown as Node) ?? null;
    return `  @ ${locate(page, passage)}`;
  };
  const found = c.with.map((w) => out.indexOf(norm(w))).filter((i) => i >= 0);
  const lines: string[] = [];
  for (const w of c.with) {
    const passage = norm(w);
    if (out.includes(passage)) continue;
    const by = removed.find((r) => r.text.includes(passage));
    const kind = by ? `missed: removed ${by.why}` : first.includes(passage) ? "missed: in Readability's answer, lost with no report" : any.includes(passage) ? "missed: in a later answer only" : shown.includes(passage) ? 'missed: not in any answer, shown' : 'missed: not in the innerText';
    add(kind);
    lines.push(`  ${kind}${by ? ` (${by.detail.slice(0, 60)})` : ''}${where(passage)}\n     ${passage.slice(0, 160)}`);
  }
  for (const w of c.without) {
    const passage = norm(w);
    const at = out.indexOf(passage);
    if (at < 0) continue;
    const place = !found.length ? '' : at < Math.min(...found) ? ', before the first "with"' : at > Math.max(...found) ? ', after the last "with"' : ', between';
    const kind = `kept: ${first.includes(passage) ? "in Readability's answer" : 'added outside it'}${place}`;
    add(kind);
    lines.push(`  ${kind}${where(passage)}\n     ${passage.slice(0, 160)}`);
  }
  if (lines.length) console.log(`${c.id} ${c.lang}\n${lines.join('\n')}`);
}
console.log(`\n${cases.length} dev pages of the snippet set, HTML path: passages by kind`);
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${kind}`);
