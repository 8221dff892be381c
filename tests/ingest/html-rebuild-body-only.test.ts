/**
 * Readability's retries (each puts the page back as first built) and the byline search around the
 * article read only the page's <body>, rebuilt from the builder's calls (lib/html/prune/html-dom.ts): its
 * <head> is not built again for them. A page of 50,000 <meta> elements built them once per retry,
 * most of its time.
 */
import { expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { MAX_DEPTH, type JsdomElement } from '../../scripts/ingest/lib/html/prune/html-dom.ts';

type El = JsdomElement & { innerHTML: string; textContent: string };
const P = 'The ferry company will add two evening crossings to the island from April, the harbour office said on Wednesday.';

it('rebuilds the body alone, as it is in the whole page, with an empty <head>', () => {
  const metas = Array.from({ length: 1000 }, (_, i) => `<meta name="field-${i}" content="value ${i}">`).join('');
  const source = `<html><head><title>Evening ferries to the island</title>${metas}</head><body><div><p>${P}</p><meta property="og:type" content="article"><svg><title>Arrow</title></svg><p>Tickets go on sale in March.</p></div></body></html>`;
  const { rebuild } = prunePage(source);
  const whole = rebuild();
  const body = rebuild(true);
  expect(whole.head.childNodes.length).toBeGreaterThan(1000);
  expect(body.head.childNodes.length).toBe(0);
  expect((body.body as El).innerHTML).toBe((whole.body as El).innerHTML);
  expect((body.body as El).textContent).toContain('Tickets go on sale');
});

it('keeps in the body the text of a first <title> nested past MAX_DEPTH, as the whole page does', () => {
  const deep = MAX_DEPTH + 10;
  const source = `<html><body>${'<div>'.repeat(deep)}<p>${P}</p><title>Only title</title><p>Tickets go on sale in March.</p>${'</div>'.repeat(deep)}</body></html>`;
  const { rebuild } = prunePage(source);
  const whole = rebuild();
  const body = rebuild(true);
  expect((whole.body as El).textContent).toContain('Only title');
  expect((body.body as El).innerHTML).toBe((whole.body as El).innerHTML);
});
