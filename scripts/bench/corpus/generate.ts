/**
 * A deterministic synthetic corpus of N raw seed files shaped like scraped news: several reports per
 * occasion in different outlet styles, chrome, fused titles, repeated bodies, exact duplicates and
 * broken or oddly encoded files. Same (count, seed) → same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenFile, encode, withLatinFlavour, type BrokenKind, type Encoding } from './encodings.ts';
import { makeOccasions } from './occasions.ts';
import { render, styleWeights, type StyleName } from './outlet-styles.ts';
import { Prng } from './prng.ts';
import { writeReport } from './report.ts';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
  /** What the file is, for the bench's own bookkeeping (never written into the file). */
  kind: 'report' | 'duplicate' | BrokenKind;
  style?: StyleName;
  encoding?: Encoding;
}

/** The clean text of a report, for the bare-Astro baseline pages. */
export interface CleanPage {
  title: string;
  paragraphs: string[];
}

export interface Corpus {
  files: SeedFile[];
  pages: CleanPage[];
}

export const DEFAULT_SEED = 20_190_101;

const encodingWeights: readonly (readonly [Encoding, number])[] = [
  ['utf8', 90],
  ['utf8-bom', 1.5],
  ['utf8-crlf', 4],
  ['utf16le-bom', 1],
  ['utf16be-bom', 0.5],
  ['utf16le', 0.5],
  ['windows-1252', 2.5],
];

export function generateCorpus(count: number, seed = DEFAULT_SEED): Corpus {
  const rng = new Prng(seed);
  const broken: BrokenKind[] = ['empty', 'whitespace', 'binary'];
  const brokenCount = count >= 20 ? Math.max(3, Math.round(count * 0.012)) : 0;
  const duplicateCount = count >= 20 ? Math.max(1, Math.round(count * 0.02)) : 0;
  const reportCount = count - brokenCount - duplicateCount;

  const files: Omit<SeedFile, 'name'>[] = [];
  const pages: CleanPage[] = [];
  // Occasions with one to four reports each; generate more than needed and stop at reportCount.
  const occasions = makeOccasions(rng, Math.ceil(reportCount / 1.5) + 1);
  for (const occasion of occasions) {
    const reports = rng.weighted([[1, 45], [2, 30], [3, 18], [4, 7]] as const);
    for (let i = 0; i < reports && files.length < reportCount; i++) {
      const report = writeReport(rng, occasion);
      const style = rng.weighted(styleWeights);
      const encoding = rng.weighted(encodingWeights);
      let text = render(rng, style, report);
      if (encoding === 'windows-1252') text = withLatinFlavour(text);
      files.push({ bytes: encode(text, encoding), kind: 'report', style, encoding });
      pages.push({ title: report.title, paragraphs: [report.relativeLead, ...report.body] });
    }
    if (files.length >= reportCount) break;
  }
  for (let i = 0; i < duplicateCount; i++) {
    const original = files[rng.int(0, reportCount - 1)];
    files.push({ ...original, kind: 'duplicate' });
  }
  for (let i = 0; i < brokenCount; i++) {
    const kind = broken[i % broken.length];
    files.push({ bytes: brokenFile(rng, kind), kind });
  }

  // Scrapers number files in crawl order, which has nothing to do with dates or outlets.
  const digits = Math.max(3, String(count - 1).length);
  const named = rng.shuffle(files).map((file, i) => ({
    ...file,
    name: `${String(i).padStart(digits, '0')}_${rng.hex(16)}.txt`,
  }));
  return { files: named, pages };
}

export function writeCorpus(dir: string, corpus: Corpus): void {
  mkdirSync(dir, { recursive: true });
  for (const file of corpus.files) writeFileSync(join(dir, file.name), file.bytes);
}
