/**
 * After `astro build`: fails the build, with the addresses and what to do, when a page address
 * published before (src/data/published-pages.json) is answered neither by a page nor by a redirect
 * to a page, or when a published article address shows another seed's article (scripts/lib/published-pages.ts
 * says why and when).
 *
 *   node scripts/published-pages.ts [siteDir]            check (default: dist; seeds from $SEEDS_DIR or seeds/)
 *   node scripts/published-pages.ts --record [siteDir]   add this build's pages (and which seed each article
 *                                                         page came from, by digest) to the list, to commit
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtArticles, checkPublished, describeBroken, ledgerPath, readLedger, seedDigestsByName, withBuild } from './lib/published-pages.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';

const args = process.argv.slice(2);
const record = args.includes('--record');
const siteDir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`published pages: ${siteDir}/index.html not found; run \`astro build\` first.`);
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const file = ledgerPath(root);
let ledger: ReturnType<typeof readLedger>;
try {
  ledger = readLedger(file);
} catch (error) {
  console.error(`published pages: ${(error as Error).message}`);
  process.exit(1);
}
const byName = seedDigestsByName(resolve(process.env.SEEDS_DIR ?? join(root, 'seeds')));
const seeds = [...new Set(byName.values())].sort();
const built = builtArticles(siteDir, byName);
const result = checkPublished(siteDir, ledger, seeds, built);

if (result.broken.length) {
  console.error(`published pages: ${describeBroken(result.broken)}`);
  process.exit(1);
} else if (result.skipped) {
  console.log(`published pages: not checked (${result.skipped}).`);
  if (record) {
    console.error('published pages: record only from a build of the published seeds (or more).');
    process.exit(1);
  }
} else if (record) {
  const next = withBuild(ledger, siteDir, seeds, built);
  writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n');
  const added = next.pages.length + next.files.length - ledger.pages.length - ledger.files.length;
  console.log(`published pages: ${added} addresses added to ${file} (${next.pages.length} pages, ${next.files.length} other files, ${Object.keys(next.articles ?? {}).length} article pages tied to their seeds); commit it.`);
} else {
  const news = result.unlisted.length ? `; ${result.unlisted.length} new address(es) not on the list yet (\`node scripts/published-pages.ts --record\` adds them)` : '';
  console.log(`published pages: all ${ledger.pages.length + ledger.files.length} published addresses answered${news}.`);
}
