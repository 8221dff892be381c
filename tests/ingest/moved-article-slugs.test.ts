/**
 * Articles whose titles are not in Latin letters get readable addresses (article-slug.ts), and the
 * addresses they were published at before keep answering. The published-pages ledger
 * (src/data/published-pages.json) ties each article address to the digest of its seed: a tied seed
 * whose slug the rule now spells otherwise is listed in content/data/moved-articles.json, and the site
 * leaves a redirect page at the old address (src/lib/urls/redirects.ts). The repository's seeds keep
 * every address they were published at.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { ledgerPath, readLedger, seedDigest, type PublishedPages } from '../../scripts/lib/published-pages.ts';
import { slugOfAddress } from '../../src/lib/urls/article-address.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject } from './cli-project.ts';
import { repoRoot } from './helpers.ts';

const trees = tempTrees('moved-slugs-');
afterAll(trees.cleanup);

/** Invented reports: a Chinese one whose only Latin character is a digit, Korean, Arabic, one titled by a number. */
const SEEDS = {
  'zh-lab.txt': '第2号实验室开放\n2021-05-03\n\n海港市5月3日电 海港天文台当天向合作伙伴开放了第二实验室，台长马拉·韦林说。\n\n韦林说，明年将有更多团队加入。\n',
  'ko-lab.txt': '한국 과학기술원, 새 연구소 개소\n2021-05-04\n\n한국 과학기술원이 4일 새 연구소를 열었다고 밝혔다. 연구소는 해외 대학과 함께 운영된다.\n\n원장은 내년에 더 많은 연구팀이 올 것이라고 말했다.\n',
  'ar-lab.txt': 'الصين توقع اتفاقية علمية مع مصر\n2021-05-05\n\nوقعت الصين ومصر اتفاقية للتعاون العلمي في مجال الفضاء، حسبما قال مسؤولون في القاهرة.\n\nوقال المسؤولون إن الاتفاقية تشمل تدريب الباحثين.\n',
  'number.html': '<!doctype html><html><head><title>2024</title><meta property="og:site_name" content="Harbor Post"></head><body><article><h1>2024</h1><time datetime="2021-05-06">May 6, 2021</time><p>HARBOR CITY, May 6 -- The Harbor observatory counted 2,024 visiting researchers this year, its director Mara Vellin said in a statement to partners.</p><p>Vellin said more teams would come next year, and that the new hall would open to them in the spring.</p></article></body></html>',
};
/** The same Chinese report twice over, one paragraph apart: one title, one date, two articles. */
const COPY = { 'zh-lab-copy.txt': SEEDS['zh-lab.txt'].replace('韦林说，', '另据报道，韦林说，') };

/** The slug each seed's article got, by seed name. */
const slugs = (root: string) =>
  Object.fromEntries(Object.values(contentOf(root)).flatMap((text) => {
    const seed = /^seed: (.+)$/m.exec(text)?.[1];
    const slug = /^slug: (.+)$/m.exec(text)?.[1];
    return seed && slug ? [[seed, slug]] : [];
  }));
const moved = (root: string) => JSON.parse(readFileSync(join(root, 'content', 'data', 'moved-articles.json'), 'utf8')).moved;

function writeLedger(root: string, articles: Record<string, string>): void {
  const ledger: PublishedPages = { seeds: [...new Set(Object.values(articles))].sort(), pages: Object.keys(articles).sort(), files: [], articles };
  mkdirSync(join(root, 'src', 'data'), { recursive: true });
  writeFileSync(ledgerPath(root), JSON.stringify(ledger));
}

describe('readable addresses for titles in other scripts', () => {
  it('spells each title in Latin letters: no bare digit, no hash', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: SEEDS });
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({
      'zh-lab.txt': '2021-05-03-di-2-hao-shi-yan-shi-kai-fang',
      'ko-lab.txt': '2021-05-04-hangug-gwahaggisulwon-sae-yeonguso-gaeso',
      'ar-lab.txt': '2021-05-05-lsyn-twq-tfqyh-lmyh-m-msr',
      'number.html': '2021-05-06-harbor-post-2024',
    });
    expect(moved(root)).toEqual([]);
  });

  it('gives two reports with one title and date two addresses, the same on a second, cold run', async () => {
    const seeds = { ...SEEDS, ...COPY };
    const first = ingestProject(trees, { seeds });
    await runIngest(first);
    const got = slugs(first.root);
    expect(got['zh-lab-copy.txt']).toBe('2021-05-03-di-2-hao-shi-yan-shi-kai-fang');
    expect(got['zh-lab.txt']).toBe('2021-05-03-di-2-hao-shi-yan-shi-kai-fang-zh-lab');
    expect(new Set(Object.values(got)).size).toBe(Object.keys(seeds).length);
    const second = ingestProject(trees, { seeds });
    await runIngest(second);
    expect(contentOf(second.root)).toEqual(contentOf(first.root));
  });
});

describe('an address published under the old rule', () => {
  const digest = seedDigest(Buffer.from(SEEDS['zh-lab.txt']));
  const now = '2021-05-03-di-2-hao-shi-yan-shi-kai-fang';

  it('is listed as moved to the article’s new address', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: SEEDS });
    writeLedger(root, { '/articles/2021-05-03-2/': digest });
    await runIngest({ root, seedsDir });
    expect(slugs(root)['zh-lab.txt']).toBe(now);
    expect(moved(root)).toEqual([{ from: '2021-05-03-2', to: now }]);
  });

  it('is listed on an incremental run after the ledger changed alone, and no more once it is the address again', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: SEEDS });
    await runIngest({ root, seedsDir });
    writeLedger(root, { '/articles/2021-05-03-2/': digest });
    await runIngest({ root, seedsDir });
    expect(moved(root)).toEqual([{ from: '2021-05-03-2', to: now }]);
    writeLedger(root, { [`/articles/${now}/`]: digest });
    await runIngest({ root, seedsDir });
    expect(moved(root)).toEqual([]);
  });

  it('is not listed when another article holds it now (that article keeps it)', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: SEEDS });
    writeLedger(root, { '/articles/2021-05-04-hangug-gwahaggisulwon-sae-yeonguso-gaeso/': digest });
    await runIngest({ root, seedsDir });
    expect(moved(root)).toEqual([]);
  });
});

describe('the repository’s seeds', () => {
  it('keep every article address they were published at, with nothing moved', async () => {
    const { root, seedsDir } = ingestProject(trees);
    cpSync(join(repoRoot, 'seeds'), seedsDir, { recursive: true });
    mkdirSync(join(root, 'src', 'data'), { recursive: true });
    cpSync(ledgerPath(repoRoot), ledgerPath(root));
    await runIngest({ root, seedsDir });
    const published = Object.keys(readLedger(ledgerPath(repoRoot)).articles ?? {}).map((a) => slugOfAddress(a)).sort();
    expect(published.length).toBe(5);
    expect(Object.values(slugs(root)).sort()).toEqual(published);
    expect(moved(root)).toEqual([]);
  });
});
