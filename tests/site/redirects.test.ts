/**
 * Addresses that moved keep working: every entry of src/data/redirects.json has a page at its old
 * address in the build that refreshes to a page that exists, names it as canonical and links to it;
 * a target missing from the corpus falls back to its section, and an old address that is a real page
 * again stays that page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor } from '../helpers/dist.ts';
import { describeBuiltSite } from '../helpers/quality-site.ts';
import list from '../../src/data/redirects.json' with { type: 'json' };
import { redirectsFor } from '../../src/lib/urls/redirects.ts';
import type { SiteData } from '../../src/lib/data/site-data.ts';

describeBuiltSite('redirect pages', (site) => {
  it('the known move is listed: /figures/institutions-engineers/', () => {
    expect(list.redirects.map((r) => r.from)).toContain('/figures/institutions-engineers/');
  });

  it.each(list.redirects)('$from refreshes to a page of the build, names it canonical and links to it', ({ from }) => {
    const file = fileFor(from);
    expect(file, `no page at ${from}`).not.toBeNull();
    const html = readFileSync(file!, 'utf8');
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (!target) return; // the old address is a real page again
    expect(target.startsWith(site.base)).toBe(true);
    expect(fileFor('/' + target.slice(site.base.length)), `${from} → ${target}`).not.toBeNull();
    expect(html).toContain(`<link rel="canonical" href="${new URL(target, site.origin).href}">`);
    expect(html).toContain(`<a href="${target}"`);
  });
});

describe('which target a redirect gets', () => {
  const data = {
    series: [{ id: 'agreements' }],
    topicBySlug: new Map([['iter', {}]]),
    personBySlug: new Map(),
    articleBySlug: new Map(),
  } as unknown as SiteData;

  it('its current page when the build has it, else the fallback, else the section', () => {
    expect(redirectsFor(data, [{ from: '/figures/old/', to: '/figures/agreements/' }])).toEqual([{ from: '/figures/old/', to: '/figures/agreements/' }]);
    expect(redirectsFor(data, [{ from: '/figures/old/', to: '/figures/gone/', fallback: '/timeline/' }])).toEqual([{ from: '/figures/old/', to: '/timeline/' }]);
    expect(redirectsFor(data, [{ from: '/people/old/', to: '/people/gone/' }])).toEqual([{ from: '/people/old/', to: '/people/' }]);
  });
  it('/figures/institutions-engineers/ and its rewording lead to the measure’s page when a build has it', () => {
    const withEngineers = { ...data, series: [{ id: 'institution-engineer' }] } as unknown as SiteData;
    const moved = redirectsFor(withEngineers).filter((r) => /engineers/.test(r.from));
    expect(moved).toEqual([
      { from: '/figures/institutions-engineers/', to: '/figures/institution-engineer/' },
      { from: '/figures/universities-and-institutes-engineers/', to: '/figures/institution-engineer/' },
    ]);
  });
  it('an article address the ingest moved (content/data/moved-articles.json) leads to the article’s new address, unless it is a page again', () => {
    const moved = {
      ...data,
      articleBySlug: new Map([['2021-05-03-di-2-hao-shi-yan-shi-kai-fang', {}], ['2021-05-04-2', {}]]),
      movedArticles: [{ from: '2021-05-03-2', to: '2021-05-03-di-2-hao-shi-yan-shi-kai-fang' }, { from: '2021-05-04-2', to: '2021-05-04-han-guo' }],
    } as unknown as SiteData;
    expect(redirectsFor(moved, [])).toEqual([{ from: '/articles/2021-05-03-2/', to: '/articles/2021-05-03-di-2-hao-shi-yan-shi-kai-fang/' }]);
  });
  it('none when the old address is a page again', () => {
    expect(redirectsFor(data, [{ from: '/figures/agreements/', to: '/figures/other/' }])).toEqual([]);
  });
});
