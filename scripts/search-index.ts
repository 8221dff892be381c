/**
 * Builds the Pagefind search index into <site>/pagefind/ after `astro build`.
 *
 *   node scripts/search-index.ts [siteDir]     (default: dist)
 *
 * Only what pages mark with data-pagefind-body (the article text) is indexed, so navigation, lists
 * and the search box itself never show up as hits. Fails loudly when nothing was indexed: a search
 * box over an empty index is broken, not optional.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const siteDir = resolve(process.argv[2] ?? 'dist');
const outputPath = join(siteDir, 'pagefind');

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`search-index: ${siteDir}/index.html not found; run \`astro build\` first.`);
  process.exit(1);
}

try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  if (added.page_count === 0) throw new Error(`no page in ${siteDir} has content to index (data-pagefind-body)`);
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  console.log(`search-index: ${added.page_count} pages read, index written to ${outputPath}`);
} catch (error) {
  console.error(`search-index: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
