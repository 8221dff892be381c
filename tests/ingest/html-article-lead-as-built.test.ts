/**
 * The article's opening is looked for in the page as first built, read before Readability moves its
 * nodes (pageAsBuilt, lib/html/article/html-article-lead.ts), no longer in a page built again afterwards: a
 * speed change, so what it reads must be what the rebuilt page gave, furniture marks, link shares and
 * <h1> texts alike, on pages made to trip it.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { blocksOf } from '../../scripts/ingest/lib/html/article/html-blocks.ts';
import { headlinesAmong, leadBeforeAnswer, mayHaveLeadIn, pageAsBuilt, tellsTheStory, type PageAsBuilt } from '../../scripts/ingest/lib/html/article/html-article-lead.ts';
import type { BoxElement } from '../../scripts/ingest/lib/html/article/html-article-container.ts';

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
      // The texts the byline around the article is read in (lib/html/metadata/bylines-outside-fields.ts textsOfWholePage).
      expect(asBuilt.blocks).toEqual(blocksOf(rebuilt));
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

describe('the page read plain before Readability stands in for the marked page', () => {
  it('marking furniture splits no block: the texts are those of the plain walk (random pages)', () => {
    const next = random(13);
    let marked = 0;
    for (let i = 0; i < 400; i++) {
      const { document, release } = prunePage(`<html><body>${randomMarkup(next, 0)}</body></html>`);
      const body = document.body as never;
      const blocks = blocksOf(body, { furniture: true });
      marked += blocks.filter((b) => b.furniture).length;
      expect(blocks.map((b) => b.text)).toEqual(pageAsBuilt(body).blocks.map((b) => b.text));
      release(document);
    }
    // The pages did hold boxes marked as furniture.
    expect(marked).toBeGreaterThan(100);
  });

  it('where the plain blocks leave no room for an opening, the marked blocks give none (random pages and answers)', () => {
    const next = random(29);
    const prose = (i: number) => `<p>Sentence ${i} of the opening tells the reader what the story is about and why it matters now, and then it goes on for a while longer, naming the river, the town, the barriers and the people who built them.</p>`;
    const PARTS = [prose(1), prose(2), prose(3), prose(1), '<div class="share-bar"><p>Share this story with friends and family members today, please.</p></div>', '<p><a href="/z">A linked teaser that reads like a sentence of prose to the eye.</a></p>', '<aside class="related">' + prose(4) + '</aside>', '<p>Short line.</p>'];
    let leads = 0;
    let vetoed = 0;
    for (let i = 0; i < 600; i++) {
      const gap = Array.from({ length: Math.floor(next() * 7) }, () => PARTS[Math.floor(next() * PARTS.length)]).join('');
      const { document, release } = prunePage(`<html><body><h1>Flood barriers hold</h1>${gap}<p>The answer starts here.</p><p>And goes on.</p></body></html>`);
      const body = document.body as never;
      const answer = blocksOf(body).slice(-2);
      const headlines = headlinesAmong(pageAsBuilt(body).h1Texts, 'Flood barriers hold');
      const lead = leadBeforeAnswer(blocksOf(body, { furniture: true }), headlines, answer);
      const may = mayHaveLeadIn(pageAsBuilt(body).blocks, headlines, answer);
      if (lead) leads++;
      if (!may) vetoed++;
      if (lead) expect(may, gap).toBe(true);
      release(document);
    }
    // Both answers came up.
    expect(leads).toBeGreaterThan(20);
    expect(vetoed).toBeGreaterThan(20);
  });
});

// That the opening is still found through the whole HTML path: tests/ingest/html-article-lead.test.ts.
