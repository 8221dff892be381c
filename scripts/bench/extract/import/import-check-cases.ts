/**
 * One-off: builds the check set (CHECK_CASES_DIR, see the README beside the fixtures) from two other
 * projects' test data, neither of which any rule here was tuned on:
 *
 * - `pl-`: the Postlight parser's per-site test pages (news sites, blogs, a few others), with the
 *   title, author, publication moment and first words its tests assert (postlight-truth.ts);
 * - `hd-`: the htmldate evaluation's date-annotated pages (news and blogs worldwide), with the day
 *   people set for each (htmldate-truth.ts).
 *
 *   node scripts/bench/extract/import/import-check-cases.ts [--postlight DIR] [--htmldate DIR] [--out DIR]
 *
 * `--postlight` is a checkout of postlight/parser (`fixtures/*.html`, `src/extractors/custom/<site>/index.test.js`);
 * `--htmldate` one of adbar/htmldate (`tests/eval_default.json` with `tests/eval/`, `tests/eval_mediacloud_2020.json`
 * with `tests/test_set/`). Data only; none of their code is used or run. Then render the text path's
 * input: node scripts/bench/extract/import/render-innertext.ts --dir <out>
 *
 * A page that is already in one of the other sets (body, meta, fundus, snippets: the same bytes or the
 * same address) is left out: those sets were tuned on, so such a page would check nothing. Those sets
 * are read where the bench reads them; the import says which it found.
 *
 * THE CHECK SET IS NEVER TUNED ON. Every case is split `check`: no rule of the ingest may be fitted to
 * it, no page of it opened to decide a rule. It says how the rules fitted to the other sets' dev
 * halves fare on pages nobody here chose; read its totals and its miss kinds, as a held-out set's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_CASES_DIR, type CaseTruth } from '../cases.ts';
import { sha256 } from './other-sets-pages.ts';
import { newCaseWriter } from './new-case-writer.ts';
import { checkCaseOf, parsePostlightTest } from './postlight-truth.ts';
import { htmldateCaseOf, parseHtmldateEval, readEvalJson } from './htmldate-truth.ts';

const { values } = parseArgs({ options: { postlight: { type: 'string' }, htmldate: { type: 'string' }, out: { type: 'string', default: CHECK_CASES_DIR } } });
const isDir = (dir: string | undefined): dir is string => !!dir && existsSync(dir) && statSync(dir).isDirectory();
if (!values.postlight && !values.htmldate) {
  console.error('--postlight DIR (a checkout of postlight/parser) and/or --htmldate DIR (a checkout of adbar/htmldate) is required');
  process.exit(1);
}
for (const dir of [values.postlight, values.htmldate]) {
  if (dir !== undefined && !isDir(dir)) {
    console.error(`${dir}: not a folder`);
    process.exit(1);
  }
}

const cases = newCaseWriter('check', values.out);
const tally = { nothingScored: 0, missing: 0, authorsLeftOut: 0 };

/** Writes the case of one page unless it is one already written or a page of a tuned set. */
function write(c: CaseTruth | null, html: Uint8Array, pageHash: string): boolean {
  if (!c) {
    tally.nothingScored++;
    return false;
  }
  return cases.write(c, html, pageHash);
}

if (values.postlight) {
  const testsRoot = join(values.postlight, 'src/extractors/custom');
  for (const site of isDir(testsRoot) ? readdirSync(testsRoot).sort() : []) {
    const testFile = join(testsRoot, site, 'index.test.js');
    if (!existsSync(testFile)) continue;
    for (const truth of parsePostlightTest(readFileSync(testFile, 'utf8'))) {
      const pagePath = join(values.postlight, truth.fixture);
      if (!existsSync(pagePath)) {
        tally.missing++;
        continue;
      }
      const html = readFileSync(pagePath);
      const pageHash = sha256(html);
      // The page is named by its bytes, never by its site.
      const c = checkCaseOf(truth, `pl-${pageHash.slice(0, 12)}`, html);
      if (write(c, html, pageHash) && truth.author && c!.author === undefined) tally.authorsLeftOut++;
    }
  }
}

if (values.htmldate) {
  for (const [evalFile, pageDir] of [
    ['tests/eval_default.json', 'tests/eval'],
    ['tests/eval_mediacloud_2020.json', 'tests/test_set'],
  ]) {
    const path = join(values.htmldate, evalFile);
    if (!existsSync(path)) {
      console.warn(`${path}: not found`);
      continue;
    }
    for (const truth of parseHtmldateEval(readEvalJson(readFileSync(path, 'utf8')))) {
      const pagePath = join(values.htmldate, pageDir, truth.file);
      if (!existsSync(pagePath)) {
        tally.missing++;
        continue;
      }
      const html = readFileSync(pagePath);
      const pageHash = sha256(html);
      write(htmldateCaseOf(truth, `hd-${pageHash.slice(0, 12)}`, html.toString('utf8')), html, pageHash);
    }
  }
}

console.log(`${cases.counts.written} cases written to ${values.out}`);
console.log(
  `${cases.counts.inOtherSet} pages left out as pages of a tuned set; ${cases.counts.twins} byte-identical to a page already imported; ${tally.missing} truths without their page; ` +
    `${tally.nothingScored} asserting nothing scored; ${tally.authorsLeftOut} author truths left out (an address, or lines of biography)`,
);
