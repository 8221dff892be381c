/**
 * The page builder (lib/html/prune/html-dom.ts) records its calls so that a rebuild replays them
 * without parsing the page again. An element it does not build (a dropped navigation, aside, footer or
 * SVG and everything in it; a hidden box; <html>, <head>, <body>) leaves nothing in the tree, so its
 * open and close are not recorded: a rebuild must still give the same tree, head and body, with every
 * text where the first build put it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prunePage, WARM_UP_PAGE } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { MAX_DEPTH, PageDomBuilder, type JsdomDocument, type JsdomNode } from '../../scripts/ingest/lib/html/prune/html-dom.ts';

type Node = JsdomNode & { nodeName: string; nodeType: number; childNodes: Node[]; attributes?: { name: string; value: string }[]; textContent: string };

/** The tree as nested tag names, attributes and texts, to compare two builds. */
function shape(node: Node): unknown {
  if (node.nodeType === 3) return node.textContent;
  return [node.nodeName, (node.attributes ?? []).map((a) => `${a.name}=${a.value}`), node.childNodes.map(shape)];
}
const treeOf = (document: JsdomDocument) => [shape(document.head as unknown as Node), shape(document.body as unknown as Node), document.title];

const NASTY_PAGES = [
  WARM_UP_PAGE,
  // Text on both sides of dropped and hidden boxes, nested in each other, and a <main> a landmark holds.
  '<html><head><title>T</title><script>x</script><style>a{}</style><meta name=d content=1></head><body>one<nav><ul><li><a href=/a>a</a><li>b</ul><aside>in<svg><g><path/></g></svg>nav</aside></nav> two <div hidden><p>h<span>i</span></p></div>three<aside class=x><main><p>kept <b>bold</b></p><footer>f</footer></main>tail</aside>four</body></html>',
  // A landmark whose end tag the page forgot, a <main> inside it, hidden boxes inside the main.
  '<body><aside class="banner"><p>ad</p><main role=main><h1>H</h1><p style="display:none">gone</p><p>Body text.</p><div aria-hidden="true">x</div></main><p>after</p>',
  // Unbuilt elements in the head and stray body content before it.
  '<meta property=og:title content=A><head><noscript><meta name=r content=b></noscript><template><p>t</p></template><title>First</title><title>Second</title></head><body><p>p</p><button>b</button><textarea>t</textarea>z</body>',
  // Deeper than MAX_DEPTH, with dropped boxes and hidden ones at every level.
  `<body>${'<div><nav>n</nav><p>t</p><span hidden>h</span>'.repeat(MAX_DEPTH + 20)}${'</div>'.repeat(MAX_DEPTH + 20)}</body>`,
];

describe('the page builder records only the elements it builds', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rebuilds the same tree, head and body, as the first build, whole and body only', () => {
    for (const page of NASTY_PAGES) {
      for (const input of [page, [page.slice(0, 37), page.slice(37)]]) {
        const { document, rebuild } = prunePage(input);
        const first = treeOf(document);
        expect(treeOf(rebuild())).toEqual(first);
        const bodyOnly = rebuild(true);
        expect(shape(bodyOnly.body as unknown as Node)).toEqual(first[1]);
        expect(bodyOnly.head.childNodes.length).toBe(0);
      }
    }
  });

  it('replays no open of an element it did not build', () => {
    const { rebuild } = prunePage(NASTY_PAGES[1]);
    const open = vi.spyOn(PageDomBuilder.prototype, 'open');
    rebuild();
    expect(open.mock.calls.length).toBeGreaterThan(0);
    expect(open.mock.calls.filter((call) => call[3] === false)).toEqual([]);
  });
});
