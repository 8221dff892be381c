/**
 * What a built-site test needs to run the project's build as a shell would, and to find what it built.
 *
 *   execFileSync('npm', ['run', 'build'], { cwd: project, env: shellEnvironment(project) });
 *   page(articlePathOfSeed(dist, 'saved.html'))
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** vitest's own variables, which Astro would read as the build's (BASE_URL, MODE …). */
const VITEST_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);

/**
 * The environment of a shell, not of vitest. Given a project copy, its own binaries come first on PATH
 * and its `seeds/` is the build's SEEDS_DIR.
 */
export function shellEnvironment(project?: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.has(key) && !key.startsWith('VITEST')));
  if (project === undefined) return env;
  return { ...env, PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`, SEEDS_DIR: join(project, 'seeds') };
}

/** The site path of the article built from a seed, found by the seed's name in the build's article list. */
export function articlePathOfSeed(dist: string, seed: string): string {
  const list = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8'));
  const articles: { slug: string; seed: string }[] = Array.isArray(list) ? list : list.articles;
  const found = articles.find((a) => a.seed === seed);
  if (!found) throw new Error(`no article built from ${seed}`);
  return `/articles/${found.slug}/`;
}
