/**
 * One seed cannot exhaust the build: a file of 50,000 short lines (each a figure) used to become
 * 50,000 paragraphs and need 10.4 GB to build. The per-article caps (scripts/ingest/lib/safety/limits.ts)
 * bound it; here it is ingested with the real seeds in a copy of the project, and the astro step of
 * the build runs under /usr/bin/time, whose peak resident set size must stay under 2 GB.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSteps, copyProject, projectEnv, repoRoot } from '../../scripts/bench/project-copy.ts';
import { MAX_PARAGRAPHS } from '../../scripts/ingest/lib/safety/limits.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('memory-cap-');
afterAll(trees.cleanup);

const LIMIT_KIB = 2 * 1024 * 1024;

describe('one very long seed', () => {
  it('ingests 50,000 short lines with its paragraphs capped, and the site builds in under 2 GB', () => {
    const project = copyProject(join(trees.make({}), 'project'));
    const seedsDir = join(project, 'seeds');
    mkdirSync(seedsDir);
    cpSync(join(repoRoot, 'seeds'), seedsDir, { recursive: true });
    const lines = Array.from({ length: 50_000 }, (_, i) => `Line ${i}: ${i + 2} labs opened.`);
    writeFileSync(join(seedsDir, 'long.txt'), `2022-05-01\n\nA very long list\n\n${lines.join('\n')}\n`);

    const env = projectEnv(project);
    const ingest = spawnSync(process.execPath, [join(project, 'scripts', 'ingest', 'cli.ts')], { cwd: project, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(ingest.status, ingest.stderr).toBe(0);
    const long = readdirSync(join(project, 'content', 'articles')).find((f) => f.includes('a-very-long-list'))!;
    const mdx = readFileSync(join(project, 'content', 'articles', long), 'utf8');
    expect(mdx).toContain(`paragraphs: ${MAX_PARAGRAPHS}\n`);
    expect(ingest.stdout).toMatch(/paragraph-cap/);

    const astroStep = buildSteps(project).find((step) => /astro/.test(step) && !/ingest|search-index|briefing/.test(step))!;
    const build = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', astroStep], { cwd: project, env, encoding: 'utf8', maxBuffer: 256 << 20 });
    expect(build.status, build.stderr.slice(-4000)).toBe(0);
    const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1]);
    console.log(`memory-cap: astro build peak RSS ${Math.round(peakKiB / 1024)} MiB`);
    expect(peakKiB).toBeGreaterThan(0);
    expect(peakKiB).toBeLessThan(LIMIT_KIB);
  }, 900_000);
});
