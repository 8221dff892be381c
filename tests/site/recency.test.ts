/**
 * How recent: every page states the date of its newest source (a topic's pages that of the topic's
 * newest report), the feed's lastBuildDate and the JSON-LD dateModified come from the newest article,
 * never from the clock; and a build without SITE_URL says once that its addresses are placeholders.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBuiltSite, htmlFiles } from '../helpers/quality-site.ts';

interface ApiArticle { slug: string; date: string | null; topics: string[] }

describeBuiltSite('sources up to', (site) => {
  const articles: ApiArticle[] = JSON.parse(readFileSync(join(site.dir, 'api/articles.json'), 'utf8')).articles;
  const newest = (list: ApiArticle[]) => list.map((a) => a.date).filter((d): d is string => d !== null).sort().at(-1);
  const siteNewest = newest(articles)!;
  const stated = (file: string) => /Sources up to <time datetime="([^"]+)">/.exec(readFileSync(join(site.dir, file), 'utf8'))?.[1];

  it('every page says "Sources up to" the newest date of its scope', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(site.dir)) {
      const topic = /^(?:topics|timeline|embed\/timeline)\/([^/]+)\//.exec(file)?.[1];
      const scoped = topic ? articles.filter((a) => a.topics.includes(topic)) : [];
      const expected = scoped.length ? newest(scoped) : siteNewest;
      if (stated(file) !== expected) problems.push(`${file}: ${stated(file)} instead of ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('the feed was last built when its newest article is dated', () => {
    const rss = readFileSync(join(site.dir, 'rss.xml'), 'utf8');
    expect(rss).toContain(`<lastBuildDate>${new Date(`${siteNewest}T00:00:00Z`).toUTCString()}</lastBuildDate>`);
  });

  it('JSON-LD of the home page and the timeline says dateModified from the newest source', () => {
    for (const file of ['index.html', 'timeline/index.html']) {
      expect(readFileSync(join(site.dir, file), 'utf8'), file).toContain(`"dateModified":"${siteNewest}"`);
    }
  });
});

it('a build without SITE_URL warns once that canonical links, cards, RSS and sitemap use the placeholder', () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'SITE_URL'));
  const stderr = (extra: Record<string, string>) =>
    spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], { env: { ...env, ...extra }, encoding: 'utf8' }).stderr;
  const lines = stderr({}).split('\n').filter((line) => /SITE_URL/.test(line));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/canonical links, preview cards, RSS and the sitemap point to https:\/\/example\.org/);
});
