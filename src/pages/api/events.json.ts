/**
 * /api/events.json: the occasions several reports describe (DESIGN.md data contract).
 * `url` is the event's anchor on the timeline page, absolute and through the base path.
 */
import type { APIRoute } from 'astro';
import { byDateThenId, jsonResponse } from '../../lib/api-order';
import { loadEvents } from '../../lib/data';
import { absolute } from '../../lib/json-ld';
import { eventHref } from '../../lib/url';

export const GET: APIRoute = ({ site }) => {
  const events = loadEvents()
    .map((event) => ({
      id: event.id,
      date: event.date,
      datePrecision: event.datePrecision,
      title: event.title,
      articles: event.articles, // the ingest's order: most trusted date first
      topics: event.topics,
      url: absolute(eventHref(event.id), site),
    }))
    .sort(byDateThenId((e) => e.date, (e) => e.id));
  return jsonResponse({ events });
};
