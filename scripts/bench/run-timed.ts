/**
 * Run one build step as a child process and measure it: wall time from here, peak resident memory
 * from GNU time (the child's own rusage, which Node cannot see). The full output goes to a log file
 * with a timestamp per line (to tell afterwards which phase took the time); the console gets a
 * condensed view so 10,000 "page written" lines do not drown the bench's own progress.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { sampleTree } from './proc-sampler.ts';

export interface StepResult {
  step: string;
  command: string;
  seconds: number;
  /**
   * User + system CPU seconds of the child and its descendants. Unlike wall time this hardly moves
   * when other jobs share the machine, so ratios of CPU time are the steadier comparison.
   */
  cpuSeconds: number | null;
  /** Peak resident set size of the largest process of the step, in MiB (GNU time). */
  peakRssMiB: number | null;
  /** Peak of the summed resident memory of all processes of the step at one moment (sampled). */
  peakTreeRssMiB: number;
  exitCode: number;
  log: string;
}

export interface StepOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  log: string;
  /** Prefix for console lines. */
  label?: string;
}

const GNU_TIME = '/usr/bin/time';

/** Lines Astro prints once per generated file; counted instead of echoed. */
const perFileLine = /(?:├─|└─|▶)\s.*\.(?:html|xml|json|txt)\b|\(\+\d+(?:\.\d+)?m?s\)\s*$/;

export async function runStep(step: string, command: string, options: StepOptions): Promise<StepResult> {
  const rssFile = `${options.log}.rss`;
  const useTime = existsSync(GNU_TIME);
  const [file, args] = useTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, 'sh', '-c', command]]
    : ['sh', ['-c', command]];
  const label = options.label ?? step;
  const log = createWriteStream(options.log);
  const started = performance.now();
  const child = spawn(file, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tree = sampleTree(child.pid!);

  let perFile = 0;
  let lastReport = started;
  const onLine = (line: string) => {
    const elapsed = ((performance.now() - started) / 1000).toFixed(2);
    log.write(`[${elapsed.padStart(8)}s] ${line}\n`);
    if (perFileLine.test(line)) {
      perFile++;
      // Progress at most every 2 s, so long steps still show they are moving.
      if (performance.now() - lastReport > 2000) {
        lastReport = performance.now();
        console.log(`  [${label}] ${perFile} files written (${elapsed}s)`);
      }
      return;
    }
    // Tables (the ingest report) stay in the log; the console keeps the one-line summaries.
    if (line.trim() && !/^\s*[┌│├└]/.test(line)) console.log(`  [${label}] ${line}`);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);

  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const sampled = tree.stop();
  await new Promise<void>((resolve) => log.end(resolve));
  let peakRssMiB: number | null = null;
  let cpuSeconds: number | null = null;
  if (useTime && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status N" before the numbers on failure.
    const [kib, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    if (Number.isFinite(kib)) peakRssMiB = Math.round(kib / 1024);
    if (Number.isFinite(user + system)) cpuSeconds = round(user + system);
  }
  // GNU time misses helpers that are not waited for; sampling misses the last fraction of a second.
  cpuSeconds = round(Math.max(cpuSeconds ?? 0, sampled.cpuSeconds));
  if (perFile > 0) console.log(`  [${label}] ${perFile} files written`);
  console.log(`  [${label}] ${exitCode === 0 ? 'done' : `FAILED (exit ${exitCode})`} in ${seconds.toFixed(2)} s` +
    ` (${cpuSeconds} s CPU)` + (peakRssMiB !== null ? `, peak RSS ${peakRssMiB} MiB` : '') + ` (all processes: ${sampled.peakTreeRssMiB} MiB)`);
  return { step, command, seconds: round(seconds), cpuSeconds, peakRssMiB, peakTreeRssMiB: sampled.peakTreeRssMiB, exitCode, log: options.log };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
