/**
 * node scripts/bench/extract/census/compare-results.ts BEFORE.json AFTER.json [--path text|html] [--split dev|heldout]
 *
 * What a change did, page by page: two result files of `npm run bench:extract -- --out FILE` (before
 * and after the change, same set) compared case by case. Prints every page whose headline, F1 (by more
 * than 0.001), publication day or author moved, with its split, so a rule is judged by what it fixed
 * and what it broke, and a gain on dev can be checked against the held-out pages it touched.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CaseResult {
  id: string;
  split: string;
  f1: number;
  headline?: string | null;
  headlineRight?: boolean | null;
  published?: string | null;
  author?: string | null;
}

const { values, positionals } = parseArgs({ options: { path: { type: 'string', default: 'text' }, split: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 2) throw new Error('usage: compare-results.ts BEFORE.json AFTER.json [--path text|html] [--split dev|heldout]');
const casesOf = (file: string): CaseResult[] => {
  const path = (JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, { cases: CaseResult[] } | undefined> }).paths[values.path!];
  if (!path) throw new Error(`${file} has no ${values.path} path`);
  return path.cases;
};
const before = new Map(casesOf(positionals[0]).map((c) => [c.id, c]));
const moved = { headline: 0, f1: 0, day: 0, author: 0 };
for (const after of casesOf(positionals[1])) {
  const was = before.get(after.id);
  if (!was || (values.split && after.split !== values.split)) continue;
  const changes: string[] = [];
  if (was.headline !== after.headline) {
    moved.headline++;
    changes.push(`headline ${was.headlineRight ? 'right' : 'wrong'} → ${after.headlineRight ? 'right' : 'wrong'}: "${was.headline}" → "${after.headline}"`);
  }
  if (Math.abs(was.f1 - after.f1) > 0.001) {
    moved.f1++;
    changes.push(`F1 ${was.f1.toFixed(3)} → ${after.f1.toFixed(3)}`);
  }
  if (was.published !== after.published) {
    moved.day++;
    changes.push(`day ${was.published} → ${after.published}`);
  }
  if (was.author !== after.author) {
    moved.author++;
    changes.push(`author ${was.author} → ${after.author}`);
  }
  if (changes.length) console.log(`${after.id} (${after.split})\n  ${changes.join('\n  ')}`);
}
console.log(`\nmoved: ${moved.headline} headlines, ${moved.f1} F1, ${moved.day} days, ${moved.author} authors`);
