/**
 * The texts just after a saved page's <h1> are read for its date line, a few of them: a row of
 * social links under the headline ("Share to LinkedIn", "Copy link", each a text) is no part of them,
 * as a share or comments box is not, so the date line after it is still read. Small pages written here.
 */
import { expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedOf = (body: string) => readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title></head><body>${body}</body></html>`).meta, null).published;

it('a row of social links under the headline does not use up the texts read for the date line', () => {
  const social = `<ul class="social-links-list">${['LinkedIn', 'Facebook', 'Threads', 'Bluesky', 'Email'].map((s) => `<li><a href="#"><span>Post to ${s}</span></a></li>`).join('')}<li><a href="#">Copy link</a></li></ul>`;
  const page = `<div class="hero"><h1>Labs share data</h1><p>Your guide to sharing lab data.</p>${social}<div>Written by: <a href="/a">Ann Lee</a></div><div><span>Updated Feb 11, 2026</span></div></div><p>Text.</p>`;
  expect(publishedOf(page)).toMatchObject({ date: '2026-02-11', source: 'explicit' });
});
