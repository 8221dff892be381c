/**
 * The ingest report: every removal, change, inference and skip, with the named rule that did it.
 * Like unified's vfile messages, stages only append to it; the CLI prints and writes it.
 */
import type { StageName } from './types.ts';

export type Action = 'removed' | 'changed' | 'inferred' | 'skipped' | 'found';

export interface ReportEntry {
  seed: string;
  stage: StageName;
  rule: string;
  action: Action;
  /** The text concerned (truncated for the console, whole in the JSON). */
  text?: string;
  detail?: string;
}

export class Report {
  readonly entries: ReportEntry[] = [];
  readonly seed: string;

  constructor(seed: string) {
    this.seed = seed;
  }

  add(stage: StageName, rule: string, action: Action, text?: string, detail?: string): void {
    const entry: ReportEntry = { seed: this.seed, stage, rule, action };
    if (text !== undefined) entry.text = text;
    if (detail !== undefined) entry.detail = detail;
    this.entries.push(entry);
  }
}

/** Thrown by a stage when a file cannot become an article; the CLI records it as skipped. */
export class SkipArticle extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}
