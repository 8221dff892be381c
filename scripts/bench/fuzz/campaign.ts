/**
 * The campaign's cases, numbered: first every generated shape (shapes.ts), then the mutations of the
 * body set's dev pages, each mutation in turn over every page's HTML and innerText, then the
 * mutations of the project's seeds and of pages saved as browsers write them (seed-sources.ts), with
 * the mutations that change nothing a reader sees (invisible-mutations.ts). Case i is the
 * same on every run with the same campaign seed (prng.ts), so a finding is re-made by its number.
 * Only dev pages are read: held-out pages are for checking figures, not for looking at.
 */
import { CASES_DIR, loadCases, type BenchCase } from '../extract/cases.ts';
import type { FuzzCase } from './fuzz-case.ts';
import { HTML_MUTATIONS, MUTATIONS, TEXT_MUTATIONS } from './mutations.ts';
import { caseSeed, prng } from './prng.ts';
import { shapeCase, shapeCount } from './shapes.ts';
import { seedSources } from './seed-sources.ts';
import { INVISIBLE_MUTATIONS } from './invisible-mutations.ts';
import { INVISIBLE_HTML_MUTATIONS, UTF8_ONLY } from './invisible-html-mutations.ts';

let pages: BenchCase[] | undefined;
const devPages = () => (pages ??= loadCases(CASES_DIR).filter((c) => c.split === 'dev' && c.innerText() !== null));

/** Mutation cases: (mutation, kind) pairs round-robin, each over a page chosen in turn. */
const PAIRS = [...HTML_MUTATIONS.map((m) => [m, 'html'] as const), ...TEXT_MUTATIONS.map((m) => [m, 'txt'] as const)];

/** The seed cases' mutations: every byte mutation (the tag ones act on the saved pages), then the invisible ones of text, then of markup. */
const SEED_MUTATIONS = [...Object.keys(MUTATIONS), ...Object.keys(INVISIBLE_MUTATIONS), ...Object.keys(INVISIBLE_HTML_MUTATIONS)];
/** The invisible mutations: of a UTF-8 text seed's text, and of a saved page's markup. */
const INVISIBLE: Record<string, (typeof MUTATIONS)[string]> = { ...INVISIBLE_MUTATIONS, ...INVISIBLE_HTML_MUTATIONS };

/** The first seed case's number: the seed cases follow the shapes and the body set's pages. */
export function firstSeedCase(perPair: number): number {
  return shapeCount() + PAIRS.length * perPair;
}

export function caseCount(perPair: number): number {
  return firstSeedCase(perPair) + SEED_MUTATIONS.length * perPair;
}

/** `perPair` places the seed cases after the pages' (without it there are none). */
export function makeCase(index: number, campaign: number, perPair = Number.POSITIVE_INFINITY): FuzzCase {
  if (index < shapeCount()) return shapeCase(index);
  if (index >= firstSeedCase(perPair)) return seedCase(index, index - firstSeedCase(perPair), campaign);
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

/**
 * Seed case k: mutation k mod their number, over source round by round (an invisible mutation of text
 * only over a UTF-8 text seed, whose text it knows how to change without changing what is shown; one
 * of markup only over a saved page, a byte order mark only over a UTF-8 one).
 */
function seedCase(index: number, k: number, campaign: number): FuzzCase {
  const mutation = SEED_MUTATIONS[k % SEED_MUTATIONS.length];
  const round = Math.floor(k / SEED_MUTATIONS.length);
  const rng = prng(caseSeed(campaign, index));
  const invisible = mutation in INVISIBLE ? INVISIBLE[mutation] : undefined;
  const all = seedSources();
  const ofMarkup = mutation in INVISIBLE_HTML_MUTATIONS;
  const list = !invisible ? all : ofMarkup ? all.filter((s) => s.html && (s.html === 'utf-8' || !UTF8_ONLY.has(mutation))) : all.filter((s) => s.utf8Text);
  const source = list[(round + campaign) % list.length];
  const other = all[rng.int(all.length)];
  const bytes = (invisible ?? MUTATIONS[mutation])(source.bytes, other.bytes, rng);
  return { name: `${mutation}:${source.seed}`, seed: source.seed, bytes, control: { seed: source.seed, bytes: source.bytes }, ...(invisible && { sameText: true }) };
}
