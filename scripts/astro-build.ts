/**
 * `astro build`, with nothing half-made left behind when it fails.
 *
 *   node scripts/astro-build.ts [astro build options, e.g. --outDir dir]
 *
 * Astro empties the output folder, bundles the pages into `<outDir>/.prerender/` (server code with
 * this machine's absolute paths) and then renders them. When rendering fails, both the bundles and
 * the pages made so far stay behind, and a partial site could be deployed as if it were whole. So a
 * failed build that got that far removes the output folder; one that failed earlier (a config error,
 * before Astro touched the folder) leaves the previous site as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const outDirFlag = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = resolve(outDirFlag < 0 ? 'dist' : args[outDirFlag].includes('=') ? args[outDirFlag].split('=')[1] : args[outDirFlag + 1]);
const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

const result = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
const failed = result.status !== 0;
const bundles = join(outDir, '.prerender');
if (failed && existsSync(bundles)) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`astro build failed: removed the partial site ${outDir} and its server bundles (.prerender/).`);
} else if (failed) {
  console.error('astro build failed before writing the site; the output folder is as it was.');
} else {
  rmSync(bundles, { recursive: true, force: true }); // Astro removes it itself; make sure
}
process.exit(failed ? (result.status ?? 1) : 0);
