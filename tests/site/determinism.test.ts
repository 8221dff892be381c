/**
 * Deterministic builds: a second clean build, in a fresh copy of the project (no content/, no caches,
 * another directory), must give a dist/ byte-identical to the one `npm run build` made. The first
 * build is the repository's own dist/, so this costs one extra build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, describeDifference } from '../../scripts/bench/dist-compare.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { buildSteps, copyProject, projectEnv, repoRoot } from '../../scripts/bench/project-copy.ts';

const distDir = resolve(process.env.DIST_DIR ?? join(repoRoot, 'dist'));
const seedsDir = resolve(repoRoot, process.env.SEEDS_DIR ?? 'seeds');
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('two clean builds give byte-identical dist/', () => {
  it('a clean build in a fresh copy of the project reproduces dist/ file for file', () => {
    expect(existsSync(distDir), `${distDir} is missing: run \`npm run build\` first`).toBe(true);
    const work = mkdtempSync(join(tmpdir(), 'determinism-'));
    workDirs.push(work);
    const project = copyProject(join(work, 'project'));
    const env = projectEnv(project, { SEEDS_DIR: seedsDir });
    for (const step of buildSteps(project)) {
      execFileSync('sh', ['-c', step], { cwd: project, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
    }
    const difference = compareTrees(distDir, join(project, 'dist'));
    expect(difference.compared).toBeGreaterThan(0);
    expect(describeDifference(difference)).toEqual([]);
  }, 600_000);
});

describe('build comparison', () => {
  const trees = tempTrees('tree-');
  afterAll(trees.cleanup);
  const tree = trees.make;

  it('names a changed file and shows the bytes around the first difference', () => {
    const page = (time: string) => `<html><body><footer>Built ${time}</footer></body></html>`;
    const a = tree({ 'index.html': page('2024-01-01T10:00:00Z'), 'a/b.json': '[1,2]' });
    const b = tree({ 'index.html': page('2024-01-01T10:00:07Z'), 'a/b.json': '[1,2]' });
    const d = compareTrees(a, b);
    expect(d.compared).toBe(2);
    expect(d.changed.map((c) => c.path)).toEqual(['index.html']);
    expect(describeDifference(d)[0]).toMatch(/^index\.html differs at byte 44: «.*10:00:00Z.*» vs «.*10:00:07Z.*»$/);
  });

  it('names files only one build has', () => {
    const d = compareTrees(tree({ 'x.html': '1', 'y.html': '2' }), tree({ 'x.html': '1', 'z.html': '3' }));
    expect(describeDifference(d)).toEqual(['only in the first build: y.html', 'only in the second build: z.html']);
  });
});
