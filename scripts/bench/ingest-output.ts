/**
 * What the ingest left in a project's content/: which article came from which seed (frontmatter
 * `seed:`), how many were written and skipped, and which data files still name an article. Used by
 * the bench to check the incremental ingest (a changed seed is re-read, a deleted one leaves nothing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/list-files.ts';

export const articlesDir = (project: string) => join(project, 'content', 'articles');
export const dataDir = (project: string) => join(project, 'content', 'data');

function frontmatterSeed(mdx: string): string | null {
  const end = mdx.indexOf('\n---', 3);
  const head = mdx.slice(0, end > 0 ? end : 2000);
  const m = head.match(/^seed:\s*["']?(.+?)["']?\s*$/m);
  return m ? m[1] : null;
}

/** Seed file name → article slugs (file names without .mdx) made from it. */
export function articlesBySeed(project: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dir = articlesDir(project);
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const seed = frontmatterSeed(readFileSync(join(dir, file), 'utf8'));
    if (!seed) continue;
    out.set(seed, [...(out.get(seed) ?? []), file.replace(/\.mdx$/, '')]);
  }
  return out;
}

export function articleText(project: string, slug: string): string {
  return readFileSync(join(articlesDir(project), `${slug}.mdx`), 'utf8');
}

export function ingestCounts(project: string): { articles: number; skipped: number | null } {
  const dir = articlesDir(project);
  const articles = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).length : 0;
  const skippedFile = join(dataDir(project), 'skipped.json');
  const skipped = existsSync(skippedFile) ? JSON.parse(readFileSync(skippedFile, 'utf8')).skipped.length : null;
  return { articles, skipped };
}

/** Data files under content/data (JSON, and the JSONL shards) that still mention `name` as a JSON string. */
export function dataFilesNaming(project: string, name: string): string[] {
  const dir = dataDir(project);
  if (!existsSync(dir)) return [];
  return listFiles(dir)
    .filter((f) => /\.jsonl?$/.test(f))
    .filter((f) => readFileSync(join(dir, f), 'utf8').includes(JSON.stringify(name)));
}
