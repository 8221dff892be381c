/**
 * /api/figures.json: quantitative claims grouped into series over time (content/data/figures.json),
 * each point with its article, paragraph, sentence, and `url`: the absolute link to that paragraph;
 * each series with `url`: its section on /figures/, or for a measure without pages of its own (stated
 * once, by no one named: see hasFigurePage) the paragraph that states it.
 * Series sort by id; points by date (undated last), then article and paragraph.
 */
import type { APIRoute } from 'astro';
import { byDateThenId, compare, jsonResponse } from '../../lib/api/api-order';
import { loadFigures } from '../../lib/data/data';
import { absolute } from '../../lib/page-meta/json-ld';
import { figuresHref } from '../../lib/urls/links';
import { hasFigurePage } from '../../lib/data/figures';
import { articleHref } from '../../lib/urls/url';

const paragraphNumber = (id: string) => Number(id.slice(2));

export const GET: APIRoute = ({ site }) => {
  const series = loadFigures()
    .map((s) => ({
      id: s.id,
      label: s.label,
      unit: s.unit,
      url: absolute(hasFigurePage(s) ? figuresHref(s.id) : articleHref(s.points[0].article, s.points[0].paragraph), site),
      points: s.points
        .map((point) => ({ ...point, url: absolute(articleHref(point.article, point.paragraph), site) }))
        .sort(
          (a, b) =>
            byDateThenId<typeof a>((p) => p.date, (p) => p.article)(a, b) ||
            paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph),
        ),
    }))
    .sort((a, b) => compare(a.id, b.id));
  return jsonResponse({ series });
};
