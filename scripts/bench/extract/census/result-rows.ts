/**
 * A bench result's rows of one path, and a set's cases, for the tools that read headlines against
 * the sets (headline-ceiling, headline-miss-places, headline-miss-kinds on the text path;
 * headline-html-fields, headline-html-miss-kinds on the HTML path). The extraction bench writes each
 * path's cases under `paths`, the snippet bench its rows under `results`. A result without the path
 * ends the tool with a message saying how to get one.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { CASES_DIR, SET_DIRS, loadCases, type BenchCase } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';

/** What these tools read of a page's row: its id, split and headline outcome. */
export interface ResultRow {
  id: string;
  split: string;
  headline: string | null;
  headlineTruth?: string | null;
  headlineRight?: boolean | null;
}

/** The rows of `path` in the result `file`. */
export function pathRows(file: string, path: 'text' | 'html'): ResultRow[] {
  const results = JSON.parse(readFileSync(file, 'utf8')) as { paths?: Record<string, { cases: ResultRow[] } | undefined>; results?: Record<string, ResultRow[] | undefined> };
  const rows = results.paths ? results.paths[path]?.cases : results.results?.[path];
  if (!rows) {
    console.error(`${file} has no ${path} path: run the bench with --path ${path}`);
    process.exit(1);
  }
  return rows;
}

/** The text path's rows of `file`, or of the bench's own last result (the snippet bench's with `snippets`). */
export function textPathRows(file: string | undefined, snippets: boolean | undefined): ResultRow[] {
  return pathRows(file ?? join(import.meta.dirname, '../../../../bench/tmp', snippets ? 'snippet-results.json' : 'extract-results.json'), 'text');
}

/** The cases of a set by name: body, meta, fundus, check or snippets. */
export function casesOfSet(set: string | undefined): BenchCase[] {
  return set === 'snippets' ? loadSnippetCases() : loadCases(SET_DIRS[set ?? 'body'] ?? CASES_DIR);
}
