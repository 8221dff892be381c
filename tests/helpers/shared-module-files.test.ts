/**
 * Which test files share one module graph (vitest.config.ts's 'shared' project): a file that touches
 * state outliving it, itself or through a helper of tests/ it imports, runs isolated.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedModuleFiles } from './shared-module-files.ts';
import { tempTrees } from './temp-tree.ts';

const trees = tempTrees('shared-modules-');
afterAll(trees.cleanup);

/** A project with these files under tests/ingest/ (and tests/helpers/), the shared ones listed. */
function shared(files: Record<string, string>): string[] {
  const root = trees.make(Object.fromEntries(Object.entries(files).map(([name, text]) => [join('tests', name), text])));
  mkdirSync(join(root, 'tests', 'ingest'), { recursive: true });
  return sharedModuleFiles(root, 'tests/ingest').map((file) => file.slice('tests/ingest/'.length));
}

const PLAIN = "import { expect, it } from 'vitest';\nit('reads', () => expect(1).toBe(1));\n";

describe('shared module files', () => {
  it('shares a file that only calls code and compares what it returns', () => {
    expect(shared({ 'ingest/plain.test.ts': PLAIN })).toEqual(['plain.test.ts']);
  });

  it('isolates a file that mocks, spies, sets the environment or a module setter, or starts a process or the pool', () => {
    const touching = {
      'spy.test.ts': "vi.spyOn(console, 'log');",
      'mock.test.ts': "vi.mock('../../scripts/x.ts');",
      'env.test.ts': "process.env.SEEDS_DIR = '/tmp';",
      'exit.test.ts': 'process.exitCode = 0;',
      'global.test.ts': 'globalThis.fetch = undefined;',
      'child.test.ts': "import { spawn } from 'node:child_process';",
      'thread.test.ts': "import { Worker } from 'node:worker_threads';",
      'dynamic.test.ts': "const m = await import('../../scripts/x.ts');",
      'required.test.ts': "const m = createRequire(import.meta.url)('../../scripts/x.ts');",
      'pool.test.ts': 'await runIngest({ root, seedsDir });',
      'seeds.test.ts': 'await processSeeds(files);',
      'probe.test.ts': 'setHeadlineProbe((call) => calls.push(call));',
      'clock.test.ts': 'setPhaseClock(clock);',
    };
    const files = Object.fromEntries(Object.entries(touching).map(([name, line]) => [`ingest/${name}`, PLAIN + line]));
    expect(shared({ ...files, 'ingest/plain.test.ts': PLAIN })).toEqual(['plain.test.ts']);
  });

  it('isolates a file through a helper it imports, and the helper\'s helpers, in tests/ingest or tests/helpers, imported for its effect or re-exported', () => {
    expect(shared({
      'ingest/direct.test.ts': `${PLAIN}import { run } from './spawning.ts';`,
      'ingest/spawning.ts': "import { spawn } from 'node:child_process';\nexport const run = () => spawn('true');",
      'ingest/deep.test.ts': `${PLAIN}import { page } from './page.ts';`,
      'ingest/page.ts': "import { quiet } from '../helpers/quiet.ts';\nexport const page = '<p>';",
      'helpers/quiet.ts': "export const quiet = () => vi.spyOn(console, 'warn');",
      'ingest/effect.test.ts': `${PLAIN}import './silence.ts';`,
      'ingest/silence.ts': 'console.warn = () => {};',
      'ingest/again.test.ts': `${PLAIN}export { page } from './page.ts';`,
      'ingest/cycle.test.ts': `${PLAIN}import { a } from './a.ts';`,
      'ingest/a.ts': "import { b } from './b.ts';\nexport const a = 1;",
      'ingest/b.ts': "import { a } from './a.ts';\nexport const b = 2;",
    })).toEqual(['cycle.test.ts']);
  });

  it('shares a file whose words only look like state: the DOM\'s setters, timers, a name holding "set" or "process"', () => {
    expect(shared({
      'ingest/dom.test.ts': `${PLAIN}element.setAttribute('lang', 'en'); setTimeout(done, 5); setInterval(tick, 5);`,
      'ingest/words.test.ts': `${PLAIN}const processed = offset(text); const reset = 'setup';`,
      'ingest/project-code.test.ts': `${PLAIN}import { clean } from '../../scripts/ingest/stages/clean.ts';`,
    })).toEqual(['dom.test.ts', 'project-code.test.ts', 'words.test.ts']);
  });

  it('keeps the repository\'s known cases: the stage helpers shared, the pool, probe and clock files isolated', () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = sharedModuleFiles(root, 'tests/ingest');
    // helpers.ts is imported by hundreds of unit files: it must hold nothing that touches state (run-printed.ts does).
    expect(files).toContain('tests/ingest/clean.test.ts');
    for (const isolated of ['html-dom-two-copies', 'pool-kept-worker', 'pool-seed-deadline', 'html-headline-probe', 'phase-clock', 'run-lock', 'compile-cache-damage', 'hostile-html-cli']) {
      expect(files).not.toContain(`tests/ingest/${isolated}.test.ts`);
    }
    expect(files.length).toBeGreaterThan(600);
  });
});
