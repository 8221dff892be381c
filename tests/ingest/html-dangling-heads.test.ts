/**
 * A heading, or a label of a word or two ending in a colon, that the extract of a saved page ends on
 * with nothing under it heads a box that was left out (lib/html/furniture/dangling-heads.ts): it goes,
 * reported. An article's own sub-heading with its text, a heading that asks the reader something, a
 * longer line introducing what the page does not show as text, and a list set as headings stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { withoutDanglingHeads } from '../../scripts/ingest/lib/html/furniture/dangling-heads.ts';
import type { HtmlBlock } from '../../scripts/ingest/lib/html/article/html-blocks.ts';

const para = (i: number) =>
  `<p>The harbour board met on Tuesday to settle the berth fees for the coming season ${i}, and the fishing crews, who had asked for a delay, said the new fees would be hard to pay before the autumn catch.</p>`;
const story = Array.from({ length: 6 }, (_, i) => para(i)).join('');
const page = (tail: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board sets berth fees</title></head><body>` +
  `<article><h1>Harbour board sets berth fees</h1>${story}${tail}</article></body></html>`;
const read = (tail: string) => article(page(tail), 'page.html');
const block = (kind: HtmlBlock['kind'], text: string): HtmlBlock => ({ kind, text });

describe('heads the extract ends on', () => {
  it('leaves out a closing heading whose pictures were left out, and reports it', () => {
    const { body, report } = read('<h3>Pictures from the quay</h3><figure><img src="boats.jpg" alt=""><figcaption>Boats moored at the east quay.</figcaption></figure>');
    expect(body).toContain('berth fees for the coming season 5');
    expect(body).not.toContain('Pictures from the quay');
    expect(report.entries.some((e) => e.rule === 'dangling-head' && e.action === 'removed' && e.text === 'Pictures from the quay')).toBe(true);
  });

  it('leaves out a closing label of a word or two ending in a colon', () => {
    const { kept, removed } = withoutDanglingHeads([block('paragraph', 'The fees rise in May.'), block('paragraph', 'Contact:')]);
    expect(kept.map((b) => b.text)).toEqual(['The fees rise in May.']);
    expect(removed[0].why).toContain('a label ending in a colon');
  });

  it('keeps a sub-heading with its text under it', () => {
    const { body } = read('<h2>What the crews said</h2>' + para(9));
    expect(body).toContain('What the crews said');
  });

  it('keeps a closing heading that asks the reader something', () => {
    const blocks = [block('paragraph', 'The fees rise in May.'), block('heading', 'What do you think of the new fees?')];
    expect(withoutDanglingHeads(blocks).kept).toHaveLength(2);
  });

  it('keeps a longer line introducing what the page shows only as a picture or a player', () => {
    const blocks = [block('paragraph', 'The fees rise in May.'), block('paragraph', 'The harbour master answered on her account:')];
    expect(withoutDanglingHeads(blocks).kept).toHaveLength(2);
  });

  it('keeps a run of headings, a list the article set as headings', () => {
    const blocks = [block('paragraph', 'Our picks for the season:'), block('heading', 'rain boots'), block('heading', 'a wool hat'), block('heading', 'gloves')];
    expect(withoutDanglingHeads(blocks).kept).toHaveLength(4);
  });

  it('never cuts an extract of heads to nothing', () => {
    const blocks = [block('heading', 'Harbour news')];
    expect(withoutDanglingHeads(blocks).kept).toHaveLength(1);
  });
});
