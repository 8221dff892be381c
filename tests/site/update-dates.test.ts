/**
 * A report whose page states only when it was last updated is dated by that day, and the site says so:
 * "updated 9 June 2021" where the article is dated (its header, its provenance, lists of its event), never
 * as if it were published then. The repository's seeds are dated by publication, so this file builds
 * its own small site: those seeds and invented reports, one a text seed with only an "Updated:" line,
 * one a saved page with only a "Last updated" line. The feed (RSS 2.0 has no modified date for an item)
 * keeps the day as pubDate, the only day there is, and says "Updated …" in the item's description and
 * as dcterms:modified, which feed libraries read as the item's modified date.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../../scripts/bench/project-copy.ts';

const run = promisify(execFile);
const project = join(tmpdir(), `update-dates-${process.pid}`);
const dist = join(project, 'dist');

const TEXT = 'Harbor observatory opens telescope hall to partners\nUpdated: 2021-06-09 10:00\n\nThe Harbor observatory has opened a shared telescope hall to visiting teams from partner universities, its director Mara Vellin said.\n\n"The instruments belong to whoever brings the best question," Vellin said, adding that the first call for proposals was open to groups from any country.\n\nThe hall houses two telescopes and a workshop built with partner funding.\n\nThe partners have opened 12 joint laboratories around the hall so far, Vellin said.\n';
const HTML = '<!DOCTYPE html><html lang="en"><head><title>Seed bank records pooled by partner universities</title></head><body><article><h1>Seed bank records pooled by partner universities</h1><p class="post-date">Last updated: March 14, 2025</p><p>A group of partner universities agreed to pool the records of their seed banks in one open catalogue, the group\'s coordinator Tomas Ilve said.</p><p>"A seed no one can find is a seed lost," Ilve said, adding that the catalogue would list every accession with its origin.</p><p>The catalogue will be hosted by a library in the group and opened to any researcher.</p></article></body></html>';

function shellEnvironment(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
  return { ...env, PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`, SEEDS_DIR: join(project, 'seeds') };
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const articlePage = (slug: string) => readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
const slugOf = (seed: string) => {
  const api = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8')) as { articles: { seed: string; slug: string; dateSource: string | null; date: string | null }[] };
  return api.articles.find((a) => a.seed === seed)!;
};

/** The <item> of rss.xml that links to the article `slug`. */
const feedItem = (rss: string, slug: string) =>
  [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]).find((item) => new RegExp(`<link>[^<]*/articles/${slug}/</link>`).test(item));
const xmlText = (xml: string, tag: string) => {
  const raw = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
  return raw?.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
};

describe('a report dated only by its update, on the built site', () => {
  beforeAll(async () => {
    copyProject(project);
    const seeds = join(project, 'seeds');
    mkdirSync(seeds, { recursive: true });
    cpSync(join(repoRoot, 'seeds'), seeds, { recursive: true });
    writeFileSync(join(seeds, 'updated-only.txt'), TEXT);
    writeFileSync(join(seeds, 'updated-only-page.html'), HTML);
    const options = { cwd: project, env: shellEnvironment(), maxBuffer: 64 * 1024 * 1024 };
    await run(process.execPath, ['scripts/ingest/cli.ts'], options);
    await run(process.execPath, ['scripts/astro-build.ts', '--silent'], options);
  }, 600_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it.each([
    ['updated-only.txt', '2021-06-09', '9 June 2021', 'Updated: 2021-06-09'],
    ['updated-only-page.html', '2025-03-14', '14 March 2025', 'Last updated: March 14, 2025'],
  ])('%s is dated by its update and shown as "updated"', (seed, iso, words, line) => {
    const a = slugOf(seed);
    expect(a).toMatchObject({ date: iso, dateSource: 'update' });
    const page = text(articlePage(a.slug));
    expect(page).toContain(`updated ${words}`); // the header's outlet · date
    expect(page).toMatch(new RegExp(`Updated ${words} \\(exact day\\)\\s*The page says only when it was last updated`));
    expect(page).toContain(line);
    expect(page).not.toMatch(new RegExp(`(?:published|Posted) ${words}`, 'i'));
  });

  it.each([
    ['updated-only.txt', '2021-06-09', '9 June 2021'],
    ['updated-only-page.html', '2025-03-14', '14 March 2025'],
  ])('%s is an item of the feed that says it was updated, not published, that day', (seed, iso, shown) => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const item = feedItem(rss, slugOf(seed).slug);
    expect(item, 'the item of the report in rss.xml').toBeDefined();
    expect(new Date(xmlText(item!, 'pubDate')!).toISOString().slice(0, 10)).toBe(iso);
    expect(xmlText(item!, 'dcterms:modified')).toBe(iso);
    expect(xmlText(item!, 'description')).toMatch(new RegExp(`^Updated ${shown}; the page gives no publication date\\. \\S`));
    expect(rss).toMatch(/<rss[^>]* xmlns:dcterms="http:\/\/purl\.org\/dc\/terms\/"/);
  });

  it('keeps the items of reports dated by their publication as they were: no "Updated", no dcterms:modified', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const api = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8')) as { articles: { slug: string; dateSource: string | null; date: string | null }[] };
    const published = api.articles.filter((a) => a.date && a.dateSource !== 'update').map((a) => feedItem(rss, a.slug)).filter((i) => i !== undefined);
    expect(published.length).toBeGreaterThan(0);
    for (const item of published) {
      expect(xmlText(item, 'dcterms:modified')).toBeUndefined();
      expect(xmlText(item, 'description') ?? '').not.toMatch(/^Updated /);
    }
  });

  it('dates a figure stated in the report as "updated" where the figure is listed with its source', () => {
    const slug = slugOf('updated-only.txt').slug;
    const rows = readdirSync(join(dist, 'figures'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => [...readFileSync(join(dist, 'figures', d.name, 'index.html'), 'utf8').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]))
      .filter((row) => row.includes(`/articles/${slug}/#`));
    expect(rows.length, 'a figure table row citing the report').toBeGreaterThan(0);
    for (const row of rows) expect(text(/<td>([\s\S]*?)<\/td>/.exec(row)![1])).toBe('updated 9 June 2021');
  });

  it('gives the update as dateModified, not datePublished, in the page’s JSON-LD', () => {
    const html = articlePage(slugOf('updated-only.txt').slug);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    const article = [ld].flat().find((x: { '@type'?: string }) => x['@type'] === 'NewsArticle') ?? ld;
    expect(article.datePublished).toBeUndefined();
    expect(article.dateModified).toBe('2021-06-09');
  });
});
