/**
 * /api/timelinejs/all.json and /api/timelinejs/<topic>.json: the timeline for TimelineJS3
 * (src/lib/api/timelinejs.ts). Load one into TimelineJS with its URL as the data source.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../lib/api/api-order';
import { getSiteData } from '../../../lib/data/site-data';
import { timelineJs } from '../../../lib/api/timelinejs';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  // "all" is not a topic slug: topics are named in content/topics/, and none is called that.
  return [{ params: { scope: 'all' } }, ...data.topics.filter((t) => t.slug !== 'all').map((t) => ({ params: { scope: t.slug } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  return jsonResponse(timelineJs(data, site, params.scope === 'all' ? undefined : data.topicBySlug.get(params.scope!)));
};
