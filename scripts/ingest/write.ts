/**
 * Writes the corpus: one MDX file per article (frontmatter validated against the data contract,
 * src/schema.ts) and the small JSON data files. A file is rewritten only when its bytes change, and
 * article files no article claims any more are removed, so Astro's cache sees only real changes.
 * Every write is atomic (temp file + rename): a killed run leaves old files or new ones, never half.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleOut, ArticleSummary } from './types.ts';
import type { ZodType } from 'zod';
import { articleFrontmatter, type ArticleFrontmatter } from '../../src/schema.ts';
import { writeFileAtomic } from '../lib/atomic-write.ts';

export interface Written {
  changed: number;
  unchanged: number;
  removed: number;
}

export const newWritten = (): Written => ({ changed: 0, unchanged: 0, removed: 0 });

/** `summary` as the per-article stages found it; slug, date and event as the corpus stages placed it. */
export function frontmatterOf(summary: ArticleSummary, a: ArticleOut): ArticleFrontmatter {
  return articleFrontmatter.parse({
    slug: a.slug,
    seed: a.seed,
    title: a.title,
    outlet: a.outlet,
    author: summary.author,
    editor: summary.editor,
    date: a.date?.date ?? null,
    datePrecision: a.date?.precision ?? null,
    dateSource: a.date?.source ?? null,
    dateEvidence: a.date?.evidence ?? null,
    datedFrom: a.datedFrom,
    published: summary.published,
    ...(summary.dateModified ? { dateModified: summary.dateModified } : {}),
    topics: a.topics,
    people: summary.people,
    event: a.event,
    paragraphs: summary.paragraphCount,
    words: summary.wordCount,
    summary: summary.summary,
    ...(summary.lang ? { lang: summary.lang } : {}),
  });
}

/**
 * Writes `data` as compact JSON when it differs from the file, after validating it against `schema`
 * (data that is unchanged was validated when it was written).
 */
export function writeJsonIfChanged<T>(path: string, data: T, schema: ZodType<T>, written: Written): void {
  const text = json(data);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) written.unchanged++;
  else writeIfChanged(path, json(schema.parse(data)), written);
}

/** A file known not to exist yet. */
export function writeNew(path: string, text: string, written: Written): void {
  writeFileAtomic(path, text);
  written.changed++;
}

export function writeIfChanged(path: string, text: string, written: Written): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) written.unchanged++;
  else {
    writeFileAtomic(path, text);
    written.changed++;
  }
}

/** Removes the files of `dir` (listed in `onDisk`) that are not `wanted`. */
export function removeUnwanted(dir: string, onDisk: Iterable<string>, wanted: Set<string>, written: Written): void {
  for (const file of onDisk) {
    if (wanted.has(file)) continue;
    rmSync(join(dir, file), { force: true });
    written.removed++;
  }
}

/** Compact: these files are read by programs, and at 10,000 articles indentation is most of the work. */
export const json = (data: unknown) => JSON.stringify(data) + '\n';
