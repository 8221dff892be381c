/**
 * A build that fails while rendering pages must fail cleanly: a non-zero exit, and neither a partial
 * site nor Astro's server bundles (`dist/.prerender/`, code with this machine's absolute paths) left
 * where a deploy would pick them up. The astro step of `npm run build` is run on a page that throws.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSteps, emptyProject, projectEnv, repoRoot } from '../../scripts/bench/project-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'failed-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build that fails', () => {
  it('exits non-zero and leaves no partial site and no server bundles', () => {
    // The project's configuration and build scripts, with two pages of its own: one that renders and
    // one that throws. Small, so the build takes seconds; the failure comes after Astro has emptied
    // dist/, bundled the pages into dist/.prerender/ and written the first page.
    const project = emptyProject(join(work, 'project'));
    // The configuration reads helpers from scripts/ and src/lib/ (the placeholder address).
    for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts', 'src/data', 'src/lib']) cpSync(join(repoRoot, part), join(project, part), { recursive: true });
    mkdirSync(join(project, 'src', 'pages'), { recursive: true });
    writeFileSync(join(project, 'src', 'pages', 'index.astro'), '<p>fine</p>\n');
    writeFileSync(join(project, 'src', 'pages', 'zz-boom.astro'), '---\nthrow new Error("boom: a page that cannot be made");\n---\n<p>never</p>\n');
    const astroStep = buildSteps(project).find((step) => /astro/.test(step) && !/ingest|search-index/.test(step));
    expect(astroStep).toBeDefined();
    const result = spawnSync('sh', ['-c', astroStep!], { cwd: project, env: projectEnv(project), encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(result.status, 'the build should fail').not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toContain('boom: a page that cannot be made');
    expect(existsSync(join(project, 'dist', '.prerender')), 'dist/.prerender/ left behind').toBe(false);
    expect(existsSync(join(project, 'dist', 'index.html')), 'a partial site left behind').toBe(false);
  }, 300_000);
});
