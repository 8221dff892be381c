/**
 * The page budgets at 10,000 articles: `npm run test:scale`, which CI (.ci/run) runs after `npm test`,
 * on its own (it takes both cores and ~3.6 GB for minutes). Generates the bench's synthetic seeds (scripts/bench/corpus/: seven outlet
 * styles, several reports per occasion, duplicates and broken files), builds a copy of the project
 * from them with the steps of `npm run build` (all but the search index, which pages load only on
 * first use and so never weigh on open), and weighs the pages that grow with the corpus.
 *
 * SCALE_ARTICLES=1000 npm run test:scale tries another size; the bench (`npm run bench`) measures
 * the same build's time and memory.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from '../../scripts/bench/corpus/generate.ts';
import { buildSteps, copyProject, projectEnv } from '../../scripts/bench/project-copy.ts';
import { BUDGET, overBudget, pagesToWeigh, weighPage } from '../../scripts/bench/page-weight.ts';
import { loadTopicDefinitions } from '../helpers/content.ts';

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
const budget = `≤ ${BUDGET.totalBytes / 1024} KB gzip on open, ≤ ${BUDGET.scriptBytes / 1024} KB gzip of JS before interaction`;

function expectWithinBudget(page: string): void {
  const weight = weighPage(site, page);
  console.log(`${ARTICLES} seeds, ${page}: ${weight.totalBytes} B gzip (html ${weight.byKind.html}, js ${weight.scriptBytes})`);
  expect(overBudget(weight), page).toEqual([]);
}

describe(`at ${ARTICLES.toLocaleString('en')} articles, pages that grow with the corpus stay small`, () => {
  it('built an article page for nearly every seed (the generator breaks ~1.2 %)', () => {
    expect(built).toBeGreaterThan(ARTICLES * 0.95);
  });

  for (const page of ['/', '/timeline/', '/briefing/', '/topics/']) {
    it(`${page}: ${budget}`, () => expectWithinBudget(page));
  }

  for (const { data } of loadTopicDefinitions()) {
    it(`/topics/${data.slug}/: ${budget}`, () => expectWithinBudget(`/topics/${data.slug}/`));
  }

  // What tests/site/budgets.test.ts weighs, picked from this build: the heaviest year, month, topic
  // timeline and article pages, the undated events.
  it(`every page the budget test picks (heaviest year, month, topic timeline, article; undated): ${budget}`, () => {
    const pages = pagesToWeigh(distDir);
    expect(pages.length).toBeGreaterThan(10);
    const over = pages.flatMap(({ page }) => {
      const weight = weighPage(site, page);
      console.log(`${ARTICLES} seeds, ${page}: ${weight.totalBytes} B gzip (html ${weight.byKind.html}, js ${weight.scriptBytes})`);
      return overBudget(weight).map((problem) => `${page}: ${problem}`);
    });
    expect(over).toEqual([]);
  });
});
