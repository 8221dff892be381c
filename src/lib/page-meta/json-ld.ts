/**
 * schema.org JSON-LD for pages, passed to <SeoHead jsonLd={…} />. Search engines and link
 * previews read these; they only ever say what the data says (no guessed dates or authors).
 */
import type { ArticleFrontmatter, TimelineEvent } from '../../schema';
import { eventPageHref } from '../urls/links';
import { articleHref } from '../urls/url';
import { formatDate } from '../text/dates';
import { articleDescription } from '../text/article-description';
import { personAuthor } from '../text/outlet-author';

type JsonLd = Record<string, unknown>;
const context = 'https://schema.org';

/** Absolute URL of a site path that already went through href(). */
export const absolute = (path: string, site: URL | undefined) => new URL(path, site ?? 'https://example.org').href;

/** A dropped key reads better than `"author": null` to consumers of JSON-LD. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

/** An article page: the report itself, who published it, who is quoted, what it is about. */
export function newsArticleJsonLd(article: ArticleFrontmatter, site: URL | undefined, topicNames: Record<string, string> = {}): JsonLd {
  const url = absolute(articleHref(article.slug), site);
  // An author field holding the outlet's own name is no person (lib/text/outlet-author.ts): the publisher says it.
  const author = personAuthor(article);
  return compact({
    '@context': context,
    '@type': 'NewsArticle',
    headline: article.title,
    description: articleDescription(article.summary, article.lang),
    url,
    mainEntityOfPage: url,
    // The news date is when it happened; the page's own stamp (or an explicit stamp) is when it was
    // published. A dateline or an inferred date says nothing certain about publication.
    datePublished: article.published ?? (article.dateSource === 'explicit' || article.dateSource === 'metadata' || article.dateSource === 'page-text' ? article.date : null) ?? undefined,
    // A page that stated only its update: that day is when it was modified, not published.
    dateModified: (article.dateSource === 'update' ? article.date : article.dateModified) ?? undefined,
    contentReferenceTime: article.date ?? undefined,
    author: author ? { '@type': 'Person', name: author } : undefined,
    publisher: article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined,
    mentions: article.people.length
      ? article.people.map((person) => compact({ '@type': 'Person', name: person.name, jobTitle: person.role }))
      : undefined,
    about: article.topics.length
      ? article.topics.map((slug) => ({ '@type': 'Thing', name: topicNames[slug] ?? slug }))
      : undefined,
    wordCount: article.words,
  });
}

/**
 * One timeline event (a press conference, a briefing), with the reports of it. A date that is only a
 * bound (the day a report was last updated) is no startDate, which schema.org reads as when it began:
 * the description says what is known instead.
 */
export function eventJsonLd(event: TimelineEvent, site: URL | undefined): JsonLd {
  const bound = event.dateBound && event.date ? formatDate(event.date, event.datePrecision) : null;
  return compact({
    '@type': 'Event',
    '@id': absolute(eventPageHref(event), site),
    name: event.title,
    startDate: bound ? undefined : event.date ?? undefined,
    description: bound ? `On or before ${bound}: the only date its reports give is the day one was last updated.` : undefined,
    url: absolute(eventPageHref(event), site),
    subjectOf: event.articles.map((slug) => ({ '@type': 'NewsArticle', url: absolute(articleHref(slug), site) })),
  });
}

/** A timeline page as the list of its events, in the order given. */
export function eventListJsonLd(events: TimelineEvent[], site: URL | undefined): JsonLd {
  return {
    '@context': context,
    '@type': 'ItemList',
    itemListElement: events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: eventJsonLd(event, site),
    })),
  };
}
