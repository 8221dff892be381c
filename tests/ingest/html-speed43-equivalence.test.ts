/**
 * Session 43's HTML speed change, held to the code it replaces: the <h1>s of the page as built are
 * the ones the prune pass's builder made (PageDomBuilder.outerH1s), not found by a second walk of the
 * whole tree (h1Texts, lib/html/article/html-article-lead.ts). Their texts must be the walk's on every
 * page: <h1>s nested in <h1>s, opened inside a <title> or <head> left open, past the depth cap, in the
 * boxes of a wide element, and on random tag soup.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { h1Texts, pageAsBuilt } from '../../scripts/ingest/lib/html/article/html-article-lead.ts';
import { MAX_CHILDREN } from '../../scripts/ingest/lib/html/prune/html-dom.ts';

function bothWays(html: string): { built: string[]; walked: string[]; outer: number | null } {
  const { document, outerH1s, release } = prunePage(html);
  const built = pageAsBuilt(document.body as never, outerH1s as never).h1Texts;
  const walked = h1Texts(document.body as never);
  release(document);
  return { built, walked, outer: outerH1s ? outerH1s.length : null };
}

const PAGES: Record<string, string> = {
  'one <h1>': '<html><head><title>T</title></head><body><h1>Flood barriers hold</h1><p>Text.</p></body></html>',
  'nested <h1>s': '<body><h1>Flood <h1>barriers hold</h1> on the river<br>again</h1><div><h1>Second</h1></div></body>',
  // An <h1> closes an open <h1> (htmlparser2's implied end tags), but not one with a <div> between them.
  'an <h1> inside an <h1>': '<body><h1>Outer <div><h1>Inner</h1></div> tail</h1><h1>After</h1></body>',
  'an <h1> inside a <title> left open': '<html><head><title>Left open<h1>In the title</h1></head><body><h1>In the body</h1></body></html>',
  'an <h1> in <head>': '<html><head><h1>Head heading</h1><meta name="a" content="b"></head><body><h1>Body heading</h1></body></html>',
  'an <h1> past the depth cap': '<body>' + '<div>'.repeat(450) + '<h1>Deep headline</h1>' + '</div>'.repeat(450) + '<h1>Shallow</h1></body>',
  'an <h1> in a dropped box': '<body><nav><h1>Menu</h1></nav><aside><h1>Side</h1></aside><template><h1>T</h1></template><h1 hidden>Hidden</h1><h1>Shown</h1></body>',
  '<h1>s in the boxes of a wide element': '<body><div>' + '<br>'.repeat(MAX_CHILDREN + 5) + '<h1>In a box</h1>' + '<p>p</p>'.repeat(MAX_CHILDREN) + '<h1>In another</h1></div></body>',
  'a prefixed <h1>': '<body><x:h1>Prefixed</x:h1><h1 class="a">Plain</h1></body>',
  'no <h1>': '<body><p>Nothing</p></body>',
};

describe("the builder's <h1>s are the walk's", () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(name, () => {
      const { built, walked, outer } = bothWays(html);
      expect(outer).not.toBeNull();
      expect(built).toEqual(walked);
    });
  }

  it('is not used on a page whose streamed segments were moved', () => {
    const html = '<body><h1>First</h1><template id="B:1"></template><h1>Second</h1><div hidden id="S:1"><h1>Streamed</h1></div></body>';
    const { built, walked, outer } = bothWays(html);
    expect(outer).toBeNull();
    expect(built).toEqual(walked);
    // The segment's <h1> moved before the second: the builder's order would not be the tree's.
    expect(walked).toEqual(['First', 'Streamed', 'Second']);
  });

  it('on random tag soup', () => {
    let s = 43;
    const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const TAGS = ['h1', 'h1', 'div', 'p', 'span', 'title', 'head', 'body', 'html', 'section', 'template', 'button', 'nav', 'a', 'table', 'tr', 'td', 'ul', 'li', 'br', 'script', 'svg', 'form', 'x:h1', 'article'];
    let pages = 0;
    let withH1s = 0;
    for (let n = 0; n < 400; n++) {
      let html = '';
      const length = 5 + Math.floor(next() * 60);
      for (let i = 0; i < length; i++) {
        const r = next();
        const tag = pick(TAGS);
        if (r < 0.45) html += `<${tag}${next() < 0.1 ? ' hidden' : ''}>`;
        else if (r < 0.7) html += `</${tag}>`;
        else html += pick(['Flood', ' barriers ', 'hold', '\n', 'the river']);
      }
      const { built, walked, outer } = bothWays(html);
      expect(built, html).toEqual(walked);
      if (outer !== null) pages++;
      if (outer) withH1s++;
    }
    // No random page moves a node (none has a streamed segment), and many build <h1>s.
    expect(pages).toBe(400);
    expect(withH1s).toBeGreaterThan(100);
  });
});
