/**
 * Saved pages with C0 control characters and DEL in their text, through the ingest CLI: a Windows-1252
 * page with them in a paragraph; a UTF-8 page with them in one paragraph and nothing else in another.
 * They reached the article's MDX as raw bytes; they are now dropped and counted in the report
 * (lib/safety/stray-controls.ts), as the text path drops a text's, the words around them as written.
 * A C1 control is the trace of an encoding read wrong: "we\u0092re" is read as "we’re" (lib/safety/c1-as-windows-1252.ts), never "were".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { expectOneOutcomeEach, seedOf } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-controls-');
afterAll(trees.cleanup);

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const head = (charset: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="${charset}"><title>Night ferry returns</title></head><body><article><h1>Night ferry returns</h1>`;

const SEEDS = new Map<string, Uint8Array>([
  ['windows-1252.html', bytes(head('windows-1252'), `<p>${PROSE_BEFORE} Caf`, [0xe9], ' ', [0x01, 0x02, 0x1b, 0x7f], `open.</p><p>${PROSE_AFTER}</p></article></body></html>`)],
  ['utf-8.html', new TextEncoder().encode(`${head('utf-8')}<p>${PROSE_BEFORE} Café \u0001\u0010\u001Fopen.</p><p>\u0007\u0007</p><p>${PROSE_AFTER} We\u0092re here.</p></article></body></html>`)],
]);

describe('control characters in a saved page, through the CLI', () => {
  it('are dropped from the article and counted in the report; the words around them stay as written', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, SEEDS);
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, { 'windows-1252.html': 'article', 'utf-8.html': 'article' });
    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    for (const mdx of articles) {
      const seed = seedOf(mdx)!;
      expect(mdx, seed).not.toMatch(/[\u0001-\u0008\u000E-\u001F\u007F]/);
      expect(mdx, seed).toContain(`${PROSE_BEFORE} Café open.`);
      expect(mdx, seed).toContain(PROSE_AFTER);
      const entry = reports.find((r) => r.seed === seed)?.entries.find((e: { rule: string }) => e.rule === 'control-characters');
      expect(entry?.detail, seed).toBe(`${seed === 'utf-8.html' ? 5 : 4} stray control character(s) in the page's text`);
    }
    expect(articles.find((mdx) => seedOf(mdx) === 'utf-8.html')).toContain('We’re here.');
  }, 240_000);
});
