/**
 * One-off: builds the aed set (AED_CASES_DIR, see the README beside the fixtures) from
 * AndyTheFactory/article-extraction-dataset: 424 news and magazine pages of 2023 from 212 sites, each
 * with its article cleaned by hand of boilerplate, its title, publication day and authors (aed-truth.ts).
 *
 *   node scripts/bench/extract/import/import-aed-cases.ts --aed DIR [--out DIR]
 *
 * `--aed` is a checkout of that repository (`news_articles.json` beside `html/`). Data only; none of its
 * code is used or run. Then render the text path's input: node scripts/bench/extract/import/render-innertext.ts --dir <out>
 *
 * A page already in another set (the same bytes or the same address) is left out, so that no page is
 * scored twice; an entry whose page the snapshot lacks is counted. Split dev / held out by the id's
 * hash like the body, meta, fundus and utomo sets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AED_CASES_DIR } from '../cases.ts';
import { sha256 } from './other-sets-pages.ts';
import { newCaseWriter } from './new-case-writer.ts';
import { aedCaseOf, aedPagePath, parseAedEntries } from './aed-truth.ts';

const { values } = parseArgs({ options: { aed: { type: 'string' }, out: { type: 'string', default: AED_CASES_DIR } } });
const jsonPath = values.aed ? join(values.aed, 'news_articles.json') : '';
if (!values.aed || !existsSync(jsonPath)) {
  console.error('--aed DIR (a checkout of AndyTheFactory/article-extraction-dataset, with news_articles.json) is required');
  process.exit(1);
}

const cases = newCaseWriter('aed', values.out);

const entries = parseAedEntries(JSON.parse(readFileSync(jsonPath, 'utf8')));
const tally = { entries: entries.length, noPage: 0 };
for (const entry of entries) {
  const pagePath = join(values.aed, aedPagePath(entry));
  if (!existsSync(pagePath)) {
    tally.noPage++;
    continue;
  }
  const html = readFileSync(pagePath);
  const pageHash = sha256(html);
  const c = aedCaseOf(entry, html);
  cases.write(c, html, pageHash);
}
console.log(`${cases.counts.written} of ${tally.entries} entries written to ${values.out}`);
console.log(`${cases.counts.inOtherSet} pages left out as pages of another set; ${cases.counts.twins} byte-identical to a page already imported; ${tally.noPage} entries whose page is not in the checkout`);
