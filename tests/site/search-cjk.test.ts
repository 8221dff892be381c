/**
 * Search in languages written without spaces (Japanese, Chinese): a reader searching a compound of a
 * report's title or text finds the report, in Chromium, from the English site chrome. Built over a
 * small fixture site of our own (the seeds hold no such report), with the real index script and the
 * real loader the search box uses.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { listFiles } from '../../scripts/lib/list-files.ts';
import { loadPagefind } from '../../src/lib/search/load-pagefind.ts';
import { segmentedBundleDir, segmentedLanguageOf, segmentedLanguageOfText, segmentedListFile } from '../../src/lib/search/segmented-languages.ts';

// Pages shaped like the built site's: English chrome, the report's language on its text only.
const page = (title: string, text: string, lang?: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<nav>Home Timeline Search</nav><main><article data-pagefind-body data-pagefind-meta="kind:Article"${lang ? ` data-search-lang="${lang}"` : ''}>` +
  `<h1${lang ? ` lang="${lang}"` : ''}>${title}</h1><div${lang ? ` lang="${lang}"` : ''}><p>${text}</p></div></article></main></body></html>`;

const pages: Record<string, string> = {
  'index.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home</title></head><body><main>Front page</main></body></html>',
  'articles/ja-ocean/index.html': page('極地の研究所、海洋観測の新計画を発表', '南極の氷床と海洋の関係を調べるため、無人の観測船を三隻投入する。', 'ja'),
  'articles/zh-climate/index.html': page('高原湖泊水位持续上升', '研究团队发现，气候变暖导致冰川融水增加，湖泊面积扩大。', 'zh-Hans'),
  'articles/th-ocean/index.html': page('นักวิจัยเริ่มโครงการสำรวจมหาสมุทร', 'ทีมงานจะติดตั้งสถานีตรวจวัดอุณหภูมิน้ำทะเล', 'th'),
  'articles/ko-rocket/index.html': page('우주 발사체 시험 성공', '연구진은 새 엔진의 연소 시험을 마쳤다고 밝혔다.', 'ko'),
  'articles/en-kenya/index.html': page('Engineers launched two weather satellites', 'The satellites measure rainfall over the lakes.'),
  'articles/zh-iter/index.html': page('中国团队完成ITER核聚变实验堆部件安装', '等离子体物理研究所的工程师在法国完成了ITER核聚变实验堆关键部件的安装。', 'zh'),
  'articles/en-iter/index.html': page('ITER magnet coils arrive in France', 'The fusion reactor will hold its first plasma later.'),
};

function buildSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-cjk-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  execFileSync(process.execPath, ['scripts/search-index.ts', dir], { stdio: 'pipe' });
  return dir;
}

// Vitest rewrites import() for Node; the browser runs the function as the site ships it.
const browserSource = (fn: (...args: never[]) => unknown) => fn.toString().replace(/__vite_ssr_dynamic_import__/g, 'import');

const built: string[] = [];
afterAll(() => built.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('search in languages written without spaces', () => {
  const site = buildSite();
  built.push(site);
  const live = browserAndServer(() => serveSite(site, '/'));

  /** Runs the search box's own loader in the page and returns the paths found. */
  async function found(query: string): Promise<string[]> {
    const browserPage = await live.browser.newPage();
    try {
      await browserPage.goto(live.server.root);
      return await browserPage.evaluate(
        `(${browserSource(loadPagefind)})({ base: '/', options: { baseUrl: '/' } })
          .then((pf) => pf.search(${JSON.stringify(query)}))
          .then((found) => Promise.all(found.results.map((r) => r.data())))
          .then((data) => data.map((d) => d.url).sort())`,
      );
    } finally {
      await browserPage.close();
    }
  }

  it('finds a Japanese compound of a title and of the text, not only its first word', async () => {
    expect(await found('海洋観測')).toEqual(['/articles/ja-ocean/']);
    expect(await found('観測船')).toEqual(['/articles/ja-ocean/']);
    expect(await found('海洋')).toEqual(['/articles/ja-ocean/']);
  });

  it('finds a Chinese compound of a title and of the text', async () => {
    expect(await found('湖泊水位')).toEqual(['/articles/zh-climate/']);
    expect(await found('冰川融水')).toEqual(['/articles/zh-climate/']);
  });

  it('finds a Thai word inside a sentence', async () => {
    expect(await found('มหาสมุทร')).toEqual(['/articles/th-ocean/']);
    expect(await found('อุณหภูมิ')).toEqual(['/articles/th-ocean/']);
  });

  it('finds Korean and English words as before, English by its stem', async () => {
    expect(await found('발사체')).toEqual(['/articles/ko-rocket/']);
    expect(await found('satellite')).toEqual(['/articles/en-kenya/']);
    expect(await found('zqxjkvbw')).toEqual([]);
  });

  it('finds a query that mixes English and Chinese words, in any order, and each of its words alone', async () => {
    expect(await found('ITER 核聚变')).toEqual(['/articles/zh-iter/']);
    expect(await found('核聚变 ITER')).toEqual(['/articles/zh-iter/']);
    expect(await found('ITER核聚变')).toEqual(['/articles/zh-iter/']);
    expect(await found('核聚变')).toEqual(['/articles/zh-iter/']);
    expect(await found('ITER')).toEqual(['/articles/en-iter/', '/articles/zh-iter/']);
    // Every word must match, as for an English query: a word on no page finds nothing.
    expect(await found('ITER 冰川融水')).toEqual([]);
    expect(await found('fusion 核聚变')).toEqual([]);
  });

  it('keeps the Japanese, Chinese and Thai pages out of the English index, listed once each', () => {
    const languages = (bundle: string) => JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')).languages;
    expect(Object.keys(languages('pagefind'))).toEqual(['en']);
    expect(languages('pagefind').en.page_count).toBe(3);
    expect(Object.keys(languages(`pagefind/${segmentedBundleDir}`)).sort()).toEqual(['ja', 'th', 'zh']);
    expect(JSON.parse(readFileSync(join(site, 'pagefind', segmentedListFile), 'utf8'))).toEqual({ languages: ['ja', 'th', 'zh'] });
    // The page files themselves are not changed.
    expect(readFileSync(join(site, 'articles/ja-ocean/index.html'), 'utf8')).toBe(pages['articles/ja-ocean/index.html']);
  });

  it('two builds of the same site give byte-identical bundles', () => {
    const again = buildSite();
    built.push(again);
    const bytes = (dir: string) => listFiles(join(dir, 'pagefind')).map((f) => [f, readFileSync(join(dir, 'pagefind', f)).toString('base64')]);
    expect(bytes(again)).toEqual(bytes(site));
  });
});

describe('which pages are indexed in their own language', () => {
  it('reads the marker the article page sets, by its primary language, only for languages without spaces', () => {
    expect(segmentedLanguageOf('<article data-pagefind-body data-search-lang="ja">')).toBe('ja');
    expect(segmentedLanguageOf('<article data-search-lang="zh-Hant">')).toBe('zh');
    expect(segmentedLanguageOf('<article data-search-lang="ko">')).toBeUndefined();
    expect(segmentedLanguageOf('<p lang="ja">海洋</p>')).toBeUndefined();
  });

  it('indexes a person or a topic in its own language when most of its letters are Chinese, Japanese or Thai', () => {
    expect(segmentedLanguageOfText('宋云涛 所长')).toBe('zh');
    expect(segmentedLanguageOfText('田中 博士', 'ja')).toBe('ja'); // Han alone, in Japanese reports
    expect(segmentedLanguageOfText('すばる望遠鏡')).toBe('ja');
    expect(segmentedLanguageOfText('สมชาย ใจดี')).toBe('th');
    expect(segmentedLanguageOfText('宋云涛', 'ko')).toBe('zh'); // a hint that is no such language is not taken
    // English, Korean and mostly-English text stay in the English index.
    expect(segmentedLanguageOfText('Bernard Bigot, Director-General of ITER')).toBeUndefined();
    expect(segmentedLanguageOfText('김철수 연구원')).toBeUndefined();
    expect(segmentedLanguageOfText('Song Yuntao (宋云涛), director of the institute')).toBeUndefined();
    expect(segmentedLanguageOfText('')).toBeUndefined();
  });

  it('the loader names the same files as the index script (it repeats them as literals)', () => {
    expect(loadPagefind.toString()).toContain(`${segmentedListFile}`);
    expect(loadPagefind.toString()).toContain(`}${segmentedBundleDir}/`);
  });
});
