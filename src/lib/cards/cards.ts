/**
 * Which preview card (og:image) each page carries, and what each card shows. Cards are per section
 * and per topic, never per article, so their number and build cost stay flat at any corpus size:
 * an article shares its first topic's card (or the site's), a person's page the People card, a
 * topic's timeline pages and embeds the topic's card.
 */
import type { CardInput } from './card-svg';
import { rangeCardWords } from '../text/range-words';
import { siteName, siteTagline } from '../page-meta/site-meta';
import type { SiteData, TopicView } from '../data/site-data';
import { topicOfPath } from '../page-meta/page-scope';
import { countByMonth, scopeFor } from '../data/timeline';
import { monthRange } from '../charts/timeline-chart';
import { href } from '../urls/url';

export interface Card {
  id: string;
  input: CardInput;
}

const SECTIONS: Record<string, string> = {
  timeline: 'Timeline',
  topics: 'Topics',
  people: 'People',
  figures: 'Figures',
  briefing: 'Briefing',
  search: 'Search',
};

/** `/cards/<id>.png`, under the base path (make it absolute with the site URL for og:image). */
export const cardHref = (id: string) => href(`/cards/${id}.png`);

function strip(data: SiteData, topic?: TopicView): CardInput['strip'] {
  const counts = new Map([...countByMonth(scopeFor(data, topic), data.topics).values()].filter((m) => m.events > 0).map((m) => [m.key, m.events]));
  const span = monthRange(counts.keys());
  return span ? { ...span, counts, label: `${topic ? `${topic.name} events` : 'Events'} per month` } : undefined;
}

function rangeWords(data: SiteData): string | undefined {
  return rangeCardWords(data.range) ?? undefined;
}

export function allCards(data: SiteData): Card[] {
  const everything = strip(data);
  const range = rangeWords(data);
  return [
    { id: 'site', input: { siteName, title: siteTagline, subtitle: range, strip: everything } },
    ...Object.entries(SECTIONS).map(([id, title]) => ({ id, input: { siteName, title, subtitle: range, strip: everything } })),
    ...data.topics.map((t) => ({
      id: `topic-${t.slug}`,
      input: { siteName, title: t.name, subtitle: t.fullName, topicIndex: t.index, strip: strip(data, t) },
    })),
  ];
}

/** The card of a page, from its path inside the site (`/topics/iter/`, without the base path). */
export function cardIdFor(sitePath: string, data: SiteData): string {
  const topic = topicOfPath(sitePath, data);
  if (topic) return `topic-${topic.slug}`;
  const [first] = sitePath.split('/').filter(Boolean);
  if (first === 'embed') return 'timeline';
  return first && first in SECTIONS ? first : 'site';
}

/** What a card shows, for og:image:alt. */
export function cardAlt(id: string, data: SiteData): string {
  const topic = id.startsWith('topic-') ? data.topicBySlug.get(id.slice('topic-'.length)) : undefined;
  const title = topic ? `${topic.name}, ${topic.fullName}` : (SECTIONS[id] ?? siteTagline);
  return `${siteName}: ${title}, with a chart of ${topic ? 'its ' : ''}events per month`;
}
