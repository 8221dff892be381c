/**
 * /api/topics.json: each topic and the articles that mention it (DESIGN.md data contract),
 * in the order the hand-written topic definitions give (`order` in content/topics/*.md).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { compare, jsonResponse } from '../../lib/api/api-order';
import { loadTopicsData } from '../../lib/data/data';
import { absolute } from '../../lib/page-meta/json-ld';
import { topicHref } from '../../lib/urls/url';

export const GET: APIRoute = async ({ site }) => {
  const definitions = new Map((await getCollection('topics')).map(({ data }) => [data.slug, data]));
  const rank = (slug: string) => definitions.get(slug as never)?.order ?? Number.MAX_SAFE_INTEGER;
  const topics = loadTopicsData()
    .map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      articles: topic.articles,
      url: absolute(topicHref(topic.slug), site),
    }))
    .sort((a, b) => rank(a.slug) - rank(b.slug) || compare(a.slug, b.slug));
  return jsonResponse({ topics });
};
