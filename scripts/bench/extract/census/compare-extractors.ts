/**
 * The measurement behind the HTML path's choice of extractor: each candidate library on each
 * case's saved page, scored like the bench (body F1, headline accuracy) and timed on one core.
 * Candidates that are not installed are skipped; to rerun the full comparison:
 *
 *   npm i --no-save happy-dom hast-util-from-html hast-util-select hast-util-to-text
 *   node scripts/bench/extract/census/compare-extractors.ts [--split dev|heldout|all]
 */
import { parseArgs } from 'node:util';
import { loadCases } from '../cases.ts';
import { aggregate, headlineMatches, matchBodies, type Counts } from '../score.ts';
import { decodeHtml } from '../../../ingest/lib/html/read/html-charset.ts';
import { blocksOf } from '../../../ingest/lib/html/article/html-blocks.ts';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' } } });

interface Out {
  body: string;
  headline: string | null;
}
type Candidate = { name: string; run: (html: string) => Out };

const candidates: Candidate[] = [];
const textOf = (root: unknown) => blocksOf(root as Parameters<typeof blocksOf>[0]).map((b) => b.text).join('\n\n');

async function optional<T>(specifier: string): Promise<T | null> {
  try {
    return (await import(specifier)) as T;
  } catch {
    console.log(`(${specifier} is not installed: skipped)`);
    return null;
  }
}

const linkedom = await optional<typeof import('linkedom')>('linkedom');
const readability = await optional<typeof import('@mozilla/readability')>('@mozilla/readability');
// defuddle ships a UMD bundle: its class is the module's default export.
const defuddleModule = await optional<{ default: { Defuddle?: unknown } }>('defuddle');
const DefuddleClass = (defuddleModule?.default.Defuddle ?? defuddleModule?.default) as
  | (new (doc: Document, options: { url?: string }) => { parse(): { content: string; title: string } })
  | undefined;
const happy = await optional<{ Window: new () => { document: Document; happyDOM: { close(): Promise<void> } } }>('happy-dom');
// Not dependencies of the project (installed only to rerun the comparison), hence loosely typed.
type Hast = { children: unknown[] };
const fromHtml = await optional<{ fromHtml(html: string): Hast }>('hast-util-from-html');
const hastText = await optional<{ toText(node: Hast): string }>('hast-util-to-text');
const hastSelect = await optional<{ select(selector: string, tree: Hast): Hast | null; selectAll(selector: string, tree: Hast): Hast[] }>('hast-util-select');

if (linkedom && readability) {
  candidates.push({
    name: '@mozilla/readability on linkedom',
    run: (html) => {
      const { document } = linkedom.parseHTML(html);
      const article = new readability.Readability(document as unknown as Document, { serializer: (n: Node) => n }).parse();
      return { body: article?.content ? textOf(article.content) : '', headline: article?.title ?? null };
    },
  });
}
if (linkedom && DefuddleClass) {
  candidates.push({
    name: 'defuddle on linkedom',
    run: (html) => {
      const { document } = linkedom.parseHTML(html);
      // A saved page has no address; an unroutable one keeps defuddle's per-site extractors out.
      const result = new DefuddleClass(document as unknown as Document, { url: 'http://page.invalid/' }).parse();
      const { document: out } = linkedom.parseHTML(`<html><body>${result.content}</body></html>`);
      return { body: textOf(out.body), headline: result.title || null };
    },
  });
}
if (happy && readability) {
  candidates.push({
    name: '@mozilla/readability on happy-dom',
    run: (html) => {
      const window = new happy.Window();
      window.document.write(html);
      const article = new readability.Readability(window.document, { serializer: (n: Node) => n }).parse();
      const out = { body: article?.content ? textOf(article.content) : '', headline: article?.title ?? null };
      void window.happyDOM.close();
      return out;
    },
  });
}
if (fromHtml && hastText && hastSelect) {
  // rehype's parser with the simplest structural rule: the page's <article> (else <main>, else
  // <body>) without its scripts, navigation, asides and forms, as innerText.
  candidates.push({
    name: 'rehype-parse (hast) + <article>/<main> innerText',
    run: (html) => {
      const tree = fromHtml.fromHtml(html);
      const root = hastSelect.select('article', tree) ?? hastSelect.select('main', tree) ?? hastSelect.select('body', tree) ?? tree;
      for (const el of hastSelect.selectAll('script, style, noscript, nav, aside, form, footer, header, iframe, svg', root)) {
        el.children = [];
      }
      const h1 = hastSelect.select('h1', tree);
      return { body: hastText.toText(root), headline: h1 ? hastText.toText(h1).trim() : null };
    },
  });
}

const cases = loadCases().filter((c) => values.split === 'all' || c.split === values.split);
console.log(`\n${cases.length} pages (${values.split})\n`);
console.log('| extractor | precision | recall | F1 | headline | pages/s (1 core) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const candidate of candidates) {
  const counts: Counts[] = [];
  let right = 0;
  let judged = 0;
  let failures = 0;
  let ms = 0;
  for (const c of cases) {
    const { html } = decodeHtml(c.html());
    // CPU time, not wall time: pages per second on one core, whatever else the machine is doing.
    const start = process.cpuUsage();
    let out: Out;
    try {
      out = candidate.run(html);
    } catch {
      failures++;
      out = { body: '', headline: null };
    }
    const used = process.cpuUsage(start);
    ms += (used.user + used.system) / 1000;
    counts.push(matchBodies(c.body, out.body));
    if (c.headline !== null) {
      judged++;
      if (headlineMatches(c.headline, out.headline)) right++;
    }
  }
  const s = aggregate(counts);
  const fail = failures ? ` (${failures} threw)` : '';
  console.log(`| ${candidate.name}${fail} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${(right / judged).toFixed(3)} | ${((cases.length * 1000) / ms).toFixed(0)} |`);
}
