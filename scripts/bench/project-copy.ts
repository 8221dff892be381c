/**
 * A throwaway copy of the project to build in, so benchmarks and the determinism test never touch the
 * repository's own content/ and dist/. Sources are copied; installed packages are symlinked.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build needs; everything else (content/articles, dist, caches) is produced by the build. */
const PROJECT_PARTS = ['src', 'scripts', 'content/topics', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Tool caches kept inside node_modules (Astro's data store, Vite's optimizer): never shared. */
const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);

/**
 * An empty project folder that shares `from`'s installed packages. node_modules is a real folder of
 * per-package symlinks rather than one symlink, so the caches Astro and Vite write into
 * node_modules/.astro and node_modules/.vite stay in the copy: a bench build starts cold and never
 * leaves its 10,000 entries in the repository's data store.
 */
export function emptyProject(dest: string, from = repoRoot): string {
  rmSync(dest, { recursive: true, force: true });
  const modules = join(dest, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (!CACHE_DIRS.has(name)) symlinkSync(join(from, 'node_modules', name), join(modules, name));
  }
  return dest;
}

export function copyProject(dest: string, from = repoRoot): string {
  emptyProject(dest, from);
  for (const part of PROJECT_PARTS) {
    const source = join(from, part);
    if (existsSync(source)) cpSync(source, join(dest, part), { recursive: true });
  }
  return dest;
}

/**
 * The steps of `npm run build`, read from package.json so the bench follows the real build when it
 * changes. Each step is timed on its own.
 */
export function buildSteps(projectDir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'));
  return String(pkg.scripts.build)
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** PATH with the project's node_modules/.bin first, as npm scripts have it (Node 24, astro, …). */
export function projectEnv(projectDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(projectDir, 'node_modules', '.bin')}:${process.env.PATH}`,
    ...extra,
  };
}
