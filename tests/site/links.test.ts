/**
 * Links a reader follows or pastes elsewhere: every internal link, asset and #anchor resolves, and
 * every page says what it is to the sites it is pasted into (canonical URL, Open Graph, JSON-LD).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, byTag, closest, elements, parseFile, text } from '../helpers/quality-html.ts';
import { describeBroken, LinkChecker } from '../helpers/quality-links.ts';
import { describeBuiltSite, htmlFiles, pagePath } from '../helpers/quality-site.ts';

const fixture = { dir: join(import.meta.dirname, '../fixtures/broken-site'), base: '/', origin: 'https://example.org', known: false };

describeBuiltSite('link checker on the built site', (site) => {
  it('finds no broken internal link, asset or #anchor in any page or stylesheet', () => {
    const broken = new LinkChecker(site).checkSite();
    expect(broken, `broken links:\n${describeBroken(broken)}`).toEqual([]);
  });
});

describe('link checker bites on tests/fixtures/broken-site', () => {
  const broken = new LinkChecker(fixture).checkSite();
  const found = (link: string, problem: RegExp) =>
    expect(broken.some((b) => b.link === link && problem.test(b.problem)), `${link} ${problem} in\n${describeBroken(broken)}`).toBe(true);

  it('reports missing pages, anchors, assets and trailing slashes', () => {
    found('/nowhere/', /no such page/);
    found('/other/#missing', /no element with id "missing"/);
    found('/other', /trailing slash/);
    found('/missing.png', /no such page or file/);
    found('#', /empty fragment/);
  });
  it('reports broken url() in stylesheets and relative links on the 404 page', () => {
    found('/missing-background.png', /no such page or file/);
    found('other/', /relative link on the 404 page/);
  });
  it('accepts the links that do resolve', () => {
    expect(broken.map((b) => b.link)).not.toContain('/other/#present');
    expect(broken.map((b) => b.link)).not.toContain('/other/');
    expect(broken.map((b) => b.link)).not.toContain('/style.css');
  });
  it('reports links that leave the base path', () => {
    const underBase = new LinkChecker({ ...fixture, base: '/sub/' });
    expect(underBase.problemWith('/other/', new URL('https://example.org/sub/'), 'index.html')).toMatch(/outside the base path/);
  });
});

describeBuiltSite('what a page says about itself where its link is pasted', (site) => {
  const pages = htmlFiles(site.dir);

  it('every page has one title, a description, Open Graph and Twitter card tags', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const doc = parseFile(site.dir, file);
      const meta = (key: string) =>
        elements(doc, (e) => e.name === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key)).map((e) => attr(e, 'content') ?? '');
      const titles = byTag(doc, 'title').filter((t) => !closest(t, 'svg'));
      if (titles.length !== 1) problems.push(`${file}: ${titles.length} <title> elements`);
      for (const key of ['description', 'og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description']) {
        const values = meta(key);
        if (values.length !== 1 || !values[0].trim()) problems.push(`${file}: ${key} is ${values.length ? `"${values[0]}"` : 'missing'}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every page but the 404 names its own absolute address as canonical and og:url (a moved page: its new one)', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const doc = parseFile(site.dir, file);
      const canonical = elements(doc, (e) => e.name === 'link' && attr(e, 'rel') === 'canonical').map((e) => attr(e, 'href'));
      const ogUrl = elements(doc, (e) => e.name === 'meta' && attr(e, 'property') === 'og:url').map((e) => attr(e, 'content'));
      if (file === '404.html') {
        if (canonical.length) problems.push(`404.html has a canonical URL`);
        const robots = elements(doc, (e) => e.name === 'meta' && attr(e, 'name') === 'robots').map((e) => attr(e, 'content'));
        if (!robots.some((r) => r?.includes('noindex'))) problems.push('404.html is not marked noindex');
        continue;
      }
      // A page left at a moved address names where the page lives now, the address it refreshes to.
      const refresh = elements(doc, (e) => e.name === 'meta' && attr(e, 'http-equiv') === 'refresh').map((e) => attr(e, 'content') ?? '');
      const movedTo = refresh.length ? /url=(.*)$/.exec(refresh[0])?.[1] : undefined;
      const expected = new URL(movedTo ?? pagePath(file, site.base), site.origin).href;
      if (canonical.length !== 1 || canonical[0] !== expected) problems.push(`${file}: canonical ${JSON.stringify(canonical)}, expected ${expected}`);
      if (ogUrl.length !== 1 || ogUrl[0] !== expected) problems.push(`${file}: og:url ${JSON.stringify(ogUrl)}, expected ${expected}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('JSON-LD is valid JSON for schema.org, and every article page describes a NewsArticle with its headline', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const doc = parseFile(site.dir, file);
      const blocks = elements(doc, (e) => e.name === 'script' && attr(e, 'type') === 'application/ld+json');
      const data = blocks.flatMap((block) => {
        try {
          return [JSON.parse(block.children.map((c) => ('data' in c ? c.data : '')).join(''))];
        } catch (error) {
          problems.push(`${file}: JSON-LD does not parse: ${(error as Error).message}`);
          return [];
        }
      });
      for (const item of data) if (item['@context'] !== 'https://schema.org') problems.push(`${file}: JSON-LD @context is ${item['@context']}`);
      if (file.startsWith('articles/') && file.split('/').length === 3) {
        const article = data.find((item) => item['@type'] === 'NewsArticle');
        const h1 = byTag(doc, 'h1')[0];
        if (!article) problems.push(`${file}: no NewsArticle JSON-LD`);
        else if (!article.headline || !h1 || !text(h1).includes(article.headline)) problems.push(`${file}: NewsArticle headline "${article.headline}" is not the page's <h1>`);
        else if (article.url !== new URL(pagePath(file, site.base), site.origin).href) problems.push(`${file}: NewsArticle url ${article.url}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('URLs inside JSON-LD resolve, and every dated event is a schema.org Event on the page its API URL names', () => {
    const jsonLdOf = (file: string) =>
      elements(parseFile(site.dir, file), (e) => e.name === 'script' && attr(e, 'type') === 'application/ld+json').map((block) =>
        JSON.parse(block.children.map((c) => ('data' in c ? c.data : '')).join('')),
      );
    const urls: { from: string; url: string }[] = [];
    const collect = (from: string, value: unknown): void => {
      if (Array.isArray(value)) value.forEach((v) => collect(from, v));
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'url' || key === '@id' || key === 'mainEntityOfPage') && typeof v === 'string' && v.startsWith(site.origin)) urls.push({ from, url: v });
          else collect(from, v);
        }
      }
    };
    for (const file of pages) collect(file, jsonLdOf(file));
    const broken = new LinkChecker(site).checkUrls(urls);
    expect(broken, describeBroken(broken)).toEqual([]);

    const events: { url: string; date: string | null }[] = JSON.parse(readFileSync(join(site.dir, 'api/events.json'), 'utf8')).events;
    const missing = events
      .filter((event) => event.date)
      .filter((event) => {
        const path = new URL(event.url).pathname.slice(site.base.length);
        const described = JSON.stringify(jsonLdOf(`${path}index.html`));
        return !described.includes(`"@type":"Event"`) || !described.includes(JSON.stringify(event.url));
      });
    expect(missing.map((e) => e.url)).toEqual([]);

    // A year's and a month's page describe only the events they list: a month's page its month's, in
    // date order; a year's page (which lists months, not events) only those dated to the year alone.
    const eventUrlsOn = (file: string): string[] => {
      const out: string[] = [];
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          const item = value as Record<string, unknown>;
          if (item['@type'] === 'Event' && typeof item.url === 'string') out.push(item.url);
          Object.values(item).forEach(walk);
        }
      };
      walk(jsonLdOf(file));
      return out;
    };
    const timelinePages = pages.filter((file) => /^timeline\/\d{4}\/(\d{2}\/)?index\.html$/.test(file));
    expect(timelinePages.some((file) => /\/\d{2}\/index\.html$/.test(file))).toBe(true);
    for (const file of timelinePages) {
      const page = new URL(pagePath(file, site.base), site.origin).href;
      const expected = events.filter((event) => event.url.split('#')[0] === page).map((event) => event.url);
      expect(eventUrlsOn(file), file).toEqual(expected);
    }
  });

  it('every page links the feed, and the feed link resolves', () => {
    const checker = new LinkChecker(site);
    const problems: string[] = [];
    for (const file of pages) {
      const doc = parseFile(site.dir, file);
      const feeds = elements(doc, (e) => e.name === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/rss+xml');
      if (feeds.length !== 1) problems.push(`${file}: ${feeds.length} feed links`);
      else if (!attr(feeds[0], 'href')?.endsWith(`${site.base}rss.xml`)) problems.push(`${file}: feed link ${attr(feeds[0], 'href')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(checker.checkUrls([{ from: 'head', url: new URL(`${site.base}rss.xml`, site.origin).href }])).toEqual([]);
    expect(readFileSync(join(site.dir, 'rss.xml'), 'utf8')).toContain('<rss');
  });
});
