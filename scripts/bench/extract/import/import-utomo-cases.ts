/**
 * One-off: builds the utomo set (UTOMO_CASES_DIR, see the README beside the fixtures) from Utomo &
 * Leu's web-content-extraction data, whose gold standard people made: every page's article copied
 * out of it, headline first (utomo-truth.ts).
 *
 * - `ch-`: the Chaos data set, 360 news pages of 2017 found by 36 search queries, from about 240 sites;
 * - `b9-`: the Big9 data set, 360 pages of nine news sites, ten per site in each of 2005, 2009, 2013, 2017.
 *
 *   node scripts/bench/extract/import/import-utomo-cases.ts --utomo DIR [--out DIR]
 *
 * `--utomo` is a checkout of MSVCode/ir-research-data (`Extraction/chaos-all/`, `Extraction/big5-*`,
 * each with `html/` and `gold/`). Data only; none of its code is used or run. Then render the text
 * path's input: node scripts/bench/extract/import/render-innertext.ts --dir <out>
 *
 * A page already in another set (the same bytes or the same address) is left out, as the check set
 * does, so that no page is scored twice; so is a gold file that is not its page's (utomo-truth.ts
 * goldOnPage). Split dev / held out by the id's hash like the body, meta and fundus sets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { UTOMO_CASES_DIR } from '../cases.ts';
import { sha256 } from './other-sets-pages.ts';
import { newCaseWriter } from './new-case-writer.ts';
import { sourceOfDataset, utomoCaseOf } from './utomo-truth.ts';

const { values } = parseArgs({ options: { utomo: { type: 'string' }, out: { type: 'string', default: UTOMO_CASES_DIR } } });
const root = values.utomo ? join(values.utomo, 'Extraction') : '';
if (!values.utomo || !existsSync(root) || !statSync(root).isDirectory()) {
  console.error('--utomo DIR (a checkout of MSVCode/ir-research-data, with Extraction/) is required');
  process.exit(1);
}

const cases = newCaseWriter('utomo', values.out);

const tally = { goldNotThePage: 0, noPage: 0, noHeadline: 0 };
const written: Record<string, number> = {};
for (const dataset of readdirSync(root).sort()) {
  const source = sourceOfDataset(dataset);
  if (!source) continue;
  const htmlDir = join(root, dataset, 'html');
  const pages = new Map(readdirSync(htmlDir).map((name) => [name.slice(0, -extname(name).length), name]));
  for (const goldName of readdirSync(join(root, dataset, 'gold')).sort()) {
    const pageName = pages.get(goldName.slice(0, -extname(goldName).length));
    if (!pageName) {
      tally.noPage++;
      continue;
    }
    const html = readFileSync(join(htmlDir, pageName));
    const c = utomoCaseOf(source, html, readFileSync(join(root, dataset, 'gold', goldName)));
    if (!c) {
      tally.goldNotThePage++;
      continue;
    }
    const pageHash = sha256(html);
    if (!cases.write(c, html, pageHash)) continue;
    if (c.headline === null) tally.noHeadline++;
    written[source] = (written[source] ?? 0) + 1;
  }
}

console.log(`${cases.counts.written} cases written to ${values.out} (${Object.entries(written).map(([s, n]) => `${s} ${n}`).join(', ')})`);
console.log(
  `${cases.counts.inOtherSet} pages left out as pages of another set; ${cases.counts.twins} byte-identical to a page already imported; ` +
    `${tally.goldNotThePage} gold files blank or not their page's; ${tally.noPage} gold files without a page; ${tally.noHeadline} written without a headline (the gold opens on a paragraph)`,
);
