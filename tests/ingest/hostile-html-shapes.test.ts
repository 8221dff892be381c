/**
 * Page shapes that cost the HTML path most for their size, each through the per-article stages on its
 * own: 50,000 <meta> elements, 20,000 JSON-LD blocks, one JSON-LD of 5 MB, JSON-LD nested 10,000
 * deep (beside the article's fields and before them), one element with 100,000 attributes, an
 * inline SVG's <title> before the page's own. Each reads as the page it wraps (its headline, its
 * date, its author where the JSON-LD gives one) within 10 s of CPU.
 */
import { expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const P = 'The river authority will open four new flood gauges along the valley before winter, the regional office said on Tuesday.';
const P2 = 'Each gauge sends a reading every ten minutes, and farmers can see the levels on a public map, officials said at a briefing.';
const HEADLINE = 'Flood gauges for the valley';
const page = (head: string, body = `<article><h1>${HEADLINE}</h1><p>${P}</p><p>${P2}</p></article>`) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const FIELDS = `"@type":"NewsArticle","headline":"${HEADLINE}","datePublished":"2021-03-04","author":{"@type":"Person","name":"Mara Quill"}`;
const DEEP = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);

const SHAPES: Record<string, { html: () => string; date: string | null; author?: string }> = {
  'meta-50000': { html: () => page(`<title>${HEADLINE}</title>` + Array.from({ length: 50_000 }, (_, i) => `<meta name="field-${i}" content="value ${i}">`).join('')), date: null },
  'json-ld-20000': { html: () => page(`<title>${HEADLINE}</title>` + Array.from({ length: 20_000 }, (_, i) => ld(`{"@type":"WebPage","name":"Part ${i}"}`)).join('') + ld(`{${FIELDS}}`)), date: '2021-03-04', author: 'Mara Quill' },
  'json-ld-5mb': { html: () => page(`<title>${HEADLINE}</title>` + ld(`{${FIELDS},"articleBody":"${'word '.repeat(1_000_000)}"}`)), date: '2021-03-04', author: 'Mara Quill' },
  'json-ld-deep-beside': { html: () => page(`<title>${HEADLINE}</title>` + ld(`{${FIELDS},"publisher":${DEEP}}`)), date: '2021-03-04', author: 'Mara Quill' },
  'json-ld-deep-before': { html: () => page(`<title>${HEADLINE}</title>` + ld(`{"publisher":${DEEP},${FIELDS}}`)), date: '2021-03-04', author: 'Mara Quill' },
  'json-ld-deep-arrays': { html: () => page(`<title>${HEADLINE}</title>` + ld('['.repeat(10_000) + '1' + ']'.repeat(10_000))), date: null },
  'attributes-100000': {
    html: () => page(`<title>${HEADLINE}</title>`, `<article ${Array.from({ length: 100_000 }, (_, i) => `data-a${i}="v"`).join(' ')}><h1>${HEADLINE}</h1><p>${P}</p><p>${P2}</p></article>`),
    date: null,
  },
  'svg-title-first': { html: () => page('', `<svg><title>Share arrow</title></svg><article><h1>${HEADLINE}</h1><p>${P}</p><p>${P2}</p></article>`), date: null },
};

it('reads each shape as the page it wraps, within 10 s of CPU', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    const bytes = new TextEncoder().encode(shape.html());
    let outcome: ReturnType<typeof processSeed> | undefined;
    const seconds = cpuSeconds(() => {
      outcome = processSeed(`${name}.html`, bytes, []);
    });
    const record = outcome!.record;
    expect(record?.title, name).toBe(HEADLINE);
    expect(record?.paragraphs.map((p) => p.text), name).toEqual([P, P2]);
    expect(record?.date?.date ?? null, name).toBe(shape.date);
    if (shape.author) expect(record?.author, name).toBe(shape.author);
    expect(seconds, name).toBeLessThan(10);
  }
}, 120_000);
