/**
 * Seeds whose text is one short token repeated a million times, through the ingest CLI: a page of
 * 600,000 entities no browser knows ("&foo;", kept as written) between two paragraphs, a page of a
 * million and nothing else, a text with a line of 300,000 of them. The block was published up to the 4M-character
 * cap; it is now taken out and reported (lib/safety/repeated-token.ts), and a page of nothing else is
 * skipped. A block longer than the text cap (a million copies, 5M characters) is read in part: the cap's
 * cut is reported (text-cap), and the block's own entry says its count is of the part read before the cap. Pages that repeat themselves as real ones do stay whole: a table of numbers with many equal
 * cells, a code listing, a poem with its refrain, a rule of dashes under a heading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { expectOneOutcomeEach, seedOf, type HostileExpectation } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-repeated-');
afterAll(trees.cleanup);

const enc = (s: string) => new TextEncoder().encode(s);
const page = (body: string, title = 'Night ferry returns') =>
  enc(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`);

/** Rainfall by month and station, ten cells in twelve 0.0 in a dry year: one <pre> block of 2,000 characters and more. */
const TABLE = [
  'Station      Jan   Feb   Mar   Apr   May   Jun   Jul   Aug   Sep   Oct   Nov   Dec',
  ...['Harbour', 'Lighthouse', 'Ridge', 'Airfield', 'Quarry', 'Mill', 'Orchard', 'Pier', 'School', 'Chapel', 'Marsh', 'Ferry', 'Dunes', 'Bridge', 'Heath', 'Village', 'Cliff', 'Lake', 'Farm', 'Fort', 'Wharf', 'Beacon', 'Meadow', 'Wood'].map(
    (station, i) => `${station.padEnd(12)} ${['0.0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0', `${(i * 3) % 11}.${(i + 4) % 10}`, '0.0', `1${i % 10}.2`, '0.0', '0.0'].map((c) => c.padStart(5)).join(' ')}`,
  ),
].join('\n');
/** A code listing with deep indentation and repeated lines. */
const CODE = Array.from({ length: 40 }, (_, i) => `${'    '.repeat(1 + (i % 4))}if (x${i} == 0) { x${i} = 0; } // ${i % 3 ? 'same' : 'again'}`).join('\n');
/** A poem whose refrain comes back after every stanza. */
const REFRAIN = 'Row on, row on, the night is long, / the harbour lights are far;';
const POEM = Array.from({ length: 12 }, (_, i) => `The ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'][i]} oar dips in the dark water. ${REFRAIN}`).join(' ');
const RULE = '-'.repeat(80);

const SEEDS = new Map<string, Uint8Array>([
  // 600,000 copies: 3M characters, so the paragraph after them is inside the page's 4M text cap.
  ['entities.html', page(`<p>${PROSE_BEFORE}</p><p>${'&foo;'.repeat(600_000)}</p><p>${PROSE_AFTER}</p>`)],
  ['entities-only.html', page(`<p>${'&foo;'.repeat(1_000_000)}</p>`)],
  ['entities.txt', enc(`Night ferry returns\n\n${PROSE_BEFORE}\n\n${'&foo;'.repeat(300_000)}\n\n${PROSE_AFTER}\n`)],
  ['table.html', page(`<p>${PROSE_BEFORE}</p><pre>${TABLE}</pre><p>${PROSE_AFTER}</p>`, 'A dry year at the harbour')],
  ['code.html', page(`<p>${PROSE_BEFORE}</p><pre><code>${CODE}</code></pre><p>${PROSE_AFTER}</p>`, 'How the ferry counts its oars')],
  ['poem.html', page(`<p>${PROSE_BEFORE}</p><p>${POEM}</p><p>${PROSE_AFTER}</p>`, 'The ferryman sings')],
  ['poem.txt', enc(`The ferryman sings\n\n${PROSE_BEFORE}\n\n${POEM}\n\n${RULE}\n\n${PROSE_AFTER}\n`)],
]);

const EXPECTED: Record<string, HostileExpectation> = {
  ...Object.fromEntries([...SEEDS.keys()].map((seed) => [seed, 'article' as HostileExpectation])),
  'entities-only.html': /no article text/,
};

describe('a block of one token repeated a million times, through the CLI', () => {
  it('is taken out and reported; tables, code and poems that repeat themselves stay whole', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, SEEDS);
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, EXPECTED);
    const bySeed = new Map(articles.map((mdx) => [seedOf(mdx)!, mdx]));
    for (const seed of ['entities.html', 'entities.txt']) {
      const mdx = bySeed.get(seed)!;
      expect(mdx, seed).toContain(PROSE_BEFORE);
      expect(mdx, seed).toContain(PROSE_AFTER);
      expect(mdx, seed).not.toContain('foo;');
      expect(mdx.length, seed).toBeLessThan(5_000);
    }
    // What the repeating pages' blocks hold stays: rows with their equal cells, code lines, every refrain.
    // A <pre> is shown as written (stages/emit.ts): its rows with their spacing, a line break between them.
    expect(bySeed.get('table.html')).toContain(TABLE.split('\n').slice(1, 3).join('<br />'));
    expect(TABLE.split('\n').slice(1, 3).join(' ').replace(/ +/g, ' ')).toBe('Harbour 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.4 0.0 10.2 0.0 0.0 Lighthouse 0.0 0.0 0.0 0.0 0.0 0.0 0.0 3.5 0.0 11.2 0.0 0.0');
    expect(bySeed.get('code.html')).toContain('if (x39 == 0)');
    for (const seed of ['poem.html', 'poem.txt']) expect(bySeed.get(seed)!.split(REFRAIN).length - 1, seed).toBe(12);

    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    const removed = (seed: string) => reports.find((r) => r.seed === seed)?.entries.filter((e: { rule: string }) => e.rule === 'repeated-token') ?? [];
    expect(removed('entities.html').map((e: { detail: string }) => e.detail)).toEqual(['a block of 3,000,000 characters, 600,000 copies of "&foo;" back to back: no article is written so']);
    expect(removed('entities.txt')).toHaveLength(1);
    for (const seed of ['table.html', 'code.html', 'poem.html', 'poem.txt']) expect(removed(seed), seed).toEqual([]);
  }, 240_000);
});

const PAST_CAP = new Map<string, Uint8Array>([
  // 1,000,000 copies: 5M characters, past the page's 4M text cap and the text's 2M.
  ['past-cap.html', page(`<p>${PROSE_BEFORE}</p><p>${'&foo;'.repeat(1_000_000)}</p><p>${PROSE_AFTER}</p>`)],
  ['past-cap.txt', enc(`Night ferry returns\n\n${PROSE_BEFORE}\n\n${'&foo;'.repeat(1_000_000)}\n\n${PROSE_AFTER}\n`)],
]);

describe('a block of one token repeated past the text cap, through the CLI', () => {
  it('is taken out; the cap that cut it and the part read are both reported, nothing cut silently', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, PAST_CAP);
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, { 'past-cap.html': 'article', 'past-cap.txt': 'article' });
    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    for (const seed of PAST_CAP.keys()) {
      const mdx = articles.find((a) => seedOf(a) === seed)!;
      expect(mdx, seed).toContain(PROSE_BEFORE);
      expect(mdx, seed).not.toContain('foo;');
      const entries: { rule: string; action: string; detail?: string }[] = reports.find((r) => r.seed === seed)?.entries ?? [];
      // The cap's cut: the rest of the block and the paragraph after it, not read, counted.
      expect(entries.filter((e) => e.rule === 'text-cap' && e.action === 'removed'), seed).toHaveLength(1);
      const removed = entries.filter((e) => e.rule === 'repeated-token');
      expect(removed, seed).toHaveLength(1);
      expect(removed[0].detail, seed).toMatch(/^a block of [\d,]+ characters read before the text cap \(the rest of it is not read: text-cap\), [\d,]+ copies of "&foo;"/);
    }
  }, 240_000);
});
