/**
 * One-off: turns the Postlight parser's per-site test pages into the check set (CHECK_CASES_DIR, see
 * the README beside the fixtures): about 160 saved pages of news sites, blogs and a few others, with
 * the title, author, publication moment and first words its tests assert. Data only; none of that
 * project's code is used or run (its test files are read as text: postlight-truth.ts).
 *
 *   node scripts/bench/extract/import-check-cases.ts --postlight DIR [--out DIR]
 *
 * DIR is a checkout of postlight/parser: `fixtures/*.html` (the pages) and
 * `src/extractors/custom/<site>/index.test.js` (the truths). Then render the text path's input:
 * node scripts/bench/extract/render-innertext.ts --dir <out>
 *
 * THE CHECK SET IS NEVER TUNED ON. Every case is split `check`: no rule of the ingest may be fitted to
 * it, no page of it opened to decide a rule. It says how the rules fitted to the other sets' dev
 * halves fare on pages nobody here chose; read its totals and its miss kinds, as a held-out set's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHECK_CASES_DIR } from './cases.ts';
import { checkCaseOf, parsePostlightTest } from './postlight-truth.ts';

const { values } = parseArgs({ options: { postlight: { type: 'string' }, out: { type: 'string', default: CHECK_CASES_DIR } } });
const testsRoot = values.postlight && join(values.postlight, 'src/extractors/custom');
if (!values.postlight || !testsRoot || !existsSync(testsRoot) || !statSync(testsRoot).isDirectory()) {
  console.error('--postlight DIR is required: a checkout of postlight/parser (fixtures/ and src/extractors/custom/)');
  process.exit(1);
}

const pagesSeen = new Set<string>();
let count = 0;
let twins = 0;
let nothingScored = 0;
let authorsLeftOut = 0;
for (const site of readdirSync(testsRoot).sort()) {
  const testFile = join(testsRoot, site, 'index.test.js');
  if (!existsSync(testFile)) continue;
  for (const truth of parsePostlightTest(readFileSync(testFile, 'utf8'))) {
    const pagePath = join(values.postlight, truth.fixture);
    if (!existsSync(pagePath)) {
      console.warn(`skipped ${truth.fixture}: not in the checkout`);
      continue;
    }
    const html = readFileSync(pagePath);
    const pageHash = createHash('sha256').update(html).digest('hex');
    if (pagesSeen.has(pageHash)) {
      twins++;
      continue;
    }
    // The page is named by its bytes, never by its site.
    const c = checkCaseOf(truth, `pl-${pageHash.slice(0, 12)}`, html);
    if (!c) {
      nothingScored++;
      continue;
    }
    pagesSeen.add(pageHash);
    if (truth.author && c.author === undefined) authorsLeftOut++;
    const caseDir = join(values.out, c.id);
    mkdirSync(caseDir, { recursive: true });
    writeFileSync(join(caseDir, 'case.json'), JSON.stringify(c, null, 2) + '\n');
    writeFileSync(join(caseDir, 'source.html.gz'), gzipSync(html, { level: 9 }));
    count++;
  }
}
console.log(`${count} cases written to ${values.out}`);
console.log(`${twins} byte-identical to a page already imported; ${nothingScored} asserting nothing scored; ${authorsLeftOut} author truths left out (an address, or lines of biography)`);
