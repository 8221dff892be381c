/**
 * Session 43's HTML speed changes, held to the code they replace:
 *
 * - the <h1>s of the page as built are the ones the prune pass's builder made (PageDomBuilder.outerH1s),
 *   not found by a second walk of the whole tree (h1Texts, lib/html/article/html-article-lead.ts). Their
 *   texts must be the walk's on every page: <h1>s nested in <h1>s, opened inside a <title> or <head> left
 *   open, past the depth cap, in the boxes of a wide element, and on random tag soup;
 * - the closing lines of an HTML extract (closingLinesOfArticle, stages/main-text.ts) class only the lines
 *   the closing rules read (stages/main-text/shared/classed-when-read.ts), the stopword threshold reading
 *   each line's word count and stopword share alone (stages/main-text/shared/stopword-share.ts, held to
 *   blockFeatures' own): the same end and reasons as every line classed first, on articles closing on
 *   each kind of closing line, in English, German and Chinese, and on random mixes of them.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { h1Texts, pageAsBuilt } from '../../scripts/ingest/lib/html/article/html-article-lead.ts';
import { MAX_CHILDREN } from '../../scripts/ingest/lib/html/prune/html-dom.ts';
import { classify, closingLinesOfArticle, pageStopwordThreshold } from '../../scripts/ingest/stages/main-text.ts';
import { aboveTheClosingNotes } from '../../scripts/ingest/stages/main-text/closing/closing-notes.ts';
import { aboveAClosingBox } from '../../scripts/ingest/stages/main-text/closing/closing-box.ts';
import { aboveTheClosingPromotions } from '../../scripts/ingest/stages/main-text/closing/closing-promotions.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage, type Language } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { classedWhenRead } from '../../scripts/ingest/stages/main-text/shared/classed-when-read.ts';
import { GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { stopwordShare } from '../../scripts/ingest/stages/main-text/shared/stopword-share.ts';

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

/** closingLinesOfArticle as it was before session 43: every line's features read and classed first. */
function closingLinesClassedWhole(lines: string[], language: Language): { end: number; why: string[] } {
  const features = lines.map((l) => blockFeatures(l, language));
  const stopThreshold = pageStopwordThreshold(features);
  const blocks = features.map((f) => classify(f, stopThreshold, language.cjk, false));
  const last = lines.length - 1;
  let end = aboveAClosingBox(lines, blocks, 0, aboveTheClosingNotes(lines, blocks, 0, last));
  const promoted = end;
  end = aboveTheClosingPromotions(lines, blocks, 0, end, language.lang);
  if (end !== promoted) end = aboveTheClosingNotes(lines, blocks, 0, end);
  let under = 'furniture takes over after its last paragraph';
  for (let i = end + 1; i < Math.min(blocks.length, end + 4); i++) {
    if (blocks[i].cls === 'bad') {
      under = `it ends where ${blocks[i].why} begins`;
      break;
    }
  }
  return { end, why: blocks.map((b, i) => (i <= end ? '' : b.cls === 'bad' ? b.why : `under the site's closing lines (${under})`)) };
}

const PROSE = [
  'The harbour board, meeting on its tenth session, agreed that the new breakwater would be finished before the winter storms, and the fishermen welcomed the plan.',
  'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.',
  'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.',
  'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies.',
  'A short sentence ends here.',
  'Why it matters',
  'The council will meet again next week.',
];
const CLOSING = [
  'If you enjoyed this article, please consider supporting our work with a small donation: independent local news depends on readers like you.',
  'About the Author',
  'Jane Smith has followed the observatory since its first antenna went up and now edits the monthly science letter of the academy in the capital.',
  'Disclaimer:',
  'Nothing on these pages may stand in for the advice of a qualified engineer, whatever the date of the text you are reading.',
  'Our newsroom brings you the news of the coast every day, from the quays to the council. Bookmark the site and read our daily newsletter, Harbour Morning, over breakfast.',
  'Acme Corp is a global provider of harbour equipment, headquartered in Rotterdam, with more than 4,000 employees in 30 countries.',
  'About Acme Corp',
  'This article contains affiliate links. We may earn a commission if you buy through them.',
  'Share this article',
  '© 2024 Harbour News. All rights reserved.',
  'Jane Smith is a reporter covering science and the coast.',
  'Die Autorin',
  'Anna Beispiel (*1970) war Direktorin des Stadtarchivs. Sie ist heute Professorin für Stadtgeschichte an der Universität am Hafen.',
  'Abonnieren Sie unseren Newsletter Hafen Kompakt und lesen Sie jeden Morgen die wichtigsten Nachrichten aus der Stadt.',
  'Folgen Sie uns auf Instagram, dort zeigen wir Ihnen jeden Tag Bilder vom Hafen.',
];
const CHINESE = ['港口委员会周二宣布，新的防波堤将在冬季风暴到来之前完工，渔民们对这一计划表示欢迎，认为这将保护他们的渔船。', '关于作者', '责任编辑：王明', '本文仅代表作者观点。'];

describe('the closing lines of an extract, its lines classed when read', () => {
  const both = (lines: string[]) => {
    const language = detectLanguage(lines.join('\n'));
    expect(closingLinesOfArticle(lines, language), lines.join('\n')).toEqual(closingLinesClassedWhole(lines, language));
  };

  it('on articles closing on each kind of closing line', () => {
    for (const closing of CLOSING) {
      both([...PROSE.slice(0, 4), closing]);
      both([...PROSE, closing, PROSE[6]]);
      both([...PROSE.slice(0, 4), closing, closing, 'Share this article']);
    }
    both([...GERMAN_PARAGRAPHS, 'Die Autorin', CLOSING[13], 'Artikel teilen']);
    both([...GERMAN_PARAGRAPHS, CLOSING[14], CLOSING[15]]);
    both([...CHINESE, CHINESE[0]]);
    both(['one line']);
    both([]);
  });

  it('on random mixes of prose and closing lines', () => {
    let s = 4343;
    const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = [...PROSE, ...PROSE, ...CLOSING, ...GERMAN_PARAGRAPHS, ...CHINESE];
    for (let n = 0; n < 300; n++) {
      const lines = Array.from({ length: 2 + Math.floor(next() * 30) }, () => pool[Math.floor(next() * pool.length)]);
      both(lines);
    }
  });

  it('classes a line only when it is read, each once, and reads as an array', () => {
    const classed: number[] = [];
    const blocks = classedWhenRead(4, (i) => (classed.push(i), { cls: 'short', why: `${i}`, headlineLike: false, weight: i, features: {} as never }));
    expect(blocks.length).toBe(4);
    expect(blocks[2].why).toBe('2');
    blocks[2].weight = -5;
    expect(blocks[2].weight).toBe(-5);
    expect(classed).toEqual([2]);
    expect(blocks[4]).toBeUndefined();
    expect((blocks as unknown as Record<string, unknown>)['01']).toBeUndefined();
    expect(blocks.map((b) => b.why)).toEqual(['0', '1', '2', '3']);
    expect(classed).toEqual([2, 0, 1, 3]);
  });
});

describe("a line's word count and stopword share, read alone", () => {
  it("are blockFeatures' own for a line of 15 words or more, in any language, its directional marks and far words included", () => {
    const lines = [
      ...PROSE,
      ...CLOSING,
      ...GERMAN_PARAGRAPHS,
      ...CHINESE,
      `\u200f  ${PROSE[0]} \u200e`,
      `${PROSE[1]} ${PROSE[2]} ${PROSE[3]}`,
      `${'word '.repeat(70)}the of and to in`,
      `${GERMAN_PARAGRAPHS.join(' ')} <a href="https://x.example/">link</a> www.example.org`,
      'Le conseil municipal a voté mardi soir la rénovation de la vieille halle du port, plutôt que sa démolition prévue depuis des années.',
    ];
    let compared = 0;
    for (const line of lines) {
      const language = detectLanguage(line);
      const whole = blockFeatures(line, language);
      const alone = stopwordShare(line, language, 15);
      expect(alone.words, line).toBe(whole.words);
      if (whole.words >= 15) {
        expect(alone.stopwordShare, line).toBe(whole.stopwordShare);
        if (!Number.isNaN(whole.stopwordShare)) compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
