/**
 * The text path's rows of a bench result, for the tools that read its headlines against the sets
 * (headline-ceiling, headline-miss-places, headline-miss-kinds). The extraction bench writes each
 * path's cases under `paths`, the snippet bench its rows under `results`; with no file named, the
 * bench's own last result. A result with no text path ends the tool with a message saying how to get one.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** What these tools read of a page's row: its id, split and headline outcome. */
export interface TextPathRow {
  id: string;
  split: string;
  headline: string | null;
  headlineRight: boolean | null;
}

export function textPathRows(file: string | undefined, snippets: boolean | undefined): { file: string; rows: TextPathRow[] } {
  const path = file ?? join(import.meta.dirname, '../../../bench/tmp', snippets ? 'snippet-results.json' : 'extract-results.json');
  const results = JSON.parse(readFileSync(path, 'utf8')) as { paths?: Record<string, { cases: TextPathRow[] }>; results?: Record<string, TextPathRow[]> };
  const rows = snippets ? results.results?.text : results.paths?.text?.cases;
  if (!rows) {
    console.error(`${path} has no text path: run the bench with --path text`);
    process.exit(1);
  }
  return { file: path, rows };
}
