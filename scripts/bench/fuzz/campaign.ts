/**
 * The campaign's cases, numbered: first every generated shape (shapes.ts), then the mutations of the
 * body set's dev pages, each mutation in turn over every page's HTML and innerText. Case i is the
 * same on every run with the same campaign seed (prng.ts), so a finding is re-made by its number.
 * Only dev pages are read: held-out pages are for checking figures, not for looking at.
 */
import { CASES_DIR, loadCases, type BenchCase } from '../extract/cases.ts';
import type { FuzzCase } from './fuzz-case.ts';
import { HTML_MUTATIONS, MUTATIONS, TEXT_MUTATIONS } from './mutations.ts';
import { caseSeed, prng } from './prng.ts';
import { shapeCase, shapeCount } from './shapes.ts';

let pages: BenchCase[] | undefined;
const devPages = () => (pages ??= loadCases(CASES_DIR).filter((c) => c.split === 'dev' && c.innerText() !== null));

/** Mutation cases: (mutation, kind) pairs round-robin, each over a page chosen in turn. */
const PAIRS = [...HTML_MUTATIONS.map((m) => [m, 'html'] as const), ...TEXT_MUTATIONS.map((m) => [m, 'txt'] as const)];

export function caseCount(perPair: number): number {
  return shapeCount() + PAIRS.length * perPair;
}

export function makeCase(index: number, campaign: number): FuzzCase {
  if (index < shapeCount()) return shapeCase(index);
  const k = index - shapeCount();
  const [mutation, kind] = PAIRS[k % PAIRS.length];
  const rng = prng(caseSeed(campaign, index));
  const list = devPages();
  if (!list.length) throw new Error(`no dev pages in ${CASES_DIR}: set EXTRACT_CASES_DIR`);
  // The round gives each pair a different page: page = (round * a prime + pair) over the pages.
  const round = Math.floor(k / PAIRS.length);
  const page = list[(round * 7919 + (k % PAIRS.length) * 31 + campaign) % list.length];
  const other = list[rng.int(list.length)];
  const bytesOf = (c: BenchCase) => (kind === 'html' ? c.html() : new TextEncoder().encode(c.innerText()!));
  const original = bytesOf(page);
  const seed = `${page.id}.${kind}`;
  return { name: `${mutation}:${seed}`, seed, bytes: MUTATIONS[mutation](original, bytesOf(other), rng), control: { seed, bytes: original } };
}
