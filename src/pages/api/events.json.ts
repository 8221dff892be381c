/**
 * /api/events.json: the occasions several reports describe (DESIGN.md data contract).
 * `url` is the event's anchor on the timeline page that always lists it in full: its month's page
 * (/timeline/<year>/<month>/#<id>; undated events: /timeline/undated/#<id>), absolute and through the
 * base path (links/eventPageHref). Not /timeline/#<id>: the overview shows only recent months, so such
 * a link would stop working as new reports arrive, while a month's page keeps its events.
 * `dateBound: "on-or-before"` marks a date that is no news day: the only day the event's reports give
 * is the day one was last updated, and the event happened then or before.
 */
import type { APIRoute } from 'astro';
import { byDateThenId, jsonResponse } from '../../lib/api/api-order';
import { loadEvents } from '../../lib/data/data';
import { absolute } from '../../lib/page-meta/json-ld';
import { eventPageHref } from '../../lib/urls/links';

export const GET: APIRoute = ({ site }) => {
  const events = loadEvents()
    .map((event) => ({
      id: event.id,
      date: event.date,
      datePrecision: event.datePrecision,
      // Only when the date is a bound: the day a report was last updated, the event on it or before.
      ...(event.dateBound ? { dateBound: event.dateBound } : {}),
      title: event.title,
      articles: event.articles, // the ingest's order: most trusted date first
      topics: event.topics,
      url: absolute(eventPageHref(event), site),
    }))
    .sort(byDateThenId((e) => e.date, (e) => e.id));
  return jsonResponse({ events });
};
