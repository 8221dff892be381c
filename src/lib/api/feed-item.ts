/**
 * One item of /rss.xml (src/pages/rss.xml.ts) from an article, as @astrojs/rss takes it.
 *
 * The byline goes in `dc:creator`, never RSS's `<author>`: RSS 2.0 defines `<author>` as the author's
 * e-mail address, feed validators reject a name there, and the reports give names, not addresses.
 *
 * An article whose page said only when it was last updated (dateSource `update`) keeps that day as its
 * pubDate: RSS 2.0 has no item field for a modified date, the day is the only one there is, and readers
 * order and show items by pubDate (left out, the item would show as published "now"). So that no
 * reader takes it for the day of publication, its description opens with "Updated <day>", as the site
 * says it (ArticleDate.astro), and it carries the day as dcterms:modified, which feed libraries read as
 * an item's modified date (feedparser's `updated`, the Windows feed API's `Modified`).
 *
 * pubDate must name a day; a report dated to its month (or year) only has the first day of it there,
 * and its description opens with the date as known ("Dated October 2020 (month only); …"), so that
 * no reader takes the first of the month for the day of publication.
 */
import type { ArticleFrontmatter } from '../../schema';
import { absolute } from '../page-meta/json-ld';
import { articleDateWords, precisionWord, updatedWord } from '../text/dates';
import { escapeMarkup } from '../text/escape-markup';
import { capitalise } from '../text/labels';
import { articleDescription } from '../text/article-description';
import { articleHref } from '../urls/url';

/** The namespaces the items' own elements need, for the feed's root element. */
export const FEED_NAMESPACES = { dcterms: 'http://purl.org/dc/terms/', dc: 'http://purl.org/dc/elements/1.1/' };

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData?: string;
}

export function feedItem(article: ArticleFrontmatter & { date: string }, site: URL | undefined, topicName: (slug: string) => string): FeedItem {
  const updated = updatedWord(article) !== null;
  const summary = articleDescription(article.summary, article.lang);
  // pubDate must name a day: the first of the month (or year) when that is all the page gives.
  const coarse = article.datePrecision === 'month' || article.datePrecision === 'year' ? article.datePrecision : null;
  const custom = [
    ...(article.author ? [`<dc:creator>${escapeMarkup(article.author)}</dc:creator>`] : []),
    ...(updated ? [`<dcterms:modified>${escapeMarkup(article.date)}</dcterms:modified>`] : []),
  ].join('');
  return {
    title: article.title,
    link: absolute(articleHref(article.slug), site),
    pubDate: new Date(`${article.date}T00:00:00Z`),
    description: updated
      ? `${capitalise(articleDateWords(article)!)}; the page gives no publication date. ${summary}`
      : coarse
        ? `Dated ${articleDateWords(article)} (${precisionWord[coarse]}); the page gives no ${coarse === 'month' ? 'day' : 'day or month'}. ${summary}`
        : summary,
    categories: article.topics.map(topicName),
    ...(custom ? { customData: custom } : {}),
  };
}
