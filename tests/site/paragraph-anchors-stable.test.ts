/**
 * A link to a paragraph (/articles/<slug>/#p-N) is shared and kept: it must point at the same words
 * after any re-ingest that changes no seed. Here the built site's seeds are ingested again, cold in
 * a new folder (seeds written in the reverse order, so the folder lists them differently) and then
 * warm after every seed was touched (same bytes, new time): every article keeps its address and
 * every paragraph its id and its text, and each of those ids is on the built page.
 * Run `npm run build` first.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { idsIn, readPage, requireBuiltSite } from '../helpers/dist.ts';

requireBuiltSite();
const CONTENT = resolve(process.env.CONTENT_DIR ?? 'content');
const SEEDS = resolve(process.env.SEEDS_DIR ?? 'seeds');
const trees = tempTrees('anchors-');
afterAll(trees.cleanup);

/** Every paragraph a link can point at, as '/articles/<slug>/#p-N' → the paragraph's markup. */
function paragraphLinks(contentDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(contentDir, 'articles');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const slug = /^slug: (.+)$/m.exec(text)?.[1];
    if (!slug) throw new Error(`${file} has no slug`);
    for (const m of text.matchAll(/^<p id="(p-\d+)">.*$/gm)) out.set(`/articles/${slug}/#${m[1]}`, m[0]);
  }
  return out;
}

/** A fresh project holding the repository's topics and a copy of the seeds, written last to first. */
function freshProject(): { root: string; seedsDir: string } {
  const root = trees.make({});
  cpSync(join(CONTENT, 'topics'), join(root, 'content', 'topics'), { recursive: true });
  const seedsDir = join(root, 'seeds');
  mkdirSync(seedsDir);
  for (const name of readdirSync(SEEDS).sort().reverse()) {
    if (name.startsWith('.') || name === 'README.md') continue;
    writeFileSync(join(seedsDir, name), readFileSync(join(SEEDS, name)));
  }
  return { root, seedsDir };
}

describe('paragraph links survive a re-ingest that changes nothing', () => {
  const built = paragraphLinks(CONTENT);

  it('every paragraph the ingest wrote has its id on the built page', () => {
    expect(built.size).toBeGreaterThan(0);
    const missing = [...built.keys()].filter((link) => {
      const [path, id] = link.split('#');
      return !idsIn(readPage(path)).has(id);
    });
    expect(missing).toEqual([]);
  });

  it('a cold re-ingest in a new folder, then a warm one over touched seeds, keep every link and its words', async () => {
    const { root, seedsDir } = freshProject();
    await runIngest({ root, seedsDir });
    expect(paragraphLinks(join(root, 'content'))).toEqual(built);
    const later = new Date(Date.now() + 60_000);
    for (const name of readdirSync(seedsDir)) utimesSync(join(seedsDir, name), later, later);
    await runIngest({ root, seedsDir });
    expect(paragraphLinks(join(root, 'content'))).toEqual(built);
  }, 120_000);
});
