/**
 * A heading whose markup breaks its line (a <br>, a block-level child such as a <div> or <p>) shows its
 * reader two lines, never two words run together: its text keeps a space there ("The Best Garden
 * Planners Top Seed-starting Kits", not "…PlannersTop…"): the <h1> and the headings shown before
 * it alike (lib/html/headline/heading-text.ts). An inline child (<span>, <em>) inside a word adds no space. The pages are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { article } from './helpers.ts';

const P = 'Note-taking tools have changed a great deal in the last few years, and many of them now come with an assistant that writes for you.';
const page = (h1: string, before = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><main><article>${before}${h1}<p>${P}</p><p>${P}</p></article></main></body></html>`;
const h1Of = (h1: string) => prunePage(page(h1)).meta.h1;

describe('the text of a heading whose markup breaks its line', () => {
  it('<h1>: a block-level child keeps a space where it starts and ends', () => {
    expect(h1Of('<h1><div>The Best Garden Planners</div><div>Top Seed-starting Kits</div></h1>')).toEqual(['The Best Garden Planners Top Seed-starting Kits']);
    expect(h1Of('<h1>The Best Garden Planners<p>Top Seed-starting Kits</p></h1>')).toEqual(['The Best Garden Planners Top Seed-starting Kits']);
    expect(h1Of('<h1>The Best Garden Planners<br>Top Seed-starting Kits</h1>')).toEqual(['The Best Garden Planners Top Seed-starting Kits']);
  });

  it('<h1>: an inline child adds no space', () => {
    expect(h1Of('<h1>Note<span>book</span>s and <em>A</em>I</h1>')).toEqual(['Notebooks and AI']);
  });

  it('<h2> shown before the <h1>: a <br> or a block-level child keeps a space', () => {
    const headings = prunePage(page('<h1>Site News</h1>', '<h2>The Best Garden Planners<br>Top Seed-starting Kits</h2><p>March 3, 2025</p><h3><div>Field</div><div>Notes</div></h3>')).meta.headings ?? [];
    expect(headings.map((h) => h.text)).toEqual(['The Best Garden Planners Top Seed-starting Kits', 'Field Notes']);
  });

  it('the article takes the headline with its space', () => {
    const { record } = article(page('<h1>The Best Garden Planners<span class="block">Top Seed-starting Kits</span></h1>'), 'page.html');
    expect(record.title).toBe('The Best Garden Planners Top Seed-starting Kits');
  });
});
