/**
 * Seeds as an attacker or a careless user leaves them: links to secrets, FIFOs, folders and backups
 * in seeds/, clashing titles, copies, non-Latin words after numbers, a seed with very many numbers,
 * a file of only page chrome, and names with terminal escapes. Every file becomes one article or one
 * skipped or ignored entry with a reason; nothing outside seeds/ is read; no article is lost.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { readIngestOutput } from '../../scripts/ingest/output.ts';
import { listFiles } from '../../scripts/lib/list-files.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { runPrinted } from './run-printed.ts';
import { ingestProject } from './cli-project.ts';

const trees = tempTrees('hostile-');
afterAll(trees.cleanup);

const SECRET = 'root:x:0:0:SECRET-LINE-THAT-MUST-NOT-BE-PUBLISHED:/root:/bin/bash';
const story = (title: string, date: string, body = 'China will build 30 more joint laboratories with partner countries, the science minister said at a press conference on research cooperation.') =>
  `${date}\n\n${title}\n\n${body}\n\nThe laboratories will study climate change, public health and clean energy over the coming five years.`;

/** A project whose seeds sit beside a secret no run may read (links in seeds/ point at it). */
const project = (seeds: Record<string, string | Uint8Array> = {}) => ingestProject(trees, { seeds, outside: { 'outside/passwd': SECRET } });

const contentText = (root: string) => listFiles(join(root, 'content')).filter((f) => !f.startsWith('topics/')).map((f) => readFileSync(join(root, 'content', f), 'utf8')).join('\n');
const articleFiles = (root: string) => readdirSync(join(root, 'content', 'articles'));
const skippedJson = (root: string) => JSON.parse(readFileSync(join(root, 'content', 'data', 'skipped.json'), 'utf8'));

describe('which files are seeds', () => {
  it('reads only regular .txt/.html files inside seeds/: links, FIFOs, folders, backups and others are listed with a reason', async () => {
    const { root, seedsDir } = project({
      'good.txt': story('Labs will grow', '2021-06-04'),
      'README.md': '# notes\n\nThese are my seeds, with a long line that reads like prose in a sentence of words.',
      'good.txt~': story('Backup copy', '2021-06-05'),
      'good.txt.bak': story('Backup copy', '2021-06-06'),
      '.good.txt.swp': 'swap',
      'notes.orig': story('Orig copy', '2021-06-07'),
      '.hidden.txt': story('Hidden', '2021-06-08'),
      'page.html': story('Saved page', '2021-06-09'),
    });
    symlinkSync(join(root, 'outside', 'passwd'), join(seedsDir, 'x.txt'));
    symlinkSync(join(seedsDir, 'good.txt'), join(seedsDir, 'inside-link.txt'));
    symlinkSync(join(root, 'nowhere'), join(seedsDir, 'dangling.txt'));
    mkdirSync(join(seedsDir, 'folder.txt'));
    execFileSync('mkfifo', [join(seedsDir, 'pipe.txt')]);

    const result = await runIngest({ root, seedsDir });
    expect(result.articles.map((a) => a.seed).sort()).toEqual(['good.txt', 'page.html']);
    expect(contentText(root)).not.toContain('SECRET-LINE');
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.seed, s.reason]));
    expect(Object.keys(skipped).sort()).toEqual(['dangling.txt', 'folder.txt', 'inside-link.txt', 'pipe.txt', 'x.txt']);
    expect(skipped['x.txt']).toMatch(/symbolic link/);
    expect(skipped['inside-link.txt']).toMatch(/symbolic link/);
    expect(skipped['dangling.txt']).toMatch(/symbolic link/);
    expect(skipped['pipe.txt']).toMatch(/FIFO/);
    expect(skipped['folder.txt']).toMatch(/folder/);
    const ignored = Object.fromEntries(result.ignored.map((s) => [s.name, s.reason]));
    expect(Object.keys(ignored).sort()).toEqual(['.good.txt.swp', '.hidden.txt', 'README.md', 'good.txt.bak', 'good.txt~', 'notes.orig']);
    expect(ignored['good.txt~']).toMatch(/backup/);
    expect(ignored['README.md']).toMatch(/README/);
    expect(skippedJson(root)).toEqual({ skipped: result.skipped, ignored: result.ignored });
    // A second run over the same folder is unchanged and still reads nothing through a link.
    await runIngest({ root, seedsDir });
    expect(contentText(root)).not.toContain('SECRET-LINE');
  });

  it('prints file names escaped: no terminal escape sequence or control character reaches the console', async () => {
    const { root, seedsDir } = project({ 'evil\u001b[2J\u001b]0;owned\u0007.txt': '', 'ok.txt': story('Labs will grow', '2021-06-04') });
    const out = await runPrinted(root, seedsDir);
    expect(out).toContain('evil\\u{1b}[2J');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('slug clashes and copies', () => {
  it('gives three seeds with one title and date three pages with distinct slugs and true counts', async () => {
    const seeds: Record<string, string> = {};
    for (const name of ['clash report part 1.txt', 'clash report part 2.txt', 'clash report part 3.txt', '新闻一.txt', '新闻二.txt', '新闻三.txt']) {
      seeds[name] = story('China and partners open joint laboratory network', '2022-05-01', `China will build ${name.length} more joint laboratories with partner countries, the science minister said at a press conference on research cooperation in ${name}.`);
    }
    const { root, seedsDir } = project(seeds);
    const result = await runIngest({ root, seedsDir });
    expect(result.articles).toHaveLength(6);
    expect(new Set(result.articles.map((a) => a.slug)).size).toBe(6);
    expect(articleFiles(root)).toHaveLength(6);
    expect(result.articles.every((a) => /^[a-z0-9-]+$/.test(a.slug) && !a.slug.endsWith('-'))).toBe(true);
    const ids = result.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id && !id.endsWith('-'))).toBe(true);
  });

  it('gives 500 renamed near-copies 500 pages', async () => {
    const seeds: Record<string, string> = {};
    for (let i = 0; i < 500; i++) seeds[`Copy of the same report ${i}.txt`] = story('Laboratory network grows again', '2022-05-01') + `\n\nThis is copy number ${i} of the report, kept for the record.`;
    const { root, seedsDir } = project(seeds);
    const result = await runIngest({ root, seedsDir });
    expect(result.articles).toHaveLength(500);
    expect(new Set(result.articles.map((a) => a.slug)).size).toBe(500);
    expect(articleFiles(root)).toHaveLength(500);
  });

  it('makes byte-identical copies one article, the others skipped as duplicates of it, counted once in the event', async () => {
    const text = story('Laboratory network grows', '2022-05-01');
    const { root, seedsDir } = project({ 'a.txt': text, 'b.txt': text, 'c.txt': text });
    const result = await runIngest({ root, seedsDir });
    expect(result.articles.map((a) => a.seed)).toEqual(['a.txt']);
    expect(result.skipped).toEqual([
      { seed: 'b.txt', reason: 'duplicate of a.txt' },
      { seed: 'c.txt', reason: 'duplicate of a.txt' },
    ]);
    expect(result.events.every((e) => e.articles.length === 1)).toBe(true);
    expect(articleFiles(root)).toHaveLength(1);
    // Remove the original: the first copy becomes the article, as a cold run would make it.
    const { rmSync } = await import('node:fs');
    rmSync(join(seedsDir, 'a.txt'));
    const again = await runIngest({ root, seedsDir });
    expect(again.articles.map((a) => a.seed)).toEqual(['b.txt']);
    expect(again.skipped).toEqual([{ seed: 'c.txt', reason: 'duplicate of b.txt' }]);
    const cold = project();
    await runIngest({ root: cold.root, seedsDir });
    expect(contentText(root)).toBe(contentText(cold.root));
  });
});

describe('content that used to break the build', () => {
  it('never makes an empty id from a number followed by a Cyrillic or Greek word', async () => {
    const { root, seedsDir } = project({
      'ru.txt': story('Agreements signed', '2022-05-01', 'The two countries signed 30 соглашений on research cooperation at the meeting in the capital, the science minister said on Friday.'),
      'el.txt': story('Greek deal', '2022-05-02', 'The two countries signed 12 συμφωνίες on research cooperation at the meeting in Athens, the science minister said on Friday.'),
      'zh.txt': story('新闻', '2022-05-03'),
    });
    await runIngest({ root, seedsDir });
    const { facts, series } = readIngestOutput(root);
    const ids = [...facts.flatMap((f) => f.figures.map((x) => x.series)), ...series.map((s) => s.id), ...facts.map((f) => f.article)];
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toBe(true);
  });

  it('keeps speakers with Greek and Cyrillic names, and reports them', async () => {
    const { root, seedsDir } = project({
      'speakers.txt': story('Ministers speak', '2022-05-01', '“We will build more laboratories with China,” said Κώστας Παπαδόπουλος, the science minister of Greece, at the press conference.\n\n“Research cooperation matters to both countries,” said Дмитрий Иванов, deputy minister of science, on Friday.'),
    });
    const result = await runIngest({ root, seedsDir });
    const { people } = readIngestOutput(root);
    expect(people.map((p) => p.name).sort()).toEqual(['Κώστας Παπαδόπουλος', 'Дмитрий Иванов']);
    expect(people.every((p) => p.slug && p.quotes.length === 1)).toBe(true);
    expect(result.entries.filter((e) => e.rule === 'speaker').map((e) => e.text).sort()).toEqual(['Κώστας Παπαδόπουλος', 'Дмитрий Иванов']);
  });

  it('ingests a seed with 200,000 figure sentences without overflowing the stack, and caps what one article takes', async () => {
    const sentences = Array.from({ length: 200_000 }, (_, i) => `Team ${i} built ${i + 2} labs.`);
    const lines: string[] = [];
    for (let i = 0; i < sentences.length; i += 40) lines.push(sentences.slice(i, i + 40).join(' '));
    const { root, seedsDir } = project({ 'numbers.txt': `2022-05-01\n\nMany labs\n\n${lines.join('\n\n')}`, 'ok.txt': story('Labs will grow', '2021-06-04') });
    const result = await runIngest({ root, seedsDir });
    expect(result.articles.map((a) => a.seed).sort()).toEqual(['numbers.txt', 'ok.txt']);
    const capped = result.entries.filter((e) => e.seed === 'numbers.txt' && /-cap$/.test(e.rule));
    expect(capped.length).toBeGreaterThan(0);
  }, 240_000);

  it('refuses a PDF saved as .html by its first bytes, and caps a page of 50,000 blocks', async () => {
    const blocks = Array.from({ length: 50_000 }, (_, i) => `<p>Line ${i}: ${i + 2} labs opened in the science park this year.</p>`).join('');
    const { root, seedsDir } = project({
      'paper.html': new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
      'long.html': `<!doctype html><html><head><title>A very long page</title></head><body><article><h1>A very long page</h1>${blocks}</article></body></html>`,
    });
    const result = await runIngest({ root, seedsDir });
    expect(result.skipped).toEqual([{ seed: 'paper.html', reason: expect.stringMatching(/PDF.*export it as text/) }]);
    expect(result.entries.some((e) => e.seed === 'long.html' && /-cap$/.test(e.rule))).toBe(true);
  }, 240_000);

  it('skips a file of only page chrome with "no article text" instead of publishing an article called "Share"', async () => {
    const { root, seedsDir } = project({ 'chrome.txt': 'Share\nPrint\nE-mail\n', 'chrome2.txt': 'Share / Print / E-mail\n', 'ok.txt': story('Labs will grow', '2021-06-04') });
    const result = await runIngest({ root, seedsDir });
    expect(result.articles.map((a) => a.seed)).toEqual(['ok.txt']);
    expect(result.skipped.map((s) => s.seed)).toEqual(['chrome.txt', 'chrome2.txt']);
    expect(result.skipped.every((s) => /no article text/.test(s.reason))).toBe(true);
  });
});
