/**
 * Which test files may share one module graph (vitest's isolate: false, vitest.config.ts): files that
 * only call our code and compare what it returns. Each of the ~800 ingest files imported the whole
 * ingest (stages, jsdom, htmlparser2, the topic list) again in a fresh process; sharing, a worker
 * imports it once (a fifth of them, 154 files: 267 CPU s and 707 s isolated, 38 CPU s and 90 s shared,
 * on 2 cores at load ~15).
 *
 * A file is left isolated when it, or a helper of tests/ it imports (followed through helpers'
 * imports), reads as touching state that outlives the file: mocks and spies, the environment and the
 * process's other globals, the console, timers faked, modules imported at run time or required (a
 * second copy of a module beside vitest's), child processes and worker threads, the ingest's worker
 * pool (runIngest, processSeeds), or a module's setter (setHeadlineProbe(…), setPhaseClock(…)). The words are read, not understood, so the rule errs on the
 * side of isolating: a file it wrongly shares would show as a difference between the run shared and the
 * run isolated (tests/helpers/shared-module-files.test.ts keeps the split's known cases).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Words of code that touch state a later file in the same graph would see. */
export const STATE_WORDS = new RegExp([
  String.raw`\bvi\.(?:mock|doMock|unmock|spyOn|stubEnv|stubGlobal|useFakeTimers|resetModules|hoisted)\b`,
  String.raw`\bprocess\.(?:env|chdir|exitCode|exit|on|once|off|argv|stdout|stderr|emitWarning|umask)\b`,
  String.raw`\bconsole\.`,
  String.raw`\bglobalThis\b`,
  String.raw`\bchild_process\b`,
  String.raw`\bworker_threads\b`,
  String.raw`\bnew Worker\b`,
  // A module loaded at run time, or by Node's own loader beside vitest's: a second copy of it.
  String.raw`\bimport\(`,
  String.raw`\bcreateRequire\b`,
  String.raw`\brequire\(`,
  String.raw`\brunIngest\(`,
  String.raw`\bprocessSeeds\(`,
  // A module's own setter (setHeadlineProbe, setPhaseClock); the DOM's and the timers' are no module state.
  String.raw`\bset(?!Attribute|Timeout|Interval|Immediate)[A-Z]\w*\(`,
].join('|'));

/** The files a file imports (or re-exports, or runs for its effects) by a relative path, as absolute paths. */
function localImports(file: string, text: string): string[] {
  return [...text.matchAll(/\b(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1]));
}

/**
 * Whether the file, or a helper under `testsDir` it imports, shows a state word. Project code
 * (scripts/, src/) is not followed: what it holds at module level is what sharing is about, and the
 * two runs compared are the proof for it.
 */
export function touchesState(file: string, testsDir: string, seen = new Map<string, boolean>()): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false); // a cycle adds nothing
  const text = readFileSync(file, 'utf8');
  const touches = STATE_WORDS.test(text) || localImports(file, text)
    .filter((target) => !relative(testsDir, target).startsWith('..') && existsSync(target))
    .some((target) => touchesState(target, testsDir, seen));
  seen.set(file, touches);
  return touches;
}

/** The test files of a folder (not below it) that may share one module graph, as paths from `root`. */
export function sharedModuleFiles(root: string, folder: string): string[] {
  const testsDir = join(root, 'tests');
  const dir = join(root, folder);
  const seen = new Map<string, boolean>();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .filter((name) => !touchesState(join(dir, name), testsDir, seen))
    .map((name) => `${folder}/${name}`);
}
