/**
 * node scripts/bench/extract/census/dump-outcomes.ts OUT.jsonl [--path text,html]
 *
 * Every extraction case through the per-article pipeline as the ingest runs it (processSeed: record,
 * report entries, MDX body), one JSON line per case and path, for a speed change to prove it changed
 * nothing: dump before and after, then `cmp` the two files. The cases are public data read from
 * outside the repository (cases.ts), so the dumps are never committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCases } from '../cases.ts';
import { processSeed } from '../../../ingest/pipeline.ts';
import { compileTopics } from '../../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../../ingest/run.ts';

const { values, positionals } = parseArgs({ options: { path: { type: 'string', default: 'text,html' } }, allowPositionals: true });
if (positionals.length !== 1) throw new Error('usage: dump-outcomes.ts OUT.jsonl [--path text,html]');
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../../content/topics')));
const lines: string[] = [];
for (const c of loadCases()) {
  for (const path of values.path.split(',')) {
    const text = path === 'text' ? c.innerText() : null;
    if (path === 'text' && text === null) continue;
    const bytes = path === 'html' ? c.html() : new TextEncoder().encode(text!);
    const outcome = processSeed(`${c.id}.${path === 'html' ? 'html' : 'txt'}`, bytes, matchers);
    lines.push(JSON.stringify({ id: c.id, path, outcome }));
  }
}
writeFileSync(positionals[0], lines.join('\n') + '\n');
console.log(`${lines.length} outcomes written to ${positionals[0]}`);
