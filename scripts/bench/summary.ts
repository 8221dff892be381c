/**
 * bench/results.json as Markdown tables, for bench/README.md:
 *   node scripts/bench/summary.ts > /tmp/summary.md
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './project-copy.ts';

interface Timing { seconds: number; cpuSeconds: number | null; peakRssMiB: number | null }
const results = JSON.parse(readFileSync(join(repoRoot, 'bench', 'results.json'), 'utf8')) as Record<string, any>;
const runs = Object.values(results);
const sizes = runs.map((r) => r.articles.toLocaleString('en-US'));

const row = (label: string, cells: (string | number | null)[]) => `| ${label} | ${cells.map((c) => c ?? '–').join(' | ')} |`;
const t = (x: Timing) => `${x.seconds} s (${x.cpuSeconds} s CPU)`;
const ok = (v: boolean | null) => (v === null ? '–' : v ? 'yes' : '**no**');

const out: string[] = [];
const m = runs[0].machine;
out.push(`Machine: ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB RAM, Linux ${m.kernel}, Node ${m.node}, Astro ${m.astro}, @astrojs/mdx ${m.mdx}.`);
out.push(`Load average (1 min) at start → end of each run: ${runs.map((r) => `${r.articles}: ${r.machine.loadAverageAtStart} → ${r.machine.loadAverageAtEnd}`).join('; ')}.`);
out.push('');
out.push(`| | ${sizes.join(' | ')} |`);
out.push(`|---|${sizes.map(() => '---:').join('|')}|`);
out.push(row('commit', runs.map((r) => r.machine.commit)));
out.push(row('seed files (MiB)', runs.map((r) => `${r.corpus.files} (${r.corpus.mebibytes})`)));
out.push(row('articles written / skipped', runs.map((r) => `${r.ingest.articlesWritten} / ${r.ingest.skipped}`)));
out.push(row('ingest, cold', runs.map((r) => t(r.ingest.cold))));
out.push(row('ingest rate, seeds/s (per CPU s)', runs.map((r) => `${r.ingest.seedsPerSecond} (${r.ingest.seedsPerCpuSecond})`)));
out.push(row('ingest, nothing changed', runs.map((r) => t(r.ingest.unchanged))));
out.push(row('ingest, one seed changed', runs.map((r) => t(r.ingest.oneChanged))));
out.push(row('ingest, one seed deleted', runs.map((r) => t(r.ingest.oneDeleted))));
out.push(row('changed seed picked up / deleted seed left nothing', runs.map((r) => `${ok(r.ingest.oneChangedPickedUp)} / ${ok(r.ingest.staleOutputAfterDelete.length === 0)}`)));
out.push(row('incremental result = cold result', runs.map((r) => ok(r.ingest.incrementalEqualsCold))));
for (const [i, step] of runs[0].build.steps.entries()) {
  out.push(row(`\`${step.command}\``, runs.map((r) => (r.build.steps[i] ? `${t(r.build.steps[i])}, ${r.build.steps[i].peakRssMiB} MiB` : null))));
}
out.push(row('full build (ingest + all steps)', runs.map((r) => `${r.build.fullBuildSeconds} s (${r.build.fullBuildCpuSeconds} s CPU)`)));
out.push(row('HTML files', runs.map((r) => r.build.htmlFiles)));
out.push(row('bare Astro baseline', runs.map((r) => (r.baseline ? `${t(r.baseline)}, ${r.baseline.peakRssMiB} MiB, ${r.baseline.pages} pages` : null))));
out.push(row('**full build / baseline**, wall (CPU)', runs.map((r) => (r.ratios ? `**${r.ratios.fullBuildToBaseline}×** (${r.ratios.fullBuildToBaselineCpu}×)` : null))));
out.push(row('astro build alone / baseline, wall (CPU)', runs.map((r) => (r.ratios ? `${r.ratios.astroBuildToBaseline}× (${r.ratios.astroBuildToBaselineCpu}×)` : null))));
out.push(row('peak RSS of any build step', runs.map((r) => `${r.build.peakRssMiB} MiB`)));
out.push('');

out.push('Targets:');
out.push('');
out.push(`| target | ${sizes.join(' | ')} |`);
out.push(`|---|${sizes.map(() => ':---:').join('|')}|`);
for (const name of Object.keys(runs[0].checks)) out.push(row(name, runs.map((r) => ok(r.checks[name]))));
out.push('');

out.push('Page weight, gzip bytes loaded on open (of which JavaScript run before interaction); budget 30,720 (2,048):');
out.push('');
out.push(`| page | ${sizes.join(' | ')} |`);
out.push(`|---|${sizes.map(() => '---:').join('|')}|`);
const labels = [...new Set(runs.flatMap((r) => r.budgets.pages.map((p: any) => (p.label.startsWith('article ') ? 'heaviest article' : p.label))))];
for (const label of labels) {
  out.push(row(label, runs.map((r) => {
    const pages = r.budgets.pages.filter((p: any) => (label === 'heaviest article' ? p.label.startsWith('article ') : p.label === label));
    if (!pages.length) return null;
    const p = pages.sort((a: any, b: any) => (b.totalBytes ?? 0) - (a.totalBytes ?? 0))[0];
    const cell = p.totalBytes === null ? 'missing' : `${p.totalBytes.toLocaleString('en-US')} (${p.scriptBytes.toLocaleString('en-US')})`;
    return p.problems.length ? `**${cell}**` : cell;
  })));
}
console.log(out.join('\n'));
