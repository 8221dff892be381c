/** The ingest report on the console: what each stage removed or inferred, by rule, and what was skipped. */
import type { IngestResult } from './run.ts';
import type { Written } from './write.ts';
import { printable } from '../../src/lib/text/hidden-characters.ts';

/** The run's result (its events counted), with what only the console shows. */
type Summary = Omit<IngestResult, 'events'> & {
  seeds: number;
  /** Entries of the seeds folder that are no regular file (a folder named x.html, a pipe, a link): skipped, but no seed. */
  refused: number;
  events: number;
  /** Milliseconds: per-article stages (or cache reads), corpus stages, writing. */
  phases: { articles: number; corpus: number; write: number };
  totalMs: number;
  seedsDir: string;
};

export function printReport(s: Summary): void {
  const rows = new Map<string, { stage: string; rule: string; action: string; count: number; example: string }>();
  for (const e of s.entries) {
    if (e.action === 'found' && e.stage !== 'segment') continue; // findings are in the JSON report
    const key = `${e.stage}\t${e.rule}\t${e.action}`;
    const row = rows.get(key) ?? rows.set(key, { stage: e.stage, rule: e.rule, action: e.action, count: 0, example: oneLine(e.text ?? e.detail ?? '') }).get(key)!;
    row.count++;
  }
  // The entries that are no file are among the skipped: named beside the seeds, so the counts add up.
  const refused = s.refused ? ` and ${s.refused} ${s.refused === 1 ? 'entry' : 'entries'} that ${s.refused === 1 ? 'is' : 'are'} no regular file` : '';
  console.log(`\ningest: ${count(s.seeds, 'seed')}${refused} in ${printable(s.seedsDir)}/ → ${count(s.articles.length, 'article')}, ${s.skipped.length} skipped, ${count(s.events, 'event')}`);
  if (s.rewritten < s.seeds) {
    console.log(s.rewritten === 0
      ? 'no seed changed since the last run (its report: content/data/report/)'
      : `what the stages removed or inferred in the ${count(s.rewritten, 'seed')} read again (the others are as in the last run's report):`);
  }
  if (rows.size) console.table([...rows.values()]);
  const undated = s.articles.filter((a) => !a.date).length;
  const inferred = s.articles.filter((a) => a.date?.source === 'inferred').length;
  // Dated only by the day their page says it was updated (dateSource `update`): named, as the site shows them ("updated …").
  const updated = s.articles.filter((a) => a.date?.source === 'update').length;
  console.log(`dates: ${s.articles.length - undated} dated (${inferred} inferred from a sibling report${updated ? `, ${updated} by their update only` : ''}), ${undated} undated`);
  // Names come from the file system: escaped, so a name cannot write escape sequences to the terminal.
  for (const k of s.skipped) console.log(`skipped ${printable(k.seed)}: ${printable(k.reason)}`);
  for (const k of s.ignored) console.log(`ignored ${printable(k.name)}: ${printable(k.reason)}`);
  console.log(`content/: ${filesLine(s.written)}; ${s.fromCache} of ${count(s.seeds, 'seed')} taken from the cache`);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`time: ${ms(s.totalMs)} = articles ${ms(s.phases.articles)} + events, mentions and data ${ms(s.phases.corpus)} + writing ${ms(s.phases.write)}`);
  console.log('full report, one line per seed: content/data/report/*.jsonl\n');
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Files compared and found equal are only counted when something was compared. */
function filesLine(w: Written): string {
  const parts = [w.changed && `${count(w.changed, 'file')} written`, w.removed && `${count(w.removed, 'file')} removed`, w.unchanged && `${count(w.unchanged, 'file')} already up to date`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing to write';
}

function oneLine(text: string): string {
  const t = printable(text.replace(/\s+/g, ' '));
  return t.length > 60 ? t.slice(0, 59) + '…' : t;
}
