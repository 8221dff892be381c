/**
 * The cases of sets-cli.ts, by number: the bench sets' dev pages (body, meta, fundus, utomo, aed; each
 * as its saved HTML and as its innerText) and the project's seeds, each under one mutation. Case i is
 * mutation i mod their number over a source drawn by the campaign's seeded PRNG (prng.ts): the same
 * case on every run, re-made alone by its number (also by a test or a script: nothing here runs on import).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AED_CASES_DIR, CASES_DIR, FUNDUS_CASES_DIR, META_CASES_DIR, UTOMO_CASES_DIR, loadCases } from '../extract/cases.ts';
import { MUTATIONS } from './mutations.ts';
import { HOSTILE_MUTATIONS, MARKUP_ONLY } from './hostile-mutations.ts';
import { caseSeed, prng } from './prng.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** The brief's mutations, then the byte mutations of mutations.ts the brief names too (truncation, a block 1,000 times, UTF-16, NUL runs). */
const ALL = { ...HOSTILE_MUTATIONS, ...pick(MUTATIONS, ['truncate', 'repeat-block-1000', 'repeat-line-1000', 'utf16le-with-bom', 'utf16le-no-bom', 'insert-nul-runs']) };
export const MUTATION_NAMES = Object.keys(ALL);
function pick<T>(o: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}

interface Source {
  seed: string;
  bytes: () => Uint8Array;
}
/** Dev pages only (held-out pages are for figures, not for looking at); the check set has none. */
let sources: Source[] | undefined;
export function allSources(): Source[] {
  if (sources) return sources;
  sources = [];
  for (const [set, dir] of Object.entries({ body: CASES_DIR, meta: META_CASES_DIR, fundus: FUNDUS_CASES_DIR, utomo: UTOMO_CASES_DIR, aed: AED_CASES_DIR })) {
    for (const c of loadCases(dir).filter((c) => c.split === 'dev')) {
      sources.push({ seed: `${set}-${c.id}.html`, bytes: () => c.html() });
      sources.push({ seed: `${set}-${c.id}.txt`, bytes: () => new TextEncoder().encode(c.innerText() ?? '') });
    }
  }
  const seedsDir = join(ROOT, 'seeds');
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) sources.push({ seed: name, bytes: () => new Uint8Array(readFileSync(join(seedsDir, name))) });
  return sources;
}

/** Case i: mutation i mod their number; the source drawn by the case's PRNG among those the mutation acts on (a text seed: no markup mutation). */
export function makeSetsCase(index: number, campaign: number): { name: string; seed: string; bytes: Uint8Array; control: Uint8Array } {
  const mutation = MUTATION_NAMES[index % MUTATION_NAMES.length];
  const rng = prng(caseSeed(campaign, index));
  const list = allSources().filter((s) => !MARKUP_ONLY.has(mutation) || s.seed.endsWith('.html'));
  const source = list[rng.int(list.length)];
  const other = list[rng.int(list.length)];
  const control = source.bytes();
  return { name: `${mutation}:${source.seed}`, seed: source.seed, bytes: ALL[mutation](control, other.bytes(), rng), control };
}

