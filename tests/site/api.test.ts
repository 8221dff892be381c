/**
 * The data and discovery files outside users read: /api/*.json exactly as DESIGN.md's data
 * contract says, derived from the content without loss, deterministically ordered, every URL in them
 * resolving on the site; the RSS feed, the sitemap and robots.txt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';
import { expect, it } from 'vitest';
import { byTag, parseFile, text } from '../helpers/quality-html.ts';
import { describeBroken, LinkChecker } from '../helpers/quality-links.ts';
import { describeBuiltSite, htmlFiles, pagePath, type BuiltSite } from '../helpers/quality-site.ts';
import redirectList from '../../src/data/redirects.json' with { type: 'json' };

const contentDir = join(process.cwd(), 'content');
const readJson = (site: BuiltSite, path: string) => JSON.parse(readFileSync(join(site.dir, path), 'utf8'));
const sortedCopy = <T>(items: T[], compare: (a: T, b: T) => number) => [...items].sort(compare);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenKey = (key: string) => (a: Record<string, string | null>, b: Record<string, string | null>) =>
  cmp(a.date ?? '\uffff', b.date ?? '\uffff') || cmp(a[key]!, b[key]!);

/** Frontmatter of every generated article, by slug. */
function frontmatters(): Map<string, Record<string, unknown>> {
  const dir = join(contentDir, 'articles');
  const all = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]);
    all.set(data.slug, data);
  }
  return all;
}

const xmlTexts = (xml: string, tag: string) =>
  DomUtils.getElementsByTagName(tag, parseDocument(xml, { xmlMode: true }).children).map((e) => DomUtils.textContent(e).trim());

describeBuiltSite('the JSON API', (site) => {
  const url = (path: string) => new URL(site.base + path, site.origin).href;
  const checker = new LinkChecker(site);
  const articles = readJson(site, 'api/articles.json');
  const events = readJson(site, 'api/events.json');
  const topics = readJson(site, 'api/topics.json');
  const figures = readJson(site, 'api/figures.json');

  it('articles.json has exactly the contract fields, one entry per article, equal to the content', () => {
    const fields = ['slug', 'url', 'seed', 'title', 'outlet', 'author', 'date', 'datePrecision', 'dateSource', 'dateEvidence', 'topics', 'people', 'event', 'paragraphs', 'words'];
    expect(Object.keys(articles)).toEqual(['articles', 'skipped']);
    const content = frontmatters();
    expect(articles.articles.map((a: { slug: string }) => a.slug).sort()).toEqual([...content.keys()].sort());
    for (const article of articles.articles) {
      expect(Object.keys(article)).toEqual(fields);
      const source = content.get(article.slug)!;
      for (const field of fields.filter((f) => !['url', 'people'].includes(f))) expect(article[field], `${article.slug} ${field}`).toEqual(source[field]);
      // People are listed by slug (the id of /people/<slug>/), like topics and events.
      expect(article.people).toEqual((source.people as { slug: string }[]).map((p) => p.slug));
      expect(article.url).toBe(url(`articles/${article.slug}/`));
    }
    expect(articles.articles).toEqual(sortedCopy(articles.articles, byDateThenKey('slug')));
  });

  it('articles.json lists the skipped seeds with their reasons', () => {
    const skipped = JSON.parse(readFileSync(join(contentDir, 'data/skipped.json'), 'utf8')).skipped;
    expect(articles.skipped).toEqual(sortedCopy(skipped, (a: { seed: string }, b: { seed: string }) => cmp(a.seed, b.seed)));
    for (const entry of articles.skipped) expect(Object.keys(entry)).toEqual(['seed', 'reason']);
  });

  it('events.json and topics.json have the contract fields and refer only to real articles', () => {
    const slugs = new Set(articles.articles.map((a: { slug: string }) => a.slug));
    expect(Object.keys(events)).toEqual(['events']);
    for (const event of events.events) {
      // dateBound only where the date is a bound (the day a report was last updated), as `plausible` in the data.
      expect(Object.keys(event)).toEqual(['id', 'date', 'datePrecision', ...(event.dateBound ? ['dateBound'] : []), 'title', 'articles', 'topics', 'url']);
      if (event.dateBound) expect(event.dateBound).toBe('on-or-before');
      // The page that always lists the event: its part of the month, /timeline/<year>/<month>/<part>/
      // (the overview keeps only recent months, a year's page only its months, a month's page only its
      // parts); a date known only to the month, its month; known only to the year, its year.
      const day = Number(event.date?.slice(8, 10));
      const part = day <= 10 ? '01-10' : day <= 20 ? '11-20' : `21-${new Date(Date.UTC(Number(event.date?.slice(0, 4)), Number(event.date?.slice(5, 7)), 0)).getUTCDate()}`;
      const page = !event.date ? 'undated'
        : event.datePrecision === 'year' ? event.date.slice(0, 4)
        : event.datePrecision === 'month' ? `${event.date.slice(0, 4)}/${event.date.slice(5, 7)}`
        : `${event.date.slice(0, 4)}/${event.date.slice(5, 7)}/${part}`;
      expect(event.url).toBe(`${url(`timeline/${page}/`)}#${event.id}`);
      for (const slug of event.articles) expect(slugs, `${event.id} → ${slug}`).toContain(slug);
    }
    expect(events.events).toEqual(sortedCopy(events.events, byDateThenKey('id')));
    expect(Object.keys(topics)).toEqual(['topics']);
    for (const topic of topics.topics) {
      expect(Object.keys(topic)).toEqual(['slug', 'name', 'articles', 'url']);
      expect(topic.url).toBe(url(`topics/${topic.slug}/`));
      for (const slug of topic.articles) expect(slugs, `${topic.slug} → ${slug}`).toContain(slug);
    }
  });

  it('figures.json points each lead back to the sentence they came from', () => {
    expect(Object.keys(figures)).toEqual(['series']);
    for (const series of figures.series) {
      expect(series.url).toBe(url(`figures/${series.id}/`));
      for (const point of series.points) {
        expect(point.url).toBe(`${url(`articles/${point.article}/`)}#${point.paragraph}`);
        const doc = parseFile(site.dir, `articles/${point.article}/index.html`);
        const paragraph = byTag(doc, 'p').find((p) => p.attribs.id === point.paragraph);
        expect(paragraph && text(paragraph), `${series.id}: ${point.url}`).toContain(point.sentence.replace(/\s+/g, ' ').trim());
      }
    }
    expect(figures.series.map((s: { id: string }) => s.id)).toEqual(figures.series.map((s: { id: string }) => s.id).sort(cmp));
  });

  it('every URL in the API resolves on the site, #anchors included', () => {
    const urls = [
      ...articles.articles.map((a: { url: string }) => ({ from: 'api/articles.json', url: a.url })),
      ...events.events.map((e: { url: string }) => ({ from: 'api/events.json', url: e.url })),
      ...topics.topics.map((t: { url: string }) => ({ from: 'api/topics.json', url: t.url })),
      ...figures.series.map((s: { url: string }) => ({ from: 'api/figures.json', url: s.url })),
      ...figures.series.flatMap((s: { points: { url: string }[] }) => s.points.map((p) => ({ from: 'api/figures.json', url: p.url }))),
    ];
    expect(urls.length).toBeGreaterThan(0);
    const broken = checker.checkUrls(urls);
    expect(broken, describeBroken(broken)).toEqual([]);
  });

  it('every person named in an article has a page', () => {
    const people = new Set(articles.articles.flatMap((a: { people: string[] }) => a.people));
    const missing = [...people].filter((slug) => !existsSync(join(site.dir, `people/${slug}/index.html`)));
    expect(missing).toEqual([]);
  });
});

describeBuiltSite('feed, sitemap and robots.txt', (site) => {
  const url = (path: string) => new URL(site.base + path, site.origin).href;
  const checker = new LinkChecker(site);
  const api = readJson(site, 'api/articles.json').articles as { slug: string; url: string; date: string | null; title: string }[];

  it('rss.xml lists the newest dated articles first, leaves undated ones out, and its links resolve', () => {
    const rss = readFileSync(join(site.dir, 'rss.xml'), 'utf8');
    const links = xmlTexts(rss, 'link');
    expect(links[0]).toBe(url('')); // the channel's own link
    const itemLinks = links.slice(1);
    const dated = api.filter((a) => a.date !== null);
    const expected = [...dated].sort((a, b) => cmp(b.date!, a.date!) || cmp(a.slug, b.slug)).slice(0, 50);
    expect(itemLinks).toEqual(expected.map((a) => a.url));
    const dates = xmlTexts(rss, 'pubDate').map((d) => new Date(d).toISOString().slice(0, 10));
    expect(dates).toEqual(expected.map((a) => a.date));
    expect(checker.checkUrls(itemLinks.map((link) => ({ from: 'rss.xml', url: link })))).toEqual([]);
  });

  it('rss.xml names its own address (atom:link rel=self) and gives bylines as dc:creator, never as <author>, which RSS keeps for e-mail addresses', () => {
    const rss = readFileSync(join(site.dir, 'rss.xml'), 'utf8');
    expect(rss).toMatch(/<rss[^>]* xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(rss).toContain(`<atom:link href="${url('rss.xml')}" rel="self" type="application/rss+xml"/>`);
    for (const author of xmlTexts(rss, 'author')) expect(author).toMatch(/^\S+@\S+/);
    if (rss.includes('<dc:creator>')) expect(rss).toMatch(/<rss[^>]* xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
  });

  it('the sitemap lists every page but the 404, embeds and moved addresses, and only pages that exist', () => {
    const index = readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = xmlTexts(index, 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((loc) => {
      expect(loc.startsWith(url(''))).toBe(true);
      return xmlTexts(readFileSync(join(site.dir, loc.slice(url('').length)), 'utf8'), 'loc');
    });
    const pages = htmlFiles(site.dir)
      .filter((file) => file !== '404.html' && !file.startsWith('embed/'))
      .filter((file) => !redirectList.redirects.some((r) => pagePath(file, '/') === r.from))
      .map((file) => new URL(pagePath(file, site.base), site.origin).href);
    expect([...locs].sort()).toEqual(pages.sort());
    const broken = checker.checkUrls(locs.map((loc) => ({ from: 'sitemap', url: loc })));
    expect(broken, describeBroken(broken)).toEqual([]);
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${url('sitemap-index.xml')}`);
    expect(robots).not.toMatch(/Disallow: \/\s*$/m);
  });
});
