/**
 * Builds the Pagefind search index into <site>/pagefind/ after `astro build`.
 *
 *   node scripts/search-index.ts [siteDir]     (default: dist)
 *
 * Only what pages mark with data-pagefind-body (the article text) is indexed, so navigation, lists
 * and the search box itself never show up as hits. Fails loudly when nothing was indexed: a search
 * box over an empty index is broken, not optional.
 *
 * Two bundles: every page in one English index (English stemming, as the site's chrome is English),
 * except the pages whose text is in a language written without spaces (Chinese, Japanese, Thai). Those
 * go to <site>/pagefind/segmented/, indexed in their own language so Pagefind cuts their text into
 * words; the browser merges that bundle into each search (src/lib/search/load-pagefind.ts). The page
 * files are not changed: only the copy handed to Pagefind says the page's language.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from './lib/list-files.ts';
import { segmentedBundleDir, segmentedLanguageOf, segmentedListFile } from '../src/lib/search/segmented-languages.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
const outputPath = join(siteDir, 'pagefind');

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`search-index: ${siteDir}/index.html not found; run \`astro build\` first.`);
  process.exit(1);
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function newIndex(options: Parameters<typeof pagefind.createIndex>[0]): Promise<Index> {
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(errors.join('\n'));
  return index;
}

async function add(index: Index, sourcePath: string, content: string) {
  const added = await index.addHTMLFile({ sourcePath, content });
  if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
  return added.file.url ? 1 : 0;
}

/** The page as Pagefind should read it: its root element in the language of its text. */
const inLanguage = (html: string, lang: string) => html.replace(/<html\b[^>]{0,200}?\blang="[^"]{0,35}"/, (tag) => tag.replace(/\blang="[^"]{0,35}"$/, `lang="${lang}"`));

/**
 * A merged bundle is read for its entry, metadata, index and fragments only: the main bundle's
 * pagefind.js and WebAssembly search it. Pagefind's UI scripts, worker and wasm copies are removed so
 * the site does not ship them twice (listed by name in the log, nothing removed silently).
 */
function keepOnlyIndexData(bundle: string) {
  const removed = readdirSync(bundle).filter((name) => !(name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || name === 'index' || name === 'fragment'));
  for (const name of removed) rmSync(join(bundle, name), { recursive: true, force: true });
  if (removed.length) console.log(`search-index: ${segmentedBundleDir}/ keeps index data only; removed ${removed.sort().join(', ')}`);
}

try {
  const main = await newIndex({ forceLanguage: 'en' });
  const segmented = await newIndex({});
  const languages = new Set<string>();
  let mainPages = 0;
  let segmentedPages = 0;
  // Sorted paths, one at a time: the same site gives byte-identical bundles.
  for (const file of listFiles(siteDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    const lang = segmentedLanguageOf(html);
    if (!html.includes('data-pagefind-body')) continue;
    if (lang) {
      languages.add(lang);
      segmentedPages += await add(segmented, file, inLanguage(html, lang));
    } else mainPages += await add(main, file, html);
  }
  if (mainPages + segmentedPages === 0) throw new Error(`no page in ${siteDir} has content to index (data-pagefind-body)`);
  rmSync(outputPath, { recursive: true, force: true });
  const written = await main.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  if (segmentedPages) {
    const segmentedPath = join(outputPath, segmentedBundleDir);
    const more = await segmented.writeFiles({ outputPath: segmentedPath });
    if (more.errors.length) throw new Error(more.errors.join('\n'));
    keepOnlyIndexData(segmentedPath);
  }
  writeFileSync(join(outputPath, segmentedListFile), `${JSON.stringify({ languages: [...languages].sort() })}\n`);
  const others = segmentedPages ? `, ${segmentedPages} in their own language (${[...languages].sort().join(', ')})` : '';
  console.log(`search-index: ${mainPages} pages in the English index${others}; written to ${outputPath}`);
} catch (error) {
  console.error(`search-index: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
