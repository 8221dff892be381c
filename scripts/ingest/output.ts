/**
 * Reads back what the ingest wrote to content/data/ the way the site does (src/lib/data/aggregate.ts):
 * for tests and the bench, which check the result, not how it was reached.
 */
import { join } from 'node:path';
import { aggregateFacts, type Aggregated } from '../../src/lib/data/aggregate.ts';
import { articleFacts, reportLine, type ArticleFacts } from '../../src/schema.ts';
import type { ReportEntry } from './report.ts';
import { readLines } from './jsonl.ts';

export interface IngestOutput extends Aggregated {
  facts: ArticleFacts[];
  /** Every report entry, by shard, then in seed order. */
  entries: ReportEntry[];
}

const lines = (dir: string) => readLines(dir).map((l) => JSON.parse(l) as unknown);

export const readIngestOutput = (root: string): IngestOutput => readDataDir(join(root, 'content', 'data'));

/** The same, for a content/data folder wherever it is. */
export function readDataDir(dataDir: string): IngestOutput {
  const facts = lines(join(dataDir, 'facts')).map((l) => articleFacts.parse(l));
  const entries = lines(join(dataDir, 'report')).flatMap((l) => {
    const { seed, entries } = reportLine.parse(l);
    return entries.map((e) => ({ seed, ...e }) as ReportEntry);
  });
  return { facts, entries, ...aggregateFacts(facts) };
}
