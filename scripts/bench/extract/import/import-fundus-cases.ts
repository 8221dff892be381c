/**
 * One-off: turns the fundus project's parser test pages into the fundus set (FUNDUS_CASES_DIR, see
 * the README beside the fixtures): real news pages from about forty countries, with the headline,
 * publication day, authors and body its per-publisher parsers were checked against. Data only; none
 * of that project's code is used.
 *
 *   node scripts/bench/extract/import/import-fundus-cases.ts --fundus DIR [--out DIR]
 *
 * DIR is its tests/resources/parser/test_data: <country>/<Publisher>.json (parser version → truth),
 * <country>/<Publisher>[_YYYY_MM_DD].html.gz (the saved pages) and <country>/meta.info (their URLs).
 * Then render the text path's input: node scripts/bench/extract/import/render-innertext.ts --dir <out>
 *
 * The set's publishing dates carry a time and a zone offset, often UTC rather than the page's own
 * zone: the day is taken as written (publishedDay), so a page published near midnight in its zone
 * may be a day off in the truth. The import counts those pages so a day miss there is read first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeCase } from './write-case.ts';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { FUNDUS_CASES_DIR, splitOf, type CaseTruth } from '../cases.ts';
import { assembleBody, authorField, matchVersions, pageHaystacks, publishedDay, type FundusVersion, type PageFile } from './fundus-truth.ts';
import { guessLang } from './guess-lang.ts';

const { values } = parseArgs({ options: { fundus: { type: 'string' }, out: { type: 'string', default: FUNDUS_CASES_DIR } } });
if (!values.fundus || !existsSync(values.fundus) || !statSync(values.fundus).isDirectory()) {
  console.error('--fundus DIR is required: the fundus repository\'s tests/resources/parser/test_data');
  process.exit(1);
}
const root = values.fundus;

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    console.warn(`skipped ${path}: ${(e as Error).message}`);
    return null;
  }
};

const pagesSeen = new Set<string>();
const unmatched: string[] = [];
const how: Record<string, number> = {};
let count = 0;
let twins = 0;
let emptyTruth = 0;
/** Times within two hours of midnight as written (00:00:00 itself is a date given without a time, counted apart). */
let nearMidnight = 0;
let midnightExactly = 0;
let noTime = 0;

for (const country of readdirSync(root).sort()) {
  const dir = join(root, country);
  if (!statSync(dir).isDirectory()) continue;
  const names = readdirSync(dir).sort();
  const urls = (readJson(join(dir, 'meta.info')) ?? {}) as Record<string, { url?: string }>;
  for (const jsonName of names.filter((n) => n.endsWith('.json'))) {
    const publisher = jsonName.slice(0, -'.json'.length);
    const truths = readJson(join(dir, jsonName));
    if (!truths || typeof truths !== 'object') continue;
    const files: PageFile[] = names
      .filter((n) => n === `${publisher}.html.gz` || (n.startsWith(`${publisher}_`) && /^_\d{4}_\d{2}_\d{2}\.html\.gz$/.test(n.slice(publisher.length))))
      .map((name) => ({ name, haystacks: pageHaystacks(gunzipSync(readFileSync(join(dir, name))).toString('utf8')) }));
    const versions = Object.entries(truths as Record<string, FundusVersion>).filter(([, v]) => v && typeof v === 'object');
    for (const m of matchVersions(versions, files)) {
      how[m.how] = (how[m.how] ?? 0) + 1;
      if (!m.file) {
        unmatched.push(`${country}/${publisher} ${m.version} (${m.how})`);
        continue;
      }
      const v = (truths as Record<string, FundusVersion>)[m.version];
      const body = assembleBody(v.body);
      const headline = v.title?.trim();
      if (!body || !headline) {
        emptyTruth++;
        continue;
      }
      const html = gunzipSync(readFileSync(join(dir, m.file)));
      const pageHash = createHash('sha256').update(html).digest('hex');
      if (pagesSeen.has(pageHash)) {
        twins++;
        continue;
      }
      pagesSeen.add(pageHash);
      const time = /^\d{4}-\d{2}-\d{2}[ T](\d{2}):(\d{2}):(\d{2})/.exec(v.publishing_date ?? '');
      if (!time) noTime++;
      else if (time[1] === '00' && time[2] === '00' && time[3] === '00') midnightExactly++;
      else if (Number(time[1]) < 2 || Number(time[1]) >= 22) nearMidnight++;
      // The country is the set's folder; the page is named by its bytes, never by its site.
      const id = `fd-${country}-${pageHash.slice(0, 12)}`;
      const truth: CaseTruth = {
        id,
        source: 'fundus',
        url: urls[m.file]?.url ?? null,
        lang: guessLang(body),
        split: splitOf(id),
        headline,
        headlineSource: 'annotated',
        body,
        published: publishedDay(v.publishing_date),
        author: authorField(v.authors),
      };
      writeCase(values.out, truth, html);
      count++;
    }
  }
}
console.log(`${count} cases written to ${values.out}`);
console.log(`matched by: ${JSON.stringify(how)}; ${twins} byte-identical to a page already imported; ${emptyTruth} without a title or body`);
console.log(`publishing times: ${nearMidnight} within two hours of midnight as written, ${midnightExactly} at 00:00:00 (a day without a time), ${noTime} without a time`);
if (unmatched.length > 0) console.log(`left out, no page told apart:\n  ${unmatched.join('\n  ')}`);
