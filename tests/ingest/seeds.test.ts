/**
 * End to end on today's five seeds (copied byte for byte from ../shared/seeds): what the issue
 * expects the ingest to make of them. The rules that produce this are tested one by one on
 * fixtures in the other files; nothing here is special-cased in the code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest, type IngestResult } from '../../scripts/ingest/run.ts';
import { readIngestOutput, type IngestOutput } from '../../scripts/ingest/output.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { textKey, countWords } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { repoRoot } from './helpers.ts';

let result: IngestResult;
let root: string;
let corpus: IngestOutput & Pick<IngestResult, 'articles' | 'events'>;
const article = (predicate: (a: IngestResult['articles'][number]) => boolean) => corpus.articles.find(predicate)!;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync(join(repoRoot, 'content', 'topics'), join(root, 'content', 'topics'), { recursive: true });
  result = await runIngest({ root, seedsDir: join(repoRoot, 'seeds') });
  corpus = { ...readIngestOutput(root), articles: result.articles, events: result.events };
});

describe('ingest of the seeds', () => {
  it('reads all five, skips none', () => {
    expect(corpus.articles).toHaveLength(5);
    expect(result.skipped).toEqual([]);
  });

  it('makes one event of the three 30 October 2020 reports, two of them dated by inference', () => {
    const event = corpus.events.find((e) => e.articles.length === 3)!;
    expect(event).toMatchObject({ date: '2020-10-30', speakers: ['wang-zhigang'] });
    const members = event.articles.map((slug) => article((a) => a.slug === slug));
    expect(members.map((a) => a.date?.date)).toEqual(['2020-10-30', '2020-10-30', '2020-10-30']);
    expect(members.filter((a) => a.date?.source === 'inferred')).toHaveLength(2);
    expect(members.map((a) => a.outlet).sort()).toEqual(['South China Morning Post', 'Xinhua', null].sort());
    for (const a of members.filter((m) => m.date?.source === 'inferred')) {
      expect(a.datedFrom).toBe(members[0].slug);
      expect(a.date?.evidence).toContain('BEIJING, Oct. 30 (Xinhua)');
    }
  });

  it('dates the SCIO briefing 2020-10-27 with all four topics, and the 2023 Xinhua piece with ITER and SKA', () => {
    const briefing = article((a) => a.title.startsWith('SCIO briefing'));
    expect(briefing.date).toMatchObject({ date: '2020-10-27', source: 'explicit' });
    expect(briefing.topics).toEqual(['iter', 'ska', 'belt-and-road', 'covax']);
    const xinhua2023 = article((a) => a.date?.date === '2023-02-24');
    expect(xinhua2023).toMatchObject({ outlet: 'Xinhua', topics: ['iter', 'ska'] });
    expect(readFileSync(join(root, 'content', 'articles', `${xinhua2023.slug}.mdx`), 'utf8')).toMatch(/^editor: huaxia$/m);
    expect(xinhua2023.date?.source).toBe('explicit');
    expect(corpus.events.map((e) => e.date)).toEqual(['2020-10-27', '2020-10-30', '2023-02-24']);
  });

  it('gives slugs from the own date and the title, e.g. 2020-10-30-china-to-keep-its-door-open', () => {
    expect(corpus.articles.map((a) => a.slug).sort()).toContain('2020-10-30-china-to-keep-its-door-open');
    for (const a of corpus.articles) expect(a.slug).toMatch(/^(?:\d{4}-\d{2}-\d{2}-)?[a-z0-9-]+$/);
  });

  it('finds the speakers and the two series the officials gave over time', () => {
    const names = corpus.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Wang Zhigang', 'Zhang Guangjun', 'Xi Jinping', 'Tang Dajie', 'Shi Yinhong']));
    const series = (id: string) => corpus.series.find((s) => s.id === id)!.points.map((p) => [p.date, p.value, p.qualifier]);
    expect(series('country-and-region-relation')).toEqual([['2020-10-27', 161, null], ['2023-02-24', 160, 'more than']]);
    expect(series('intergovernmental-agreement')).toEqual([['2020-10-27', 114, null], ['2023-02-24', 116, null]]);
  });

  it('writes bodies with no boilerplate line the clean stage removed and no sentence twice', () => {
    const removed = result.entries.filter((e) => e.stage === 'clean' && e.action === 'removed' && e.text && countWords(e.text) >= 2).map((e) => e.text!);
    expect(removed.length).toBeGreaterThan(15);
    const dir = join(root, 'content', 'articles');
    for (const file of readdirSync(dir)) {
      const body = readFileSync(join(dir, file), 'utf8').split(/\n---\n/)[1];
      const paragraphs = [...body.matchAll(/<p id="p-\d+">(.*)<\/p>/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
      for (const line of removed) expect(paragraphs.join('\n'), file).not.toContain(line);
      const sentences = paragraphs.flatMap(splitSentences).filter((s) => countWords(s) >= 5).map(textKey);
      expect(new Set(sentences).size, file).toBe(sentences.length);
    }
  });

  it('reports every inference and removal with its rule', () => {
    const inferred = result.entries.filter((e) => e.rule === 'date-from-sibling');
    expect(inferred).toHaveLength(2);
    expect(result.entries.filter((e) => e.rule === 'repeated-paragraph')).toHaveLength(14);
    const bySeed = (entries: typeof result.entries) => [...entries].sort((a, b) => (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0));
    expect(bySeed(corpus.entries)).toEqual(bySeed(result.entries));
  });

  it('re-runs from the cache and writes nothing when nothing changed', async () => {
    const again = await runIngest({ root, seedsDir: join(repoRoot, 'seeds') });
    expect(again.fromCache).toBe(5);
    expect(again.rewritten).toBe(0);
    expect(again.written.changed).toBe(0);
  });
});
