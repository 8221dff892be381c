/**
 * What only a larger corpus draws: the five seeds' site lists every event on one page, so the pages
 * that summarise a long corpus (the timeline's "latest entries" note and its links to every year, …)
 * are never built by `npm run build` here. This test builds its own site in a throwaway copy of the
 * project, from the bench's invented seeds (scripts/bench/corpus/, deterministic), and reads it.
 * Building takes a minute or two.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from '../../scripts/bench/corpus/generate.ts';
import { copyProject, projectEnv } from '../../scripts/bench/project-copy.ts';
import { shellEnvironment } from '../helpers/build-env.ts';

const run = promisify(execFile);
const ARTICLES = 60;
const work = mkdtempSync(join(tmpdir(), 'many-articles-'));
const project = join(work, 'project');
const dist = join(project, 'dist');

/** Every HTML page of the build, by site path. */
function pages(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.set('/' + relative(dist, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dist);
  return out;
}

beforeAll(async () => {
  const seeds = join(work, 'seeds');
  writeCorpus(seeds, generateCorpus(ARTICLES, DEFAULT_SEED));
  copyProject(project);
  const env = projectEnv(project, { ...shellEnvironment(), SEEDS_DIR: seeds });
  const options = { cwd: project, env, maxBuffer: 64 * 1024 * 1024 };
  await run('node', ['scripts/ingest/cli.ts'], options);
  await run('node', ['scripts/astro-build.ts'], options);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`a site of ${ARTICLES} invented reports`, () => {
  it('lists only the latest entries on the timeline, so the pages for a long corpus are built', () => {
    expect(readFileSync(join(dist, 'timeline', 'index.html'), 'utf8')).toMatch(/Listed below: the latest \d+ entries/);
  });

  it('glues no word or punctuation to the link after it: "month by month: 2019", not "month by month:2019"', () => {
    const glued: string[] = [];
    for (const [path, html] of pages()) {
      // A letter, digit or one of : ; , right before a link, other than a paragraph's ¶ (spaced by CSS).
      for (const m of html.matchAll(/([\p{L}\p{N}:;,])<a\b(?![^>]*class="pl")[^>]*>([^<]{0,20})/gu)) glued.push(`${path}: …${m[1]}${m[2]}`);
    }
    expect(glued.slice(0, 10)).toEqual([]);
  });
});
