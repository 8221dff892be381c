/**
 * One-off: turns WCXB's article pages into the metadata set (META_CASES_DIR, see the README beside
 * the fixtures): every page the set classes as an article, with its annotated headline, body,
 * publication day and author, so the bench can score dates and headlines on about a thousand pages
 * of sites nobody here has looked at. Data only; nothing of that repository's code is used.
 *
 *   node scripts/bench/extract/import/import-meta-cases.ts --wcxb DIR [--out DIR]
 *
 * DIR holds dev|test/ground-truth/<n>.json, dev|test/html/<n>.html.gz.
 * Then render the text path's input: node scripts/bench/extract/import/render-innertext.ts --dir <out>
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeCase } from './write-case.ts';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { META_CASES_DIR, splitOf, type CaseTruth } from '../cases.ts';
import { guessLang } from './guess-lang.ts';

const { values } = parseArgs({ options: { wcxb: { type: 'string' }, out: { type: 'string', default: META_CASES_DIR } } });
if (!values.wcxb) throw new Error('--wcxb DIR is required');

/** Pages over this size (compressed) are left out: a handful of megabyte pages would dominate the timing. */
const MAX_GZ_BYTES = 400_000;

interface GroundTruth {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth?: { title?: string; main_content?: string; publish_date?: string | null; author?: string | null };
}

/**
 * The set's two folders hold some pages twice, byte for byte (80 of the 1,047 article pages, 37 of
 * them split across our dev and held-out halves). A twin is scored twice, and one in both halves
 * makes a rule tuned on dev look held out on its own copy: each page is imported once, when first seen.
 */
const pagesSeen = new Set<string>();
let twins = 0;
let count = 0;
for (const split of ['dev', 'test']) {
  const gtDir = join(values.wcxb, split, 'ground-truth');
  if (!existsSync(gtDir)) continue;
  for (const file of readdirSync(gtDir).sort()) {
    const fileId = file.replace(/\.json$/, '');
    const d = JSON.parse(readFileSync(join(gtDir, file), 'utf8')) as GroundTruth;
    if (d._internal?.page_type?.primary !== 'article') continue;
    const gt = d.ground_truth ?? {};
    const htmlPath = join(values.wcxb, split, 'html', `${fileId}.html.gz`);
    if (!gt.title || !gt.main_content || !existsSync(htmlPath) || statSync(htmlPath).size > MAX_GZ_BYTES) continue;
    const html = gunzipSync(readFileSync(htmlPath));
    const pageHash = createHash('sha256').update(html).digest('hex');
    if (pagesSeen.has(pageHash)) {
      twins++;
      continue;
    }
    pagesSeen.add(pageHash);
    // Only a whole day is a date to score; the set writes days as YYYY-MM-DD (a few add a time).
    const day = /^\d{4}-\d{2}-\d{2}/.exec(gt.publish_date ?? '')?.[0] ?? null;
    // The set numbers its two splits separately (139 numbers are in both).
    const id = `wcxb-${split === 'test' ? 't' : ''}${fileId}`;
    const truth: CaseTruth = {
      id,
      source: 'wcxb',
      url: d.url ?? null,
      lang: guessLang(gt.main_content),
      split: splitOf(id),
      headline: gt.title.trim(),
      headlineSource: 'annotated',
      body: gt.main_content,
      published: day,
      author: gt.author?.trim() || null,
    };
    writeCase(values.out, truth, html);
    count++;
  }
}
console.log(`${count} cases written to ${values.out} (${twins} pages left out: byte-identical to one already imported)`);
