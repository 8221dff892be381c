/**
 * What every hostile-seed test through the CLI asks (hostile-html-cli, hostile-text-cli,
 * hostile-mhtml-cli): each seed became exactly one article or one skipped entry, the article where one
 * was expected, the skip with the expected reason, in a run that was not killed; and no seed alone
 * takes more than 10 s of CPU in the ingest's own function.
 */
import { expect } from 'vitest';
import type { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { cpuSeconds } from './cpu-seconds.ts';

/** A seed's expected end: 'article', or the skip reason it must match. */
export type HostileExpectation = 'article' | RegExp;

/** The seed an article's MDX names in its frontmatter. */
export const seedOf = (mdx: string) => /^seed: "?([^"\n]+)"?$/m.exec(mdx)?.[1];

/** Checks content/ after a run against `expected`; returns the articles' MDX for further checks. */
export function expectOneOutcomeEach(root: string, expected: Record<string, HostileExpectation>): string[] {
  const skipped: { seed: string; reason: string }[] = JSON.parse(readFileSync(join(root, 'content', 'data', 'skipped.json'), 'utf8')).skipped;
  const articles = readdirSync(join(root, 'content', 'articles')).map((f) => readFileSync(join(root, 'content', 'articles', f), 'utf8'));
  const published = articles.map(seedOf);
  for (const [seed, expectation] of Object.entries(expected)) {
    const asSkipped = skipped.filter((s) => s.seed === seed);
    expect(published.filter((p) => p === seed).length + asSkipped.length, `${seed}: one article or one skipped entry`).toBe(1);
    if (expectation === 'article') expect(published, seed).toContain(seed);
    else expect(asSkipped[0]?.reason, seed).toMatch(expectation);
  }
  return articles;
}

/**
 * Runs the CLI once over `seeds` (exactly the seeds `expected` names) in a new project and checks each
 * one's outcome; returns the articles' MDX for further checks.
 */
export async function expectHostileRunOutcomes(
  trees: ReturnType<typeof tempTrees>,
  seeds: Map<string, Uint8Array>,
  expected: Record<string, HostileExpectation>,
): Promise<string[]> {
  expect([...seeds.keys()].sort()).toEqual(Object.keys(expected).sort());
  const { root, seedsDir } = ingestProject(trees);
  setSeeds(seedsDir, seeds);
  const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
  expect(run.finished, `the run was killed after 180 s: ${run.output}`).toBe(true);
  return expectOneOutcomeEach(root, expected);
}

/** Each seed, run alone through the ingest's per-seed function, ends in an outcome within 10 s of CPU. */
export function expectEachWithin10CpuSeconds(seeds: Map<string, Uint8Array>): void {
  expectEachWithinCpuSeconds(seeds, 10);
}

/** Each seed, run alone through the ingest's per-seed function, ends in an outcome within `limit` s of CPU. */
export function expectEachWithinCpuSeconds(seeds: Map<string, Uint8Array>, limit: number): void {
  for (const [seed, bytes] of seeds) {
    let outcome: ReturnType<typeof processSeed> | undefined;
    const seconds = cpuSeconds(() => (outcome = processSeed(seed, bytes, [])));
    expect(outcome!.record ? 'article' : outcome!.skip, seed).toBeTruthy();
    expect(seconds, seed).toBeLessThan(limit);
  }
}
