/**
 * /rss.xml: the most recent articles, newest first; lastBuildDate is the newest article's date.
 *
 * Undated articles are left out: a feed reader shows an item without a date as published "now",
 * which would be a date the sources never gave. The feed is capped at `feedSize` items, since readers
 * only want what is new and the full list lives in /api/articles.json.
 *
 * Each item is made by src/lib/api/feed-item.ts (bylines as dc:creator; a date that is only a page's
 * last update, or known only to its month or year, says so). The channel names its own address (atom:link rel=self), as feed validators ask.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { compare } from '../lib/api/api-order';
import { absolute } from '../lib/page-meta/json-ld';
import { siteDescription, siteName } from '../lib/page-meta/site-meta';
import { escapeMarkup } from '../lib/text/escape-markup';
import { href } from '../lib/urls/url';
import { FEED_NAMESPACES, feedItem } from '../lib/api/feed-item';

const feedSize = 50;

export const GET: APIRoute = async ({ site }) => {
  const topicNames = new Map<string, string>((await getCollection('topics')).map(({ data }) => [data.slug, data.name]));
  const dated = (await getCollection('articles'))
    .map((entry) => entry.data)
    .filter((article): article is typeof article & { date: string } => article.date !== null)
    .sort((a, b) => compare(b.date, a.date) || compare(a.slug, b.slug))
    .slice(0, feedSize);

  return rss({
    title: siteName,
    description: siteDescription,
    site: absolute(href('/'), site),
    trailingSlash: true,
    items: dated.map((article) => feedItem(article, site, (slug) => topicNames.get(slug) ?? slug)),
    xmlns: { ...FEED_NAMESPACES, atom: 'http://www.w3.org/2005/Atom' },
    // When the feed last changed is when its newest article is dated: never the clock, so two builds of
    // the same sources give the same feed.
    customData: `<atom:link href="${escapeMarkup(absolute(href('/rss.xml'), site))}" rel="self" type="application/rss+xml"/>` + '<language>en</language>' + (dated[0] ? `<lastBuildDate>${new Date(`${dated[0].date}T00:00:00Z`).toUTCString()}</lastBuildDate>` : ''),
  });
};
