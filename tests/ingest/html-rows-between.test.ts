/**
 * A page builder puts each heading and each short paragraph in a row of its own, a few levels deep,
 * between the rows of prose Readability joins (lib/html/article/prose-siblings.ts, siblingsBetweenJoined): those rows are
 * the article's too. A row of links or a form between them stays out, and nothing after the last row
 * that joins comes in.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const sentence = (topic: string, i: number) =>
  `Engineers at the yard, working on ${topic}, tested hull plate ${i + 1} in cold water, and the results, shared this spring, surprised the crews involved.`;
// Row, column, wrapper: the depth a page builder gives every row, each with its own generated class.
const row = (inner: string, n: number) => `<div class="row row-${n}"><div class="col"><div class="wrap">${inner}</div></div></div>`;
const prose = (topic: string, n: number) =>
  row(Array.from({ length: 4 }, (_, i) => `<p>${sentence(topic, i)} ${sentence(topic, i + 10)}</p>`).join(''), n);
const heading = (text: string, n: number) => row(`<h2>${text}</h2>`, n);
const short = (text: string, n: number) => row(`<p>${text}</p>`, n);
const page = (rows: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Icebreakers built anew</title></head><body><main><h1>Icebreakers built anew</h1>${rows}</main></body></html>`;

const bodyOf = (html: string) => article(html, 'page.html').record.paragraphs.map((p) => p.text).join('\n');

const SHORT = 'The second hull, welded in three months, is lighter than the first by a fifth, the yard says.';

describe('rows of a page builder between the rows that hold the article', () => {
  it('keeps a heading row and a short paragraph row between rows of prose', () => {
    const body = bodyOf(page(prose('the bow', 1) + heading('A lighter second hull', 2) + short(SHORT, 3) + prose('the stern', 4)));
    expect(body).toContain('working on the bow');
    expect(body).toContain('working on the stern');
    expect(body).toMatch(/^A lighter second hull$/m);
    expect(body).toContain(SHORT);
  });

  it('leaves out a row of links and a form between them, and what follows the last row of prose', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/story-${i}">Another story about the yard, number ${i}</a>`).join(' ');
    const form = row('<form action="/join"><label for="m">Your Email*</label><input id="m"><p>Sign up for our yard newsletter, sent out every Friday morning.</p></form>', 9);
    const after = short('Share this story with a friend who loves ships and the sea.', 10);
    const body = bodyOf(page(prose('the bow', 1) + row(`<p>${links}</p>`, 7) + form + short(SHORT, 3) + prose('the stern', 4) + after));
    expect(body).toContain('working on the stern');
    expect(body).toContain(SHORT);
    expect(body).not.toContain('Another story about the yard');
    expect(body).not.toContain('Your Email');
    expect(body).not.toContain('yard newsletter');
    expect(body).not.toContain('Share this story');
  });
});
