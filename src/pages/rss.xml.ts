/**
 * /rss.xml: the most recent articles, newest first; lastBuildDate is the newest article's date.
 *
 * Undated articles are left out: a feed reader shows an item without a date as published "now",
 * which would be a date the sources never gave. The feed is capped at `feedSize` items, since readers
 * only want what is new and the full list lives in /api/articles.json.
 *
 * An article whose page said only when it was last updated (dateSource `update`) keeps that day as its
 * pubDate: RSS 2.0 has no item field for a modified date, the day is the only one there is, and readers
 * order and show items by pubDate (left out, the item would show as published "now"). So that no
 * reader takes it for the day of publication, its description opens with "Updated <day>", as the site
 * says it (ArticleDate.astro), and it carries the day as dcterms:modified, which feed libraries read as
 * an item's modified date (feedparser's `updated`, the Windows feed API's `Modified`).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { compare } from '../lib/api/api-order';
import { absolute } from '../lib/page-meta/json-ld';
import { siteDescription, siteName } from '../lib/page-meta/site-meta';
import { articleDateWords, updatedWord } from '../lib/text/dates';
import { escapeMarkup } from '../lib/text/escape-markup';
import { capitalise } from '../lib/text/labels';
import { articleHref, href } from '../lib/urls/url';

const feedSize = 50;

export const GET: APIRoute = async ({ site }) => {
  const topicNames = new Map((await getCollection('topics')).map(({ data }) => [data.slug, data.name]));
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
    items: dated.map((article) => ({
      title: article.title,
      link: absolute(articleHref(article.slug), site),
      pubDate: new Date(`${article.date}T00:00:00Z`),
      description: updatedWord(article) ? `${capitalise(articleDateWords(article)!)}; the page gives no publication date. ${article.summary}` : article.summary,
      author: article.author ?? undefined,
      categories: article.topics.map((slug) => topicNames.get(slug) ?? slug),
      customData: updatedWord(article) ? `<dcterms:modified>${escapeMarkup(article.date)}</dcterms:modified>` : undefined,
    })),
    xmlns: { dcterms: 'http://purl.org/dc/terms/' },
    // When the feed last changed is when its newest article is dated: never the clock, so two builds of
    // the same sources give the same feed.
    customData: '<language>en</language>' + (dated[0] ? `<lastBuildDate>${new Date(`${dated[0].date}T00:00:00Z`).toUTCString()}</lastBuildDate>` : ''),
  });
};
