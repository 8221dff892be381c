/**
 * `node scripts/tools/lockfile-platforms.ts` — after changing dependencies.
 *
 * npm (11.x, npm/cli#4828 and #8320) writes package-lock.json with only this machine's platform
 * packages of optionalDependencies (`@astrojs/compiler-binding-linux-x64-gnu`, `@pagefind/linux-x64`),
 * and then `npm ci` refuses that same lockfile ("Missing: …-darwin-arm64@ from lock file"). This
 * adds the missing entries, with the registry's own metadata, so `npm ci` works on a fresh machine
 * (it still installs only the packages that fit the platform).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { version?: string; optionalDependencies?: Record<string, string>; [key: string]: unknown };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Entry> };

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? path + '/' : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const version = range.replace(/^[\^~=]/, '');
    const meta = view(`${name}@${version}`);
    // Some platform packages a parent lists were never published (e.g. an Android build): an
    // optional entry without a tarball satisfies `npm ci`, which then skips it like any optional
    // package that fails to install.
    const record: Entry = meta ? { version: meta.version as string, integrity: (meta.dist as { integrity: string }).integrity, optional: true } : { version, optional: true };
    for (const key of ['license', 'cpu', 'os', 'libc', 'engines', 'dependencies']) if (meta?.[key]) record[key] = meta[key];
    lock.packages[`node_modules/${name}`] = record;
    added++;
    console.log(`added ${name}@${record.version}`);
  }
}
function view(spec: string): Record<string, unknown> | null {
  try {
    return JSON.parse(execFileSync('npm', ['view', '--json', spec], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Record<string, unknown>;
  } catch {
    console.log(`not on the registry: ${spec}`);
    return null;
  }
}

// npm keeps the packages map sorted by path.
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`${added} platform packages added to package-lock.json`);
