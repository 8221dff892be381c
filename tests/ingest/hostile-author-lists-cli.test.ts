/**
 * Saved pages whose JSON-LD lists absurdly many authors, through the ingest CLI: 10,000 distinct
 * names; 10,000 entries that cleaning makes read alike ("Writer Number10" loses its count); a dozen
 * names, which a paper's byline may well list. The byline names every author of a list up to a dozen,
 * and of a longer one the first three, whole, and a count of the others ("A, B, C and 9,997 others");
 * the count is reported. Never a cut name, never a 200 KB frontmatter field.
 * A text seed whose byline lists them ("By Anna Berg, Bruno Berg, …" under its headline) is read the
 * same way: it was left in the article as a paragraph of 200 KB (10,000 names) or read as no author
 * at all (20 names, too long for a name); the byline line goes out of the text, reported, and the
 * author is named in part and counted as a page's fields are.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { expectOneOutcomeEach, seedOf } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-authors-');
afterAll(trees.cleanup);

const FIRST = ['Anna', 'Bruno', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Katya', 'Lars', 'Mira', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Stefan', 'Tove', 'Umar'];
const LAST = ['Berg', 'Castell', 'Dahl', 'Ekholm', 'Falk', 'Grund', 'Holm', 'Ivers', 'Jansen', 'Kroll'];
/** `n` distinct names of real shape ("Anna Berg", "Bruno Berg"…, then "Anna Berg Castell"…). */
const names = (n: number) => Array.from({ length: n }, (_, i) => [FIRST[i % 20], LAST[Math.floor(i / 20) % 10], ...(i >= 200 ? [LAST[Math.floor(i / 200) % 10], LAST[Math.floor(i / 2000) % 10]] : [])].join(' '));
const page = (authors: string[]) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Night ferry returns</title><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Night ferry returns', author: authors.map((name) => ({ '@type': 'Person', name })) })}</script></head><body><article><h1>Night ferry returns</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`,
  );

const SEEDS = new Map<string, Uint8Array>([
  ['ten-thousand.html', page(names(10_000))],
  ['alike-once-cleaned.html', page(Array.from({ length: 10_000 }, (_, i) => `Writer Number${i}`))],
  ['a-dozen.html', page(names(12))],
]);

describe('a page whose fields list thousands of authors, through the CLI', () => {
  it('names the first three whole and counts the rest; a dozen are all named', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, SEEDS);
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, Object.fromEntries([...SEEDS.keys()].map((seed) => [seed, 'article' as const])));
    const author = (seed: string) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(articles.find((mdx) => seedOf(mdx) === seed)!)![1]).author;

    expect(author('ten-thousand.html')).toBe('Anna Berg, Bruno Berg, Clara Berg and 9,997 others');
    expect(author('alike-once-cleaned.html')).toBe('Writer Number0, Writer Number1, Writer Number2 and 9,997 others');
    expect(author('a-dozen.html')).toBe(`${names(11).join(', ')} and ${names(12)[11]}`);

    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    const entry = (seed: string) => reports.find((r) => r.seed === seed)?.entries.find((e: { rule: string }) => e.rule === 'author-list');
    expect(entry('ten-thousand.html')?.detail).toMatch(/10,000 authors.*9,997 counted/);
    expect(entry('a-dozen.html')).toBeUndefined();
  }, 240_000);
});

const text = (authors: string[]) => new TextEncoder().encode(`Night ferry returns\n\nBy ${authors.join(', ')}\n\n${PROSE_BEFORE}\n\n${PROSE_AFTER}\n`);
const TEXT_SEEDS = new Map<string, Uint8Array>([
  ['ten-thousand.txt', text(names(10_000))],
  ['twenty.txt', text(names(20))],
  ['three.txt', text(names(3))],
]);

describe('a text seed whose byline lists thousands of authors, through the CLI', () => {
  it('takes the byline out of the text, names the first three whole and counts the rest, reported', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, TEXT_SEEDS);
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, Object.fromEntries([...TEXT_SEEDS.keys()].map((seed) => [seed, 'article' as const])));
    const mdx = (seed: string) => articles.find((a) => seedOf(a) === seed)!;
    const author = (seed: string) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(mdx(seed))![1]).author;

    expect(author('ten-thousand.txt')).toBe('Anna Berg, Bruno Berg, Clara Berg and 9,997 others');
    expect(author('twenty.txt')).toBe('Anna Berg, Bruno Berg, Clara Berg and 17 others');
    expect(author('three.txt')).toBe('Anna Berg, Bruno Berg, Clara Berg');
    for (const seed of TEXT_SEEDS.keys()) {
      expect(mdx(seed), seed).toContain(PROSE_BEFORE);
      expect(mdx(seed), seed).not.toContain('By Anna Berg');
      expect(mdx(seed).length, seed).toBeLessThan(5_000);
    }

    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    const entries = (seed: string) => reports.find((r) => r.seed === seed)?.entries ?? [];
    const counted = (seed: string) => entries(seed).find((e: { rule: string }) => e.rule === 'author-list');
    expect(counted('ten-thousand.txt')?.detail).toMatch(/10,000 authors.*9,997 counted/);
    expect(counted('twenty.txt')?.detail).toMatch(/20 authors.*17 counted/);
    expect(counted('three.txt')).toBeUndefined();
    // The byline line that left the text is in the report whole: nothing lost silently.
    expect(entries('ten-thousand.txt').some((e: { text?: string }) => e.text?.includes(names(10_000)[9_999]))).toBe(true);
  }, 240_000);
});
