/**
 * No damaged cache and no skipped seed may stop a run. Each cache file (a per-seed outcome, the
 * state's head and log, pairs.bin) is truncated, filled with random bytes, replaced by `{}`, emptied
 * or garbled at its own length; each time the next run succeeds, says which file it could not use
 * when it matters, and writes exactly what a cold run writes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { seal, unseal } from '../../scripts/lib/checksummed.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { isCachedOutcome } from '../../scripts/ingest/outcome-shape.ts';
import { compileTopics } from '../../scripts/ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../scripts/ingest/run.ts';
import { repoRoot } from './helpers.ts';
import { RICH_PAGE } from './cache-rich-page.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { runPrinted } from './run-printed.ts';
import { contentOf, ingestProject } from './cli-project.ts';

const trees = tempTrees('cache-damage-');
afterAll(trees.cleanup);

const report = (outlet: string, day: string, speaker: string) =>
  `Minister says lab network will grow\n\nBEIJING, ${day} (${outlet}) -- China will build 30 more joint laboratories with partner countries, ${speaker} said on Friday at a press conference on research cooperation for ITER.\n\nThe laboratories will study climate change, public health and clean energy, ${speaker} said. In 2022, 25 documents were signed.`;
const SEEDS: Record<string, string> = {
  'a.txt': `2021-06-04\n\n${report('Xinhua', 'June 4', 'science minister Li Ming')}`,
  'b.txt': `Lab network to grow, says minister\n\nChina will build 30 more joint laboratories with partner countries, Li Ming, minister of science, said on Friday.\n\nThe laboratories will study climate change, public health and clean energy, according to the minister, who spoke at a press conference on research cooperation.`,
  'c.txt': `2021-06-04\n\n${report('CGTN', 'June 4', 'Li Ming, the science minister,')}`,
  'd.txt': `Page about SKA\n\nThe Square Kilometre Array telescope will open in 2028, its director said.`,
  'e.txt': '',
};

const project = (seeds: Record<string, string>) => ingestProject(trees, { seeds });

async function coldContent(seedsDir: string) {
  const fresh = project({});
  await runIngest({ root: fresh.root, seedsDir });
  return contentOf(fresh.root);
}

const DAMAGE: Record<string, (bytes: Buffer) => Buffer | string> = {
  truncated: (b) => b.subarray(0, Math.floor(b.length / 2)),
  random: (b) => randomBytes(Math.max(16, b.length)),
  'empty object': () => '{}',
  empty: () => '',
  'garbage of the same length': (b) => Buffer.from(b.map((x, i) => (i > 60 ? x ^ 0x5a : x))),
};

/** A folder, with a file in it, where the file was. */
const replaceByFolder = (path: string) => {
  rmSync(path);
  mkdirSync(path);
  writeFileSync(join(path, 'note.txt'), 'x');
};

const outcomeFiles = (cache: string) => readdirSync(cache).filter((f) => /^[0-9a-f]{32}\.json$/.test(f));

// A case runs the ingest up to five times, each starting its worker thread (pool.ts): minutes on a loaded machine.
describe('damaged caches', { timeout: 180_000 }, () => {
  const targets: Record<string, (cache: string) => string[]> = {
    'cached outcomes': (cache) => outcomeFiles(cache).map((f) => join(cache, f)),
    'head.json': (cache) => [join(cache, 'head.json')],
    'seeds.jsonl': (cache) => [join(cache, 'seeds.jsonl')],
    'pairs.bin': (cache) => [join(cache, 'pairs.bin')],
  };
  for (const [target, files] of Object.entries(targets)) {
    for (const [kind, damage] of Object.entries(DAMAGE)) {
      it(`recovers from ${target}: ${kind}`, async () => {
        const { root, seedsDir, cache } = project(SEEDS);
        await runIngest({ root, seedsDir });
        for (const file of files(cache)) writeFileSync(file, damage(readFileSync(file)));
        // A changed seed and a deleted output make the run read the state and every cached outcome.
        appendFileSync(join(seedsDir, 'd.txt'), '\n\nThe telescope was first proposed in Cape Town, its director said.');
        rmSync(join(root, 'content', 'data', 'events.json'));
        const out = await runPrinted(root, seedsDir);
        expect(contentOf(root)).toEqual(await coldContent(seedsDir));
        if (target === 'cached outcomes' && kind !== 'garbage of the same length') expect(out).toMatch(/cache entry \S+[0-9a-f]{32}\.json for \S+ is (?:damaged|not)/);
      });
    }
  }

  /**
   * Entries whose checksum holds but whose JSON is not what the ingest writes (another version's
   * shape, an edit by hand, a bug): one field of the wrong type deep inside. Each failed the run
   * while writing the article, and every run after it, as the entry stayed; a date of the wrong type
   * named the article "undefined-…".
   */
  const WRONG_SHAPES: Record<string, (outcome: Record<string, any>) => unknown> = {
    'a paragraph that is null': (o) => ({ ...o, record: { ...o.record, paragraphs: [null] } }),
    "a paragraph's text a number": (o) => ({ ...o, record: { ...o.record, paragraphs: [{ id: 'p-1', text: 5, sentences: [] }] } }),
    'quotes not a list': (o) => ({ ...o, record: { ...o.record, quotes: 'none' } }),
    'topics a string': (o) => ({ ...o, summary: { ...o.summary, topics: 'iter' } }),
    'a date a number': (o) => ({ ...o, summary: { ...o.summary, date: 5 } }),
    'report entries that are no entries': (o) => ({ ...o, entries: [null, 5] }),
    'a skip reason a number': (o) => ({ cacheable: true, entries: [], skip: 5 }),
  };
  for (const [kind, reshape] of Object.entries(WRONG_SHAPES)) {
    it(`remakes a cached outcome whose checksum holds but whose shape is wrong: ${kind}`, async () => {
      const { root, seedsDir, cache } = project(SEEDS);
      await runIngest({ root, seedsDir });
      for (const file of outcomeFiles(cache)) {
        const sealed = unseal(readFileSync(join(cache, file)));
        if ('error' in sealed) throw new Error(sealed.error);
        const outcome = JSON.parse(sealed.payload.toString('utf8'));
        // A skipped seed's entry has no record to reshape: reshaped only where the field is.
        if (outcome.record || kind.startsWith('a skip') || kind.startsWith('report')) writeFileSync(join(cache, file), seal(JSON.stringify(reshape(outcome))));
      }
      // Both ways an entry is read: the state gone (every seed's entry read as the listing goes) and kept.
      for (const stateGone of [false, true]) {
        if (stateGone) for (const f of ['head.json', 'seeds.jsonl']) rmSync(join(cache, f));
        appendFileSync(join(seedsDir, 'd.txt'), '\n\nThe telescope was first proposed in Cape Town, its director said.');
        rmSync(join(root, 'content', 'data', 'events.json'));
        const out = await runPrinted(root, seedsDir);
        expect(contentOf(root)).toEqual(await coldContent(seedsDir));
        if (!stateGone) expect(out).toMatch(/cache entry \S+[0-9a-f]{32}\.json for \S+ is not an ingest outcome/);
      }
    });
  }

  /**
   * Lines of the state's log (seeds.jsonl) of another shape, with head.json's checksum made to match
   * them (as a bug writing the state would leave it): each failed the run, and every run after it.
   */
  const WRONG_STATE_LINES: Record<string, (line: Record<string, any>) => unknown> = {
    'a seed name that is a number': (l) => ({ ...l, name: 5 }),
    'a line that is a list': () => [1],
    "a placement's topics a string": (l) => ({ ...l, ...(l.input && { input: { ...l.input, topics: 'iter' } }) }),
    "a placement's title a number": (l) => ({ ...l, ...(l.input && { input: { ...l.input, title: 5, titleSlug: 5 } }) }),
    "a placement's date of no shape": (l) => ({ ...l, ...(l.input && { input: { ...l.input, date: { date: 5 } } }) }),
    'a skip reason a number': (l) => ({ ...l, ...(l.skip !== undefined && { skip: 5 }) }),
  };
  for (const [kind, reshape] of Object.entries(WRONG_STATE_LINES)) {
    it(`starts cold from a state log whose checksum holds but whose lines are of another shape: ${kind}`, async () => {
      const { root, seedsDir, cache } = project(SEEDS);
      await runIngest({ root, seedsDir });
      const log = readFileSync(join(cache, 'seeds.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.stringify(reshape(JSON.parse(l))) + '\n').join('');
      writeFileSync(join(cache, 'seeds.jsonl'), log);
      const head = JSON.parse(readFileSync(join(cache, 'head.json'), 'utf8'));
      writeFileSync(join(cache, 'head.json'), JSON.stringify({ ...head, log: { bytes: Buffer.byteLength(log), sha1: createHash('sha1').update(log).digest('hex') } }));
      appendFileSync(join(seedsDir, 'd.txt'), '\n\nThe telescope was first proposed in Cape Town, its director said.');
      const out = await runPrinted(root, seedsDir);
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
      expect(out).toMatch(/seeds\.jsonl holds a line that is no seed's state: started cold/);
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    });
  }

  /**
   * Something other than a file where the cache keeps one (a folder made by hand or by a sync tool),
   * and a file where it keeps a folder: each failed the run (EISDIR, EEXIST), and every run after it.
   */
  const IN_THE_WAY: Record<string, (root: string, cache: string) => void> = {
    'cached outcomes are folders': (_, cache) => outcomeFiles(cache).forEach((f) => replaceByFolder(join(cache, f))),
    'head.json is a folder': (_, cache) => replaceByFolder(join(cache, 'head.json')),
    'seeds.jsonl is a folder': (_, cache) => replaceByFolder(join(cache, 'seeds.jsonl')),
    'pairs.bin is a folder': (_, cache) => replaceByFolder(join(cache, 'pairs.bin')),
    "the running run's marker is a folder": (_, cache) => mkdirSync(join(cache, 'running', 'x'), { recursive: true }),
    '.cache/ingest is a file': (_, cache) => {
      rmSync(cache, { recursive: true });
      writeFileSync(cache, 'x');
    },
  };
  for (const [kind, damage] of Object.entries(IN_THE_WAY)) {
    it(`clears the way when ${kind}`, async () => {
      const { root, seedsDir, cache } = project(SEEDS);
      await runIngest({ root, seedsDir });
      damage(root, cache);
      appendFileSync(join(seedsDir, 'd.txt'), '\n\nThe telescope was first proposed in Cape Town, its director said.');
      rmSync(join(root, 'content', 'data', 'events.json'));
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    });
  }

  it('takes back what the ingest writes, every kind of line and field of it (the shape check is not stricter than the writer)', () => {
    const topics = compileTopics(loadTopicDefinitions(join(repoRoot, 'content', 'topics')));
    const { seed: _, body: __, ...cached } = processSeed('rich.html', new TextEncoder().encode(RICH_PAGE), topics, 'hash');
    const record = cached.record!;
    // The page still makes every field the check reads: a regression of the page would hide one.
    expect(new Set(record.paragraphs.map((p) => p.kind))).toEqual(new Set([undefined, 'heading', 'item', 'row', 'pre', 'caption']));
    expect(record.paragraphs.some((p) => p.listPath?.length === 2 && p.quoted === undefined)).toBe(true);
    expect(record.paragraphs.some((p) => p.quoted && p.quoteStart)).toBe(true);
    expect([record.date?.source, record.topics, record.quotes.length > 0, record.figures.length > 0, record.excerpts.length > 0, record.people.length > 0]).toEqual(['metadata', ['iter'], true, true, true, true]);
    expect(isCachedOutcome(JSON.parse(JSON.stringify(cached)))).toBe(true);
  });

  it('never lets garbage of the right length in pairs.bin change the events', async () => {
    const { root, seedsDir, cache } = project(SEEDS);
    await runIngest({ root, seedsDir });
    const pairs = join(cache, 'pairs.bin');
    const bytes = readFileSync(pairs);
    // Keep any header and the count; zero the positions and scores that follow.
    const start = bytes.indexOf(10) + 1 + 4;
    writeFileSync(pairs, Buffer.concat([bytes.subarray(0, start), Buffer.alloc(bytes.length - start)]));
    appendFileSync(join(seedsDir, 'd.txt'), '\n\nThe telescope was first proposed in Cape Town, its director said.');
    await runIngest({ root, seedsDir });
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
  });

  it('cuts back a half-appended state log and removes temporary files a killed run left', async () => {
    const { root, seedsDir, cache } = project(SEEDS);
    await runIngest({ root, seedsDir });
    appendFileSync(join(cache, 'seeds.jsonl'), '{"name":"a.txt","stat":"1:2');
    writeFileSync(join(root, 'content', 'data', '.events.json.123-0-0.tmp'), '{"ev');
    writeFileSync(join(cache, 'running'), '');
    appendFileSync(join(seedsDir, 'a.txt'), '\n\nMore laboratories will follow next year, the minister said.');
    await runIngest({ root, seedsDir });
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    await runIngest({ root, seedsDir });
    expect(contentOf(root)).toEqual(await coldContent(seedsDir));
  });
});

/**
 * The same for what the ingest writes in content/ (all of it made again by every run) and the project's
 * .cache/: a folder where an output file goes, a file where an output folder goes. Each failed the
 * run (EISDIR, ENOTDIR, EEXIST), and every run after it.
 */
describe('something in the way of what the ingest writes', () => {
  const data = (root: string, ...path: string[]) => join(root, 'content', 'data', ...path);
  const replaceByFile = (path: string) => {
    rmSync(path, { recursive: true });
    writeFileSync(path, 'x');
  };
  const IN_THE_WAY: Record<string, (root: string) => void> = {
    '.cache is a file': (root) => replaceByFile(join(root, '.cache')),
    'content/articles is a file': (root) => replaceByFile(join(root, 'content', 'articles')),
    'content/data is a file': (root) => replaceByFile(data(root)),
    'the facts folder is a file': (root) => replaceByFile(data(root, 'facts')),
    'a facts shard is a folder': (root) => replaceByFolder(data(root, 'facts', readdirSync(data(root, 'facts'))[0])),
    'a report shard is a folder': (root) => replaceByFolder(data(root, 'report', readdirSync(data(root, 'report'))[0])),
    'events.json is a folder': (root) => replaceByFolder(data(root, 'events.json')),
    'skipped.json is a folder': (root) => replaceByFolder(data(root, 'skipped.json')),
    'moved-articles.json is a folder': (root) => replaceByFolder(data(root, 'moved-articles.json')),
  };
  for (const [kind, damage] of Object.entries(IN_THE_WAY)) {
    it(`clears the way when ${kind}`, async () => {
      const { root, seedsDir } = project(SEEDS);
      await runIngest({ root, seedsDir });
      damage(root);
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    });
  }
});

describe('seeds the ingest skips', () => {
  it('survives an empty seed added and removed again', async () => {
    const { root, seedsDir } = project({ 'a.txt': SEEDS['a.txt'] });
    await runIngest({ root, seedsDir });
    for (const name of ['empty.txt', 'blank.txt', 'zz.txt', '0.txt']) {
      writeFileSync(join(seedsDir, name), '');
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
      rmSync(join(seedsDir, name));
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    }
  });

  it('survives a skipped seed changed into a good one and back', async () => {
    const { root, seedsDir } = project({ 'a.txt': SEEDS['a.txt'], 'e.txt': '' });
    await runIngest({ root, seedsDir });
    for (const text of [SEEDS['d.txt'], '', SEEDS['c.txt'], '  \n ']) {
      writeFileSync(join(seedsDir, 'e.txt'), text);
      await runIngest({ root, seedsDir });
      expect(contentOf(root)).toEqual(await coldContent(seedsDir));
    }
  });
});
