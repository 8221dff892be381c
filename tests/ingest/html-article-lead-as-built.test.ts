/**
 * The article's opening is looked for in the page as first built, read before Readability moves its
 * nodes (pageAsBuilt, lib/html/html-article-lead.ts), no longer in a page built again afterwards: a
 * speed change, so what it reads must be what the rebuilt page gave, furniture marks, link shares and
 * <h1> texts alike, on pages made to trip it.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/html-prune.ts';
import { blocksOf } from '../../scripts/ingest/lib/html/html-blocks.ts';
import { headlinesAmong, pageAsBuilt, tellsTheStory, type PageAsBuilt } from '../../scripts/ingest/lib/html/html-article-lead.ts';
import type { BoxElement } from '../../scripts/ingest/lib/html/html-article-container.ts';

/** The former reading: the texts of the <h1>s that tell the title's story, walked in a rebuilt page. */
function headlineH1sBefore(root: BoxElement, title: string): Set<string> {
  const texts = new Set<string>();
  const walk = (e: BoxElement) => {
    if (e.nodeName.toUpperCase() === 'H1') {
      for (const b of blocksOf(e)) if (tellsTheStory(b.text, title)) texts.add(b.text);
      return;
    }
    for (let i = 0; i < e.children.length; i++) walk(e.children[i]);
  };
  walk(root);
  return texts;
}

const PAGES = {
  'nested and split <h1>s': '<h1>Flood <h1>barriers hold</h1> on the river<br>Flood barriers hold</h1><p>Text.</p>',
  'furniture boxes and a shorter second <article>':
    '<div class="share-bar"><a href="/x">Share</a></div><article><h1>Flood barriers hold</h1><p>' + 'The river rose all night. '.repeat(20) +
    '</p><aside class="related"><a href="/y">Other story</a></aside></article><article><p>A teaser.</p></article><nav>Menu</nav>',
  'slides that hold the article': '<h1>Ten bridges</h1>' + Array.from({ length: 4 }, (_, i) => `<div class="slide">Bridge ${i}: a long span of steel and stone over the water.</div>`).join(''),
  'a data table and links within the page': '<h1>Rainfall</h1><table><tr><td>May</td><td>31 mm</td></tr><tr><td><p>June</p></td><td>2</td></tr></table><p><a href="#n1">1</a> note</p>',
  'no <h1>, empty body': '',
  'an <h1> past the depth cap': '<div>'.repeat(450) + '<h1>Deep headline here</h1>' + '</div>'.repeat(450),
};

describe('the page as first built gives what the rebuilt page gave', () => {
  for (const [name, body] of Object.entries(PAGES)) {
    it(name, () => {
      const { document, rebuild, release } = prunePage(`<!DOCTYPE html><html><head><title>Flood barriers hold</title></head><body>${body}</body></html>`);
      const asBuilt: PageAsBuilt = pageAsBuilt(document.body as never);
      const rebuilt = rebuild(true).body as never;
      expect(asBuilt.blocks).toEqual(blocksOf(rebuilt, { furniture: true }));
      // And the texts the byline around the article is read in (stages/html.ts textsOfWholePage).
      expect(asBuilt.blocks.map((b) => b.text)).toEqual(blocksOf(rebuilt).map((b) => b.text));
      for (const title of ['Flood barriers hold', 'Ten bridges of the valley', 'Rainfall', 'Deep headline here', 'Nothing alike'])
        expect(headlinesAmong(asBuilt.h1Texts, title)).toEqual(headlineH1sBefore(rebuilt, title));
      release(document);
    });
  }
});

/** A seeded generator, so a failure reads the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const TAGS = ['div', 'p', 'span', 'a', 'li', 'ul', 'table', 'tr', 'td', 'article', 'aside', 'h1', 'h2', 'br', 'em', 'section', 'figure', 'figcaption', 'nav'];
const CLASSES = ['', ' class="share-bar"', ' class="related"', ' class="slide"', ' class="ad"', ' class="entry"', ' id="comments"', ' role="navigation"', ' href="#x"', ' href="/y"'];
const WORDS = ['flood', 'barriers', 'hold', 'the river rose.', '  ', '\n', 'May 2, 2025', '&nbsp;', 'By Ann Lee'];

function randomMarkup(next: () => number, depth: number): string {
  let out = '';
  const n = Math.floor(next() * 4);
  for (let i = 0; i < n; i++) {
    if (depth > 5 || next() < 0.4) {
      out += WORDS[Math.floor(next() * WORDS.length)] + ' ';
      continue;
    }
    const tag = TAGS[Math.floor(next() * TAGS.length)];
    out += `<${tag}${CLASSES[Math.floor(next() * CLASSES.length)]}>${randomMarkup(next, depth + 1)}</${tag}>`;
  }
  return out;
}

describe('marking furniture splits no block: the texts are those of the plain walk', () => {
  it('on random pages of labelled boxes, links, tables and <h1>s', () => {
    const next = random(13);
    let marked = 0;
    for (let i = 0; i < 400; i++) {
      const { document, release } = prunePage(`<html><body>${randomMarkup(next, 0)}</body></html>`);
      const body = document.body as never;
      const { blocks } = pageAsBuilt(body);
      marked += blocks.filter((b) => b.furniture).length;
      expect(blocks.map((b) => b.text)).toEqual(blocksOf(body).map((b) => b.text));
      release(document);
    }
    // The pages did hold boxes marked as furniture.
    expect(marked).toBeGreaterThan(100);
  });
});

// That the opening is still found through the whole HTML path: tests/ingest/html-article-lead.test.ts.
