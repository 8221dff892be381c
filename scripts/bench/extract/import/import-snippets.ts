/**
 * One-off: turns trafilatura's evaluation corpus (checked out beforehand, see
 * tests/fixtures/extract/README.md) into snippet cases: the saved page and, per page, a few
 * passages that belong to the article ("with") and a few that do not ("without"), marked by people.
 * Data only; nothing of that repository's code is used.
 *
 *   node scripts/bench/extract/import/import-snippets.ts --trafilatura DIR [--out DIR]
 *
 * DIR is the repository's tests/ folder: evaldata.json, and the pages under cache/ or eval/.
 * Every page is a case; its split is given when the set is read (snippet-cases.ts: splitOf, as for the
 * other sets), so the cases carry none.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeCase } from './write-case.ts';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectLanguage } from '../../../ingest/lib/page-text/language/language.ts';
import { SNIPPET_CASES_DIR, type SnippetTruth } from '../snippet-cases.ts';

const { values } = parseArgs({ options: { trafilatura: { type: 'string' }, out: { type: 'string', default: SNIPPET_CASES_DIR } } });
if (!values.trafilatura) {
  console.error('usage: import-snippets.ts --trafilatura <trafilatura checkout>/tests [--out DIR]');
  process.exit(2);
}

interface EvalItem {
  file: string;
  with: string[];
  without: string[];
}
const evaldata = JSON.parse(readFileSync(join(values.trafilatura, 'evaldata.json'), 'utf8')) as Record<string, EvalItem>;

let written = 0;
const missing: string[] = [];
for (const url of Object.keys(evaldata).sort()) {
  const item = evaldata[url];
  const path = ['cache', 'eval'].map((sub) => join(values.trafilatura!, sub, item.file)).find((p) => existsSync(p));
  if (!path) {
    missing.push(item.file);
    continue;
  }
  // The id is a hash of the URL: stable, and names no site in file listings or reports.
  const id = `tf-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
  const truth: SnippetTruth = {
    id,
    source: 'trafilatura',
    url,
    // The article's own passages say which language it is in; the page's chrome may be in another.
    lang: detectLanguage(item.with.join('\n')).lang,
    with: item.with,
    without: item.without,
  };
  writeCase(values.out, truth, readFileSync(path), 1);
  written++;
}
console.log(`${written} snippet cases written to ${values.out}${missing.length ? `; ${missing.length} pages missing: ${missing.slice(0, 5).join(', ')}…` : ''}`);
