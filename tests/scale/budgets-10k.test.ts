/**
 * The page budgets at 10,000 articles: `npm run test:scale`, which CI (.ci/run) runs after `npm test`,
 * on its own (it takes both cores and ~3.6 GB for minutes). Generates the bench's synthetic seeds (scripts/bench/corpus/: seven outlet
 * styles, several reports per occasion, duplicates and broken files), builds a copy of the project
 * from them with the steps of `npm run build` (all but the search index, which pages load only on
 * first use and so never weigh on open), and weighs every HTML page of the build against the budget
 * (scripts/bench/page-weight.ts: what loads on open beyond an article's own text), printing the
 * heaviest page of each kind.
 *
 * SCALE_ARTICLES=1000 npm run test:scale tries another size; the bench (`npm run bench`) measures
 * the same build's time and memory.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from '../../scripts/bench/corpus/generate.ts';
import { buildSteps, copyProject, projectEnv } from '../../scripts/bench/project-copy.ts';
import { BUDGET, describeKinds, weighEveryPage, type SiteWeight } from '../../scripts/bench/page-weight.ts';
import { DATELINE_OR_BYLINE, expectedBriefings, quotedTexts, readBriefings, readerQuoteCount, speakerCounts, subjectOf, type PrintedBriefing } from '../helpers/briefings.ts';
import { readDataDir } from '../../scripts/ingest/output.ts';
import { formatDate } from '../../src/lib/text/dates.ts';

const ARTICLES = Number(process.env.SCALE_ARTICLES ?? 10_000);
const work = mkdtempSync(join(tmpdir(), `scale-${ARTICLES}-`));
const project = join(work, 'project');
const distDir = join(project, 'dist');
let built = 0;

/**
 * One build step, with progress: its output is passed on, except that of the one line per page
 * Astro prints only every thousandth is shown.
 */
function runStep(step: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', step], { cwd: project, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let pages = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const isPage = /[├└]─ \//.test(line);
      if (isPage) pages++;
      if (!isPage || pages % 1000 === 0) console.log(isPage ? `  … ${pages} pages rendered: ${line.trim()}` : line);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${step} exited with ${code}`))));
  });
}

beforeAll(async () => {
  const seeds = join(work, 'seeds');
  console.log(`scale test: generating ${ARTICLES} seeds`);
  writeCorpus(seeds, generateCorpus(ARTICLES, DEFAULT_SEED));
  copyProject(project);
  const env = projectEnv(project, { SEEDS_DIR: seeds });
  for (const step of buildSteps(project).filter((s) => !/search-index/.test(s))) {
    console.log(`scale test (${ARTICLES} seeds): ${step}`);
    await runStep(step, env);
  }
  built = readdirSync(join(distDir, 'articles')).length;
}, 40 * 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const site = { distDir, base: '/' };
const budget = `≤ ${BUDGET.totalBytes / 1024} KB gzip on open beyond an article's own text, ≤ ${BUDGET.scriptBytes / 1024} KB gzip of JS before interaction`;

describe(`at ${ARTICLES.toLocaleString('en')} articles, every page stays small`, () => {
  let weight: SiteWeight;
  beforeAll(() => {
    weight = weighEveryPage(site);
    console.log(`${ARTICLES} seeds, the heaviest page of each kind:\n${describeKinds(weight.kinds)}`);
    for (const o of weight.overByOwnText) console.log(`${o.page}: ${o.totalBytes} B gzip in all, over by ${o.ownTextBytes} B of the article's own text only: allowed`);
  });

  it('built an article page for nearly every seed (the generator breaks ~1.2 %)', () => {
    expect(built).toBeGreaterThan(ARTICLES * 0.95);
  });

  it(`every HTML page of the build, of every kind: ${budget}`, () => {
    const kinds = weight.kinds.map((k) => k.kind);
    for (const kind of ['/', '/timeline/', '/timeline/<year>/<month>/', '/timeline/<year>/<month>/<days>/', '/topics/<slug>/', '/articles/<slug>/', '/people/', '/people/<slug>/', '/figures/', '/briefing/']) expect(kinds).toContain(kind);
    expect(weight.kinds.reduce((n, k) => n + k.pages, 0)).toBeGreaterThan(built);
    expect(weight.problems).toEqual([]);
  });
});

describe(`at ${ARTICLES.toLocaleString('en')} articles, every briefing is printed within 12 A4 pages`, () => {
  let briefings: PrintedBriefing[] = [];
  const api = <T>(name: string): T => JSON.parse(readFileSync(join(distDir, 'api', `${name}.json`), 'utf8')) as T;
  let corpus: Parameters<typeof subjectOf>[1];
  beforeAll(() => {
    briefings = readBriefings(distDir);
    corpus = { topics: api<{ topics: CorpusTopic[] }>('topics').topics, events: api<{ events: CorpusEvent[] }>('events').events, articles: api<{ articles: CorpusArticle[] }>('articles').articles };
  });
  type CorpusTopic = Parameters<typeof subjectOf>[1]['topics'][number];
  type CorpusEvent = Parameters<typeof subjectOf>[1]['events'][number];
  type CorpusArticle = Parameters<typeof subjectOf>[1]['articles'][number];

  it('one per topic and per year, beside the one on everything, each linked to its PDF in dist/briefings/', () => {
    const expected = expectedBriefings(corpus.topics.map((t) => t.slug), corpus.events, corpus.articles);
    expect(briefings.map((b) => b.name).sort()).toEqual([...expected].sort());
    for (const b of briefings) {
      console.log(`${ARTICLES} seeds, ${b.page}: ${b.info.pages} pages, ${b.promised?.size}`);
      expect(b.pdfHref, b.page).toBe(`/briefings/${b.name}.pdf`);
      expect(b.promised?.pages, b.page).toBe(b.info.pages);
    }
  });

  it('each a tagged A4 PDF of 1 to 12 pages with an outline and links that resolve', () => {
    for (const b of briefings) {
      expect([Math.round(b.info.width), Math.round(b.info.height)], b.page).toEqual([595, 842]);
      expect(b.info.pages, b.page).toBeGreaterThanOrEqual(1);
      expect(b.info.pages, b.page).toBeLessThanOrEqual(12);
      expect(b.info.tagged, b.page).toBe(true);
      expect(b.outline, b.page).toEqual(expect.arrayContaining(['Summary', 'Timeline', 'Who spoke', 'Sources']));
      for (const uri of new Set(b.uris)) {
        // Relative to the PDF when the site was built without SITE_URL (scripts/lib/pdf-links.ts).
        const path = new URL(uri, `https://pdf.invalid${b.pdfHref}`).pathname.replace(/^\/+/, '');
        expect(existsSync(join(distDir, path, 'index.html')) || existsSync(join(distDir, path)), uri).toBe(true);
      }
    }
  });

  it("each tells its subject's first and last day, and its speakers with their true number of quotes, none starting with a dateline", () => {
    const people = readDataDir(join(project, 'content', 'data')).people;
    const byName = new Map(people.map((p) => [p.name, p]));
    for (const b of briefings) {
      const { events, inScope } = subjectOf(b.name, corpus);
      expect(b.text, b.page).toContain(formatDate(events[0].date!));
      expect(b.text, b.page).toContain(formatDate(events[events.length - 1].date!));
      const said = speakerCounts(b.html);
      expect(said.length, b.page).toBeGreaterThan(0);
      for (const s of said) {
        expect(b.text, b.page).toContain(s.name);
        expect(s.total, `${b.page}: ${s.name}`).toBe(readerQuoteCount(byName.get(s.name)!, inScope));
      }
      for (const q of quotedTexts(b.html)) expect(q.text, b.page).not.toMatch(DATELINE_OR_BYLINE);
    }
  });
});
