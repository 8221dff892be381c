/**
 * One process may hold two copies of html-dom.ts: vitest inlines it for a test file, and the pipeline
 * loads the HTML stage with require on first use (scripts/lib/on-first-use.ts), which gives Node's own
 * copy. Only the copy that patched the DOM's prototypes first has its innerHTML there, so a snapshot
 * taken with the other copy went unseen: Readability serialised the page after all, and a test file
 * run after one that loaded the stage (vitest's shared module graph, vitest.config.ts) failed.
 * Either copy's snapshot is the one the page's innerHTML reads.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import * as inlined from '../../scripts/ingest/lib/html/prune/html-dom.ts';
import type { JsdomElement } from '../../scripts/ingest/lib/html/prune/html-dom.ts';

type El = JsdomElement & { innerHTML: string; textContent: string; remove(): void };
const P = 'The two universities will run a joint laboratory for coastal research from next spring, the rectors said.';
const native = createRequire(import.meta.url)('../../scripts/ingest/lib/html/prune/html-dom.ts') as typeof inlined;

describe('a page snapshot with two copies of html-dom.ts in one process', () => {
  it('is a second copy, not the same module', () => {
    expect(native.withPageSnapshot).not.toBe(inlined.withPageSnapshot);
  });

  it.each([['the inlined copy', inlined], ['the copy require loads', native]])('is read and restored through %s', (_name, copy) => {
    const source = `<html><body><div><p>${P}</p><p>Second paragraph.</p></div></body></html>`;
    const { document } = prunePage(source);
    const body = document.body as El;
    let restored = 0;
    copy.withPageSnapshot(document, () => prunePage(source).document, () => restored++, () => {
      const cached = body.innerHTML;
      expect(cached.length).toBeLessThan(40);
      (body.children[0] as El).remove();
      body.innerHTML = cached;
      expect(body.textContent).toBe(`${P}Second paragraph.`);
    });
    expect(restored).toBe(1);
    // Outside a snapshot, markup reads as usual, whichever copy took it.
    expect(body.innerHTML).toBe(`<div><p>${P}</p><p>Second paragraph.</p></div>`);
  });
});
