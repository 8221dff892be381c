/** The ingest report on the console: what each stage removed or inferred, by rule, and what was skipped. */
import type { ArticleOut } from './types.ts';
import type { ReportEntry } from './report.ts';
import type { Written } from './write.ts';
import type { NotASeed } from './seed-files.ts';
import { printable } from './lib/printable.ts';

interface Summary {
  seeds: number;
  articles: ArticleOut[];
  events: number;
  skipped: { seed: string; reason: string }[];
  ignored: NotASeed[];
  /** Of the seeds written again in this run: all of them on a cold run. */
  entries: ReportEntry[];
  written: Written;
  fromCache: number;
  rewritten: number;
  /** Milliseconds: per-article stages (or cache reads), corpus stages, writing. */
  phases: { articles: number; corpus: number; write: number };
  totalMs: number;
  seedsDir: string;
}

export function printReport(s: Summary): void {
  const rows = new Map<string, { stage: string; rule: string; action: string; count: number; example: string }>();
  for (const e of s.entries) {
    if (e.action === 'found' && e.stage !== 'segment') continue; // findings are in the JSON report
    const key = `${e.stage}\t${e.rule}\t${e.action}`;
    const row = rows.get(key) ?? rows.set(key, { stage: e.stage, rule: e.rule, action: e.action, count: 0, example: oneLine(e.text ?? e.detail ?? '') }).get(key)!;
    row.count++;
  }
  console.log(`\ningest: ${s.seeds} seeds in ${printable(s.seedsDir)} → ${s.articles.length} articles, ${s.skipped.length} skipped, ${s.events} events`);
  if (s.rewritten < s.seeds) console.log(`what the stages removed or inferred in the ${s.rewritten} seeds written again (the others are as in the last run's report):`);
  if (rows.size) console.table([...rows.values()]);
  const undated = s.articles.filter((a) => !a.date).length;
  const inferred = s.articles.filter((a) => a.date?.source === 'inferred').length;
  console.log(`dates: ${s.articles.length - undated} dated (${inferred} inferred from a sibling report), ${undated} undated`);
  // Names come from the file system: escaped, so a name cannot write escape sequences to the terminal.
  for (const k of s.skipped) console.log(`skipped ${printable(k.seed)}: ${printable(k.reason)}`);
  for (const k of s.ignored) console.log(`ignored ${printable(k.name)}: ${printable(k.reason)}`);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`files: ${s.written.changed} written, ${s.written.unchanged} unchanged, ${s.written.removed} removed; ${s.fromCache} of ${s.seeds} seeds from cache, ${s.rewritten} written again`);
  console.log(`time: ${ms(s.totalMs)} = articles ${ms(s.phases.articles)} + events, mentions and data ${ms(s.phases.corpus)} + writing ${ms(s.phases.write)}`);
  console.log('full report, one line per seed: content/data/report/*.jsonl\n');
}

function oneLine(text: string): string {
  const t = printable(text.replace(/\s+/g, ' '));
  return t.length > 60 ? t.slice(0, 59) + '…' : t;
}
