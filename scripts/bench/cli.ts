/**
 * `npm run bench -- --articles N`: how the build scales on this machine.
 *
 * Generates N synthetic raw seeds (deterministic), builds them in a throwaway copy of the project,
 * and in the same run builds a bare Astro project of the same number of plain MDX pages, so the
 * ratio shows our overhead rather than the machine's speed. Also measures the incremental ingest
 * (one seed changed, one deleted), peak memory, and the page-weight budgets at that size.
 * Prints the results and merges them into bench/results.json under the key N.
 *
 * Options: --seed S (corpus seed), --profile (CPU profiles of the ingest, cold and after one change;
 * summaries printed and kept in results.json), --profile-astro (also the astro build: slow, large),
 * --no-baseline (skip the bare-Astro build).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './baseline.ts';
import { DEFAULT_SEED, generateCorpus, writeCorpus, type SeedFile } from './corpus/generate.ts';
import { printProfile, summarizeProfile } from './cpu-profile.ts';
import { compareTrees, describeDifference } from './dist-compare.ts';
import { articlesBySeed, articleText, dataFilesNaming, ingestCounts } from './ingest-output.ts';
import { BUDGET, overBudget, pagesToWeigh, weighPage } from './page-weight.ts';
import { buildSteps, copyProject, projectEnv, repoRoot } from './project-copy.ts';
import { round, runStep, type StepResult } from './run-timed.ts';
import { maxOf } from '../../src/lib/charts/extent.ts';

const TARGETS = {
  ingestArticlesPerSecond: 2000,
  buildRatioToBaseline: 1.2,
  peakRssMiB: 4096,
  incrementalIngestSeconds: 1,
};

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    profile: { type: 'boolean', default: false },
    'profile-astro': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 20) throw new Error('--articles must be an integer ≥ 20');

const work = join(repoRoot, 'bench', 'tmp', `run-${count}`);
const seedsDir = join(work, 'seeds');
const project = join(work, 'project');
const logs = join(work, 'logs');
let phaseNumber = 0;
const phase = (title: string) => console.log(`\n== ${++phaseNumber}. ${title}`);
const log = (name: string) => join(logs, `${name}.log`);

function machine() {
  const version = (pkg: string) => JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {}
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    kernel: release(),
    node: process.version,
    astro: version('astro'),
    mdx: version('@astrojs/mdx'),
    commit,
    /** Other work on the machine makes timings noisy; the 1-minute load says how busy it was. */
    loadAverageAtStart: round(loadavg()[0]),
  };
}

function must(result: StepResult): StepResult {
  if (result.exitCode !== 0) {
    const tail = readFileSync(result.log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${result.step} failed (exit ${result.exitCode}); last lines of ${result.log}:\n${tail}`);
  }
  return result;
}

/**
 * Seeds that are safe to edit or delete: plain UTF-8 reports with one copy of the body and no exact
 * duplicate elsewhere, so one edit changes one article.
 */
function editableSeeds(files: SeedFile[]): SeedFile[] {
  const key = (f: SeedFile) => Buffer.from(f.bytes).toString('base64');
  const copies = new Map<string, number>();
  for (const f of files) copies.set(key(f), (copies.get(key(f)) ?? 0) + 1);
  const styles = new Set(['agency-stamped', 'agency-date-prefix', 'published-line']);
  return files
    .filter((f) => f.kind === 'report' && f.encoding === 'utf8' && styles.has(f.style!) && copies.get(key(f)) === 1)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** An edit a reader would notice: one more sentence at the end of the lead paragraph. */
function withSentenceAdded(bytes: Uint8Array, sentence: string): Buffer {
  const lines = Buffer.from(bytes).toString('utf8').split('\n');
  const lead = lines.findIndex((line) => line.length > 100 && line.trimEnd().endsWith('.'));
  lines[lead] = `${lines[lead].trimEnd()} ${sentence}`;
  return Buffer.from(lines.join('\n'));
}

/**
 * Astro's phases from the timestamped log: each non-per-file line marks a phase start; its length
 * is the time until the next such line. The longest ones say where the build spends its time.
 */
function astroPhases(logFile: string): { phase: string; seconds: number }[] {
  const marks = readFileSync(logFile, 'utf8')
    .split('\n')
    .map((line) => line.match(/^\[\s*([\d.]+)s\] (.*)$/))
    .filter((m): m is RegExpMatchArray => !!m && m[2].trim() !== '' && !/(?:├─|└─)/.test(m[2]))
    .map((m) => ({ at: Number(m[1]), line: m[2].replace(/^\d\d:\d\d:\d\d\s*/, '').trim() }));
  const starts = [{ at: 0, line: '(start-up: loading config and integrations)' }, ...marks];
  const phases = starts.slice(0, -1).map((m, i) => ({ phase: `from «${m.line.slice(0, 90)}»`, seconds: round(starts[i + 1].at - m.at) }));
  return phases.filter((p) => p.seconds >= 0.5).sort((a, b) => b.seconds - a.seconds).slice(0, 8);
}

async function main() {
  const info = machine();
  console.log(`bench: ${count} articles, seed ${values.seed}, on ${info.nproc} cores / ${info.memoryGiB} GiB, node ${info.node}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });

  phase(`generate ${count} synthetic seeds`);
  let t = performance.now();
  const corpus = generateCorpus(count, Number(values.seed));
  writeCorpus(seedsDir, corpus);
  const bytes = corpus.files.reduce((sum, f) => sum + f.bytes.length, 0);
  const kinds: Record<string, number> = {};
  for (const f of corpus.files) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  console.log(`  ${corpus.files.length} files, ${round(bytes / 2 ** 20, 1)} MiB, ${JSON.stringify(kinds)} in ${round((performance.now() - t) / 1000)} s`);

  phase('copy the project');
  copyProject(project);
  const env = projectEnv(project, { SEEDS_DIR: seedsDir });
  const steps = buildSteps(project);
  const ingestCommand = steps.find((s) => /ingest/.test(s));
  if (!ingestCommand) throw new Error(`no ingest step in the build script: ${steps.join(' && ')}`);
  console.log(`  build steps: ${steps.join('  →  ')}`);

  phase('ingest, cold');
  const cold = must(await runStep('ingest (cold)', ingestCommand, { cwd: project, env, log: log('ingest-cold'), label: 'ingest' }));
  const afterCold = ingestCounts(project);
  console.log(`  ${afterCold.articles} articles written, ${afterCold.skipped ?? '?'} skipped: ${round(count / cold.seconds)} seeds/s`);
  const coldSnapshot = join(work, 'content-after-cold');
  cpSync(join(project, 'content'), coldSnapshot, { recursive: true });

  phase('ingest again, nothing changed');
  const warm = must(await runStep('ingest (unchanged)', ingestCommand, { cwd: project, env, log: log('ingest-warm'), label: 'ingest' }));

  phase('ingest after one seed changed');
  const [changed, deleted] = editableSeeds(corpus.files);
  const addedSentence = 'The ministry later published the full text of the remarks on its website.';
  writeFileSync(join(seedsDir, changed.name), withSentenceAdded(changed.bytes, addedSentence));
  const one = must(await runStep('ingest (one seed changed)', ingestCommand, { cwd: project, env, log: log('ingest-one-changed'), label: 'ingest' }));
  const changedSlugs = articlesBySeed(project).get(changed.name) ?? [];
  const changedPicked = changedSlugs.some((slug) => articleText(project, slug).includes(addedSentence));
  console.log(`  ${changed.name} → ${changedSlugs.join(', ') || '(no article)'}: new sentence ${changedPicked ? 'present' : 'MISSING'}`);

  phase('ingest after one seed deleted');
  const deletedSlugs = articlesBySeed(project).get(deleted.name) ?? [];
  rmSync(join(seedsDir, deleted.name));
  const gone = must(await runStep('ingest (one seed deleted)', ingestCommand, { cwd: project, env, log: log('ingest-one-deleted'), label: 'ingest' }));
  const leftovers = [
    ...deletedSlugs.filter((slug) => existsSync(join(project, 'content', 'articles', `${slug}.mdx`))).map((s) => `content/articles/${s}.mdx`),
    ...(articlesBySeed(project).has(deleted.name) ? [`an article with seed: ${deleted.name}`] : []),
    ...deletedSlugs.flatMap((slug) => dataFilesNaming(project, slug).map((f) => `content/data/${f} names ${slug}`)),
    ...dataFilesNaming(project, deleted.name).map((f) => `content/data/${f} names ${deleted.name}`),
  ];
  console.log(`  ${deleted.name} (was ${deletedSlugs.join(', ') || 'no article'}): ${leftovers.length === 0 ? 'all output removed' : `STALE: ${leftovers.join('; ')}`}`);

  phase('restore both seeds; the incremental result must equal the cold one');
  writeFileSync(join(seedsDir, changed.name), changed.bytes);
  writeFileSync(join(seedsDir, deleted.name), deleted.bytes);
  const restore = must(await runStep('ingest (two seeds restored)', ingestCommand, { cwd: project, env, log: log('ingest-restored'), label: 'ingest' }));
  const cacheDifference = describeDifference(compareTrees(coldSnapshot, join(project, 'content')));
  console.log(cacheDifference.length === 0 ? '  identical to the cold ingest' : `  DIFFERS from the cold ingest:\n    ${cacheDifference.join('\n    ')}`);

  const buildResults: StepResult[] = [];
  for (const [i, step] of steps.entries()) {
    if (step === ingestCommand) continue;
    phase(`build step: ${step}`);
    buildResults.push(must(await runStep(step, step, { cwd: project, env, log: log(`build-${i}`), label: step.split(' ')[0] === 'node' ? step.split('/').at(-1)! : step })));
  }
  const astroStep = buildResults.find((r) => /astro[\s-]+build/.test(r.command));
  const pagesBuilt = readdirSync(join(project, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

  phase('page weights at this size');
  const site = { distDir: join(project, 'dist'), base: process.env.BASE_PATH ?? '/' };
  const weights = pagesToWeigh(site.distDir).map(({ label, page }) => {
    try {
      const w = weighPage(site, page);
      const problems = overBudget(w);
      console.log(`  ${page.padEnd(50)} ${String(w.totalBytes).padStart(7)} B total, ${String(w.scriptBytes).padStart(6)} B JS ${problems.length ? '✗ ' + problems.join('; ') : '✓'}`);
      return { label, page, totalBytes: w.totalBytes, scriptBytes: w.scriptBytes, byKind: w.byKind, problems };
    } catch (error) {
      console.log(`  ${page}: ✗ ${(error as Error).message}`);
      return { label, page, totalBytes: null, scriptBytes: null, byKind: null, problems: [(error as Error).message] };
    }
  });
  const budgetTest = await runStep('budgets test', 'vitest run tests/site/budgets.test.ts', {
    cwd: repoRoot,
    env: projectEnv(repoRoot, { DIST_DIR: site.distDir, NO_COLOR: '1', FORCE_COLOR: '0' }),
    log: log('budgets-test'),
    label: 'budgets.test.ts',
  });

  let baseline: StepResult | null = null;
  if (!values['no-baseline']) {
    phase(`bare Astro baseline: ${corpus.pages.length} plain MDX pages, one layout`);
    const dir = writeBaselineProject(join(work, 'baseline'), corpus.pages);
    baseline = must(await runStep('bare Astro build', 'astro build', { cwd: dir, env: projectEnv(dir), log: log('baseline'), label: 'baseline' }));
  }

  let profiles: Record<string, unknown> | undefined;
  if (values.profile || values['profile-astro']) {
    phase('CPU profiles in a fresh copy: cold ingest, ingest after one seed changed' + (values['profile-astro'] ? ', astro build' : ''));
    const profProject = copyProject(join(work, 'profile-project'));
    const profEnv = projectEnv(profProject, { SEEDS_DIR: seedsDir });
    const dir = (name: string) => join(logs, `cpuprofile-${name}`);
    const profiled = (name: string) => ingestCommand.replace(/(^|\s)node\s/, `$1node --cpu-prof --cpu-prof-dir=${dir(name)} `);
    must(await runStep('ingest, cold (profiled)', profiled('ingest-cold'), { cwd: profProject, env: profEnv, log: log('profile-ingest-cold'), label: 'ingest' }));
    writeFileSync(join(seedsDir, changed.name), withSentenceAdded(changed.bytes, addedSentence));
    must(await runStep('ingest, one changed (profiled)', profiled('ingest-one-changed'), { cwd: profProject, env: profEnv, log: log('profile-ingest-one-changed'), label: 'ingest' }));
    writeFileSync(join(seedsDir, changed.name), changed.bytes);
    const names = ['ingest-cold', 'ingest-one-changed'];
    if (values['profile-astro']) {
      must(await runStep('astro build (profiled)', `node --cpu-prof --cpu-prof-dir=${dir('astro')} node_modules/astro/bin/astro.mjs build`, { cwd: profProject, env: profEnv, log: log('profile-astro'), label: 'astro' }));
      names.push('astro');
    }
    profiles = {};
    for (const name of names) {
      const files = readdirSync(dir(name)).filter((f) => f.endsWith('.cpuprofile'));
      // The biggest profile is the main process (workers, if any, write their own).
      const main = files.map((f) => join(dir(name), f)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
      const summary = summarizeProfile(main);
      printProfile(`${name} CPU profile (${main})`, summary);
      profiles[name] = summary;
    }
  }

  const ingestSeconds = cold.seconds;
  const fullBuildSeconds = round(cold.seconds + buildResults.reduce((sum, r) => sum + r.seconds, 0));
  const fullBuildCpuSeconds = round((cold.cpuSeconds ?? NaN) + buildResults.reduce((sum, r) => sum + (r.cpuSeconds ?? NaN), 0));
  const timing = (r: StepResult) => ({ seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakRssMiB: r.peakRssMiB, peakTreeRssMiB: r.peakTreeRssMiB });
  const allSteps = [cold, warm, one, gone, restore, ...buildResults];
  const peakRssMiB = maxOf(allSteps.map((r) => Math.max(r.peakRssMiB ?? 0, r.peakTreeRssMiB)));
  const result = {
    articles: count,
    seed: Number(values.seed),
    ranAt: new Date().toISOString(),
    machine: { ...info, loadAverageAtEnd: round(loadavg()[0]) },
    corpus: { files: corpus.files.length, mebibytes: round(bytes / 2 ** 20, 1), kinds },
    ingest: {
      command: ingestCommand,
      cold: timing(cold),
      seedsPerSecond: round(count / ingestSeconds, 0),
      seedsPerCpuSecond: cold.cpuSeconds ? round(count / cold.cpuSeconds, 0) : null,
      articlesWritten: afterCold.articles,
      skipped: afterCold.skipped,
      unchanged: timing(warm),
      oneChanged: timing(one),
      oneChangedPickedUp: changedPicked,
      oneDeleted: timing(gone),
      staleOutputAfterDelete: leftovers,
      restored: timing(restore),
      incrementalEqualsCold: cacheDifference.length === 0,
      incrementalDifferences: cacheDifference,
    },
    build: {
      steps: buildResults.map((r) => ({ command: r.command, ...timing(r) })),
      htmlFiles: pagesBuilt,
      fullBuildSeconds,
      fullBuildCpuSeconds,
      astroPhases: astroStep ? astroPhases(astroStep.log) : [],
      peakRssMiB,
    },
    baseline: baseline
      ? { pages: corpus.pages.length, ...timing(baseline), astroPhases: astroPhases(baseline.log) }
      : null,
    ratios: baseline
      ? {
          fullBuildToBaseline: round(fullBuildSeconds / baseline.seconds),
          astroBuildToBaseline: astroStep ? round(astroStep.seconds / baseline.seconds) : null,
          fullBuildToBaselineCpu: baseline.cpuSeconds ? round(fullBuildCpuSeconds / baseline.cpuSeconds) : null,
          astroBuildToBaselineCpu: astroStep?.cpuSeconds && baseline.cpuSeconds ? round(astroStep.cpuSeconds / baseline.cpuSeconds) : null,
        }
      : null,
    budgets: { limits: BUDGET, pages: weights, testPassed: budgetTest.exitCode === 0 },
    profiles,
  };
  const checks = {
    [`ingest ≥ ${TARGETS.ingestArticlesPerSecond} seeds/s`]: count / ingestSeconds >= TARGETS.ingestArticlesPerSecond,
    [`full build ≤ ${TARGETS.buildRatioToBaseline}× bare Astro (wall)`]: result.ratios ? result.ratios.fullBuildToBaseline <= TARGETS.buildRatioToBaseline : null,
    [`full build ≤ ${TARGETS.buildRatioToBaseline}× bare Astro (CPU)`]: result.ratios?.fullBuildToBaselineCpu ? result.ratios.fullBuildToBaselineCpu <= TARGETS.buildRatioToBaseline : null,
    [`peak RSS ≤ ${TARGETS.peakRssMiB} MiB`]: peakRssMiB <= TARGETS.peakRssMiB,
    [`one changed seed re-ingested ≤ ${TARGETS.incrementalIngestSeconds} s`]: one.seconds <= TARGETS.incrementalIngestSeconds && changedPicked,
    'deleted seed leaves no output': leftovers.length === 0,
    'incremental ingest equals a cold one': cacheDifference.length === 0,
    'page budgets': budgetTest.exitCode === 0,
  };

  const resultsFile = join(repoRoot, 'bench', 'results.json');
  const all = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  all[String(count)] = { ...result, checks };
  const sorted = Object.fromEntries(Object.entries(all).sort((a, b) => Number(a[0]) - Number(b[0])));
  writeFileSync(resultsFile, JSON.stringify(sorted, null, 2) + '\n');

  console.log(`\n== results for ${count} articles (written to bench/results.json)`);
  const line = (name: string, r: { seconds: number; cpuSeconds: number | null; peakRssMiB: number | null }, extra = '') =>
    console.log(`  ${name.padEnd(30)} ${String(r.seconds).padStart(8)} s wall ${String(r.cpuSeconds).padStart(8)} s CPU   peak ${r.peakRssMiB} MiB ${extra}`);
  line('ingest (cold)', cold, `  ${result.ingest.seedsPerSecond} seeds/s (${result.ingest.seedsPerCpuSecond} per CPU s)`);
  line('ingest, unchanged', warm);
  line('ingest, one changed', one);
  line('ingest, one deleted', gone);
  for (const r of buildResults) line(r.command, r);
  line('full build', { seconds: fullBuildSeconds, cpuSeconds: fullBuildCpuSeconds, peakRssMiB }, ` (${pagesBuilt} HTML files)`);
  if (baseline && result.ratios) {
    line('bare Astro baseline', baseline, ` (${corpus.pages.length} pages)`);
    console.log(`  full build / baseline: ${result.ratios.fullBuildToBaseline}× wall, ${result.ratios.fullBuildToBaselineCpu}× CPU;` +
      ` astro build alone: ${result.ratios.astroBuildToBaseline}× wall, ${result.ratios.astroBuildToBaselineCpu}× CPU`);
  }
  console.log(`  peak RSS               ${peakRssMiB} MiB`);
  for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok === null ? '–' : ok ? '✓' : '✗'} ${name}`);
}

await main();
