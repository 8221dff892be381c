/**
 * Seeds that are no ordinary file, or an ordinary file of an odd kind, through the ingest CLI, all in
 * one run: a socket and a named pipe with a seed's name, two links that point at each other and one
 * that points at itself, empty files, a PNG image saved as .html, a page whose <title> is 1 MB, a text
 * whose first line is 1 MB, and a text that a writer keeps appending to while the run reads it. Each
 * must end as one skipped entry with its reason or one sane article (a title of a headline's length),
 * and the run must finish.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli } from './cli-project.ts';
import { expectOneOutcomeEach, seedOf } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-odd-files-');
afterAll(trees.cleanup);

/** 1 MB of words, all different: no token repeated, no sentence. */
const MEGABYTE_OF_WORDS = Array.from({ length: 110_000 }, (_, i) => `Ferry${i}`).join(' ');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

describe('seeds that are sockets, link loops, empty, images or huge fields, through the CLI', () => {
  it('each end as one skipped entry with its reason or one sane article', async () => {
    const { root, seedsDir } = ingestProject(trees, {
      seeds: {
        'empty.txt': '',
        'empty.html': '',
        'image.html': PNG,
        'title-1mb.html': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${MEGABYTE_OF_WORDS}</title></head><body><article><h1>Night ferry returns</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`,
        'first-line-1mb.txt': `${MEGABYTE_OF_WORDS}\n\nNight ferry returns\n\n${PROSE_BEFORE}\n\n${PROSE_AFTER}\n`,
        'growing.txt': `Night ferry returns\n\n${PROSE_BEFORE}\n\n`,
      },
    });
    symlinkSync('loop-b.txt', join(seedsDir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(seedsDir, 'loop-b.txt'));
    symlinkSync('self.html', join(seedsDir, 'self.html'));
    execFileSync('mkfifo', [join(seedsDir, 'pipe.html')]);
    const socket = createServer();
    await new Promise<void>((resolve) => socket.listen(join(seedsDir, 'socket.txt'), resolve));
    // A writer that appends a paragraph every few milliseconds for as long as the run lasts.
    const writer = spawn(process.execPath, ['-e', `const fs = require('fs'); setInterval(() => fs.appendFileSync(${JSON.stringify(join(seedsDir, 'growing.txt'))}, ${JSON.stringify(`${PROSE_AFTER}\n\n`)}), 5);`], { stdio: 'ignore' });
    try {
      const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
      expect(run.finished, run.output).toBe(true);
    } finally {
      writer.kill();
      socket.close();
    }
    const articles = expectOneOutcomeEach(root, {
      'empty.txt': /^empty file \(0 bytes\)/,
      'empty.html': /^empty file \(0 bytes\)/,
      'image.html': /^binary file \(a PNG image\)/,
      'loop-a.txt': /symbolic link/,
      'loop-b.txt': /symbolic link/,
      'self.html': /symbolic link/,
      'pipe.html': /named pipe \(FIFO\)/,
      'socket.txt': /socket/,
      'title-1mb.html': 'article',
      'first-line-1mb.txt': 'article',
      'growing.txt': 'article',
    });
    const front = (seed: string) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(articles.find((mdx) => seedOf(mdx) === seed)!)![1]);
    expect(front('title-1mb.html').title).toBe('Night ferry returns');
    expect(front('growing.txt').title).toBe('Night ferry returns');
    expect(front('first-line-1mb.txt').title.length).toBeLessThan(200);
    for (const mdx of articles) {
      expect(mdx, seedOf(mdx)).toContain(PROSE_BEFORE);
      expect(mdx.length, seedOf(mdx)).toBeLessThan(20_000);
    }
    // What was left out of the articles is in the report: the 1 MB title and line, whole.
    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    const entries = (seed: string): { rule: string; text?: string; detail?: string }[] => reports.find((r) => r.seed === seed)?.entries ?? [];
    expect(entries('title-1mb.html').some((e) => e.rule === 'oversized-field')).toBe(true);
    expect(entries('first-line-1mb.txt').some((e) => e.text === MEGABYTE_OF_WORDS)).toBe(true);
  }, 240_000);
});
