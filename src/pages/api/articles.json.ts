/**
 * /api/articles.json: every article, plus the seeds that could not be read (DESIGN.md data contract).
 * `people` lists person slugs (the ids of /people/<slug>/), like `topics` and `event` list ids.
 * `url` is the absolute address of the article page, through the base path.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byDateThenId, compare, jsonResponse } from '../../lib/api/api-order';
import { loadSkipped } from '../../lib/data/data';
import { absolute } from '../../lib/page-meta/json-ld';
import { articleHref } from '../../lib/urls/url';

export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection('articles');
  const articles = entries
    .map(({ data: a }) => ({
      slug: a.slug,
      url: absolute(articleHref(a.slug), site),
      seed: a.seed,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      date: a.date,
      datePrecision: a.datePrecision,
      dateSource: a.dateSource,
      dateEvidence: a.dateEvidence,
      topics: a.topics,
      people: a.people.map((person) => person.slug),
      event: a.event,
      paragraphs: a.paragraphs,
      words: a.words,
    }))
    .sort(byDateThenId((a) => a.date, (a) => a.slug));
  const skipped = loadSkipped()
    .map(({ seed, reason }) => ({ seed, reason }))
    .sort((a, b) => compare(a.seed, b.seed));
  return jsonResponse({ articles, skipped });
};
