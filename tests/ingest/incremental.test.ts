/**
 * The incremental ingest gives exactly what a cold one gives: after seeds are changed, added,
 * removed or touched, and after outputs are edited or deleted by hand, content/ is byte for byte
 * what a fresh run over the same seeds writes in an empty folder. And it does little work: an
 * unchanged re-run rewrites nothing, a changed seed rewrites that seed (and the siblings whose
 * inferred date it moves).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject } from './cli-project.ts';

const trees = tempTrees('incremental-');
afterAll(trees.cleanup);

const report = (outlet: string, day: string, speaker: string, extra = '') =>
  `Minister says lab network will grow\n\nBEIJING, ${day} (${outlet}) -- China will build 30 more joint laboratories with partner countries, ${speaker} said on Friday at a press conference on research cooperation for ITER.\n\nThe laboratories will study climate change, public health and clean energy, ${speaker} said. In 2022, 25 documents were signed.${extra}`;
const undated = (speaker: string) =>
  `Lab network to grow, says minister\n\nChina will build 30 more joint laboratories with partner countries, ${speaker} said on Friday.\n\nThe laboratories will study climate change, public health and clean energy, according to the minister, who spoke at a press conference on research cooperation.`;

const SEEDS: Record<string, string> = {
  'a.txt': `2021-06-04\n\n${report('Xinhua', 'June 4', 'science minister Li Ming')}`,
  'b.txt': undated('Li Ming, minister of science,'),
  'c.txt': `2022-03-11\n\n${report('CGTN', 'March 11', 'Zhao Gang, a vice minister')}`,
  'd.txt': `Page about SKA\n\nThe Square Kilometre Array telescope will open in 2028, its director said.`,
  'e.txt': '',
};

const project = (seeds: Record<string, string>) => ingestProject(trees, { seeds });

/** What a cold run over the same seeds writes in a fresh folder. */
async function coldContent(seedsDir: string): Promise<Record<string, string>> {
  const fresh = project({});
  await runIngest({ root: fresh.root, seedsDir });
  return contentOf(fresh.root);
}

describe('incremental ingest', () => {
  const { root, seedsDir } = project(SEEDS);
  const run = () => runIngest({ root, seedsDir });

  it('re-runs without rewriting anything when nothing changed', async () => {
    await run();
    const before = contentOf(root);
    const again = await run();
    expect(again).toMatchObject({ fromCache: 5, rewritten: 0, written: { changed: 0, removed: 0 } });
    expect(contentOf(root)).toEqual(before);
  });

  it('rewrites one changed seed, and equals a cold run', async () => {
    appendFileSync(join(seedsDir, 'd.txt'), '\n\nThe telescope was first proposed on March 3, 2019, in Cape Town.');
    const result = await run();
    expect(result.rewritten).toBe(1);
    expect(result.fromCache).toBe(4);
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    expect(Object.values(contentOf(root)).join('\n')).toContain('first proposed on March 3, 2019');
  });

  it('moves a sibling’s inferred date when the report it was dated from changes its date', async () => {
    writeFileSync(join(seedsDir, 'a.txt'), `2021-06-11\n\n${report('Xinhua', 'June 11', 'science minister Li Ming')}`);
    const result = await run();
    const b = result.articles.find((a) => a.seed === 'b.txt')!;
    expect(b.date).toMatchObject({ date: '2021-06-11', source: 'inferred' });
    expect(result.rewritten).toBe(2); // a.txt, and b.txt whose date came from it
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
  });

  it('removes every trace of a deleted seed, and equals a cold run', async () => {
    const slug = (await run()).articles.find((a) => a.seed === 'c.txt')!.slug;
    rmSync(join(seedsDir, 'c.txt'));
    await run();
    const content = contentOf(root);
    expect(Object.keys(content)).not.toContain(`articles/${slug}.mdx`);
    expect(Object.values(content).join('\n')).not.toContain(slug);
    expect(Object.values(content).join('\n')).not.toContain('"c.txt"');
    expect(content).toEqual(await coldContent(seedsDir));
    // One cached outcome per seed left (a, b, d, e): those of changed and deleted seeds are gone.
    const cached = readdirSync(join(root, '.cache', 'ingest')).filter((f) => /^[0-9a-f]{32}\.json$/.test(f));
    expect(cached).toHaveLength(4);
  });

  it('takes a new seed, and a seed only touched (same bytes, new mtime) costs no rewrite', async () => {
    writeFileSync(join(seedsDir, 'f.txt'), `2023-02-24\n\n${report('Xinhua', 'Feb. 24', 'Wang Zhigang, minister of science and technology')}`);
    expect((await run()).rewritten).toBe(1);
    utimesSync(join(seedsDir, 'a.txt'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect((await run()).rewritten).toBe(0);
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
  });

  it('repairs output deleted or edited by hand', async () => {
    const dir = join(root, 'content');
    const article = readdirSync(join(dir, 'articles'))[0];
    rmSync(join(dir, 'articles', article));
    const shard = readdirSync(join(dir, 'data', 'facts'))[0];
    writeFileSync(join(dir, 'data', 'facts', shard), 'edited by hand\n');
    rmSync(join(dir, 'data', 'events.json'));
    await run();
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
  });

  it('starts cold, with the same result, when its state is unreadable', async () => {
    const cache = join(root, '.cache', 'ingest');
    writeFileSync(join(cache, 'seeds.jsonl'), '{"name": "a.txt", broken');
    const result = await run();
    expect(result.fromCache).toBe(5); // a, b, d, e, f: per-seed outcomes are still cached by content
    expect(result.rewritten).toBe(5);
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
  });
});
