/**
 * Elements a saved page names for its date or its post's details (lib/html/metadata/html-date-boxes.ts): a box
 * too long to be a date line (an author's tooltip with a biography beside the date) gives the date
 * boxes inside it; a short box is read whole. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const BIO = 'John Roe is an expert vehicle tester and reviewer who covers a wide range of topics for the magazine and its readers.';
const publishedOf = (body: string) => readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title></head><body><article><h1>Labs share data</h1>${body}<p>Text.</p></article></body></html>`).meta, null).published;

describe('a post-details box', () => {
  it('too long to be a date line gives the date box inside it', () => {
    const page = `<ul class="article-meta"><li class="author"><span>Written By</span><span class="popover">John Roe<p class="bio">${BIO}</p></span></li><li class="article-date"><span>2/24/2026</span></li><li class="share">Share</li></ul>`;
    expect(publishedOf(page)).toMatchObject({ date: '2026-02-24', source: 'explicit' });
  });

  it('short enough is read whole: a label and its date stay together', () => {
    const page = '<div class="entry-meta">Updated on <span class="date">July 9, 2025</span></div><p class="post-date">Posted on March 3, 2025</p>';
    expect(publishedOf(page)?.date).toBe('2025-03-03');
  });

  it('too long, with no date box inside, gives its own short texts: the date among a row of tags', () => {
    const tags = ['open access', 'journal indexing', 'peer review', 'scholarly publishing', 'research metrics', 'library services'].map((t) => `<a href="/t">${t}</a>`).join(', ');
    const page = `${'<p>Text.</p>'.repeat(10)}<div class="meta date-section-header"><span>Posted on April 13, 2023</span><div class="tags"><span>Tags:</span>${tags}</div></div>`;
    expect(publishedOf(page)).toMatchObject({ date: '2023-04-13', source: 'explicit' });
  });

  it('too long, with no date box inside, gives no date', () => {
    expect(publishedOf(`<div class="post-meta"><span>Written by John Roe</span><p>${BIO} Since 2019.</p></div>`)).toBeNull();
  });
});

describe('a hostile page', () => {
  it('with thousands of date boxes inside one long box gives a bounded number of date lines', () => {
    const inner = '<span class="date">March 3, 2025</span>'.repeat(5000);
    const { meta } = prunePage(`<html><body><article><h1>Labs share data</h1><div class="post-meta">${inner}</div></article></body></html>`);
    expect(meta.stampTexts.length).toBeLessThanOrEqual(12);
    expect(readPageMeta(meta, null).published?.date).toBe('2025-03-03');
  });
});

describe("a box of the page's versions", () => {
  it('dates the page by the version labelled its publication after the date, not by the latest one listed first', () => {
    const page = '<p class="byline">Ann Lee</p><p>Last updated 12 Jan 2026</p><p>Text.</p><ul class="versions"><li class="version-date">12 Jan 2026 | Latest version</li><li class="version-date">3 Sept 2024 | Originally published</li></ul>';
    expect(publishedOf(page)).toMatchObject({ date: '2024-09-03', source: 'explicit' });
  });
});
