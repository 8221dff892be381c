/**
 * File names no one types but anyone can be sent: a line break, a right-to-left override that makes
 * "report\u202Etxt.exe" read backwards, the C1 "next line" control, a line separator, a terminal
 * escape, a symbol that looks like NUL. Each seed is still one article or one skipped entry; the
 * console shows every such character escaped (never raw), while skipped.json and the articles keep
 * the exact name, so a reader of the data can find the file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { tempTrees } from '../helpers/temp-tree.ts';
import { runPrinted } from './run-printed.ts';
import { ingestProject } from './cli-project.ts';

const trees = tempTrees('hostile-names-');
afterAll(trees.cleanup);

const story = (title: string, day: string) =>
  `${title}\n\n${day}\n\nThe lake survey will count its water birds from small boats for the first time this autumn, the wildlife trust said on Monday.\n\nVolunteers will be trained over the summer, and every count will be checked against photographs before it is published.\n`;

const NAMES = ['line\nbreak.txt', 'report\u202Etxt.gpj.txt', 'next\u0085line.txt', 'sep\u2028arator.txt', 'esc\u001b[1mape.txt', 'nul\u2400like.txt'];

describe('seed names with control, bidi and look-alike characters', () => {
  it('each is one article or one skipped entry; the console shows them escaped; the data keeps them exact', async () => {
    const seeds: Record<string, string> = {};
    NAMES.forEach((name, i) => (seeds[name] = story(`Lake birds counted from boats, part ${i + 1}`, `2023-09-${String(i + 10)}`)));
    // The same names on empty files: skipped, so printed by name.
    for (const name of NAMES) seeds[`empty ${name}`] = '';
    const { root, seedsDir } = ingestProject(trees, { seeds });
    const out = await runPrinted(root, seedsDir);
    // Nothing that moves the cursor, breaks a line inside a name or turns text around reaches the console.
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('skipped empty report\\u{202e}txt.gpj.txt');
    expect(out).toContain('skipped empty sep\\u{2028}arator.txt');

    const skipped = JSON.parse(readFileSync(join(root, 'content', 'data', 'skipped.json'), 'utf8')).skipped;
    expect(skipped.map((s: { seed: string }) => s.seed).sort()).toEqual(NAMES.map((name) => `empty ${name}`).sort());
    expect(skipped.every((s: { reason: string }) => s.reason === 'empty file (0 bytes)')).toBe(true);
    const articles = readdirSync(join(root, 'content', 'articles')).map((f) => readFileSync(join(root, 'content', 'articles', f), 'utf8'));
    const seedNames = articles.map((mdx) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]).seed).sort();
    expect(seedNames).toEqual([...NAMES].sort());
  });
});
