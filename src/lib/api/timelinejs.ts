/**
 * The timeline in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html),
 * so that newsrooms can load our data into the timeline tool they already embed: a title slide, then
 * one slide per dated event with its date to the precision we know (a year, a month or a day — never
 * a day we do not have), its title, its reports as links, and its topic as the slide's group.
 *
 * TimelineJS puts headline and text into the page as HTML, so every string from the data is escaped.
 */
import type { EventView, SiteData, TopicView } from '../data/site-data';
import { absolute } from '../page-meta/json-ld';
import { eventPageHref, timelineHref } from '../urls/links';
import { outletName, plural } from '../text/labels';
import { articleHref } from '../urls/url';
import { siteName } from '../page-meta/site-meta';
import { escapeMarkup } from '../text/escape-markup';
import { eventDateWords } from '../text/dates';

interface TimelineDate { year: number; month?: number; day?: number; display_date?: string }
interface Slide {
  start_date?: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
}
export interface TimelineJsFile {
  title: Slide;
  events: Slide[];
}

/** `2023-02-24` at day precision → {year, month, day}; at month → {year, month}; at year → {year}. */
export function startDate(date: string, precision: EventView['datePrecision']): TimelineDate {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year' || !month) return { year };
  if (precision === 'month' || !day) return { year, month };
  return { year, month, day };
}

function eventSlide(event: EventView, data: SiteData, site: URL | undefined, topic?: TopicView): Slide {
  const group = topic ?? event.topics.map((slug) => data.topicBySlug.get(slug)).find((t) => t !== undefined);
  const links = event.articles
    .map((a) => `<a href="${escapeMarkup(absolute(articleHref(a.slug), site))}">${escapeMarkup(outletName(a))}: ${escapeMarkup(a.title)}</a>`)
    .join('</li><li>');
  const text =
    `<p>${plural(event.articles.length, 'report')}:</p><ul><li>${links}</li></ul>` +
    `<p><a href="${escapeMarkup(absolute(eventPageHref(event, topic?.slug), site))}">On the timeline, with how the date was found</a></p>`;
  return {
    // A bound (the day a report was last updated) is placed on its day but shown as "by 9 June 2021".
    start_date: { ...startDate(event.date!, event.datePrecision), ...(event.dateBound ? { display_date: eventDateWords(event)! } : {}) },
    text: { headline: escapeMarkup(event.title), text },
    ...(group ? { group: group.name } : { group: 'No topic' }),
    unique_id: event.id,
  };
}

/** Everything (`topic` undefined) or one topic's events, oldest first, undated events left out. */
export function timelineJs(data: SiteData, site: URL | undefined, topic?: TopicView): TimelineJsFile {
  const events = topic ? data.events.filter((e) => e.topics.includes(topic.slug)) : data.events;
  const page = absolute(timelineHref(topic?.slug), site);
  return {
    title: {
      text: {
        headline: escapeMarkup(topic ? `${topic.name}: ${topic.fullName}` : siteName),
        text: `<p>${plural(events.length, 'dated event')} from the news, each linked to its reports. <a href="${escapeMarkup(page)}">The timeline with every source</a>.</p>`,
      },
    },
    events: events.map((e) => eventSlide(e, data, site, topic)),
  };
}
