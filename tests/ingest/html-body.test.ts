/**
 * The HTML path's article body on pages shaped as real sites ship them: content the markup hides or
 * misplaces though every browser shows it, an extractor that picks the wrong box, lists and tables
 * inside the article. Each page here is small and written for the test; each case failed before its
 * rule.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
  'Researchers welcomed the agreement, saying that long-term access to shared data sets was the most important part of the deal for their work on sea levels.',
];
const paragraphs = P.map((p) => `<p>${p}</p>`).join('\n');

const html = (body: string, head = '<title>EU and China expand climate research</title>') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const bodyOf = (page: string) => article(page, 'page.html').record.paragraphs.map((p) => p.text);

describe('content every browser shows though the markup hides or misplaces it', () => {
  it("reads a page streamed by React's server renderer, whose article waits in a hidden segment a script moves into place", () => {
    const page = html(
      `<header><a href="/">Home</a></header><main><template id="B:0"></template><p>Loading…</p></main>
<div hidden id="S:0"><article><h1>EU and China expand climate research</h1>${paragraphs}</article></div>
<script>$RC("B:0","S:0")</script>`,
    );
    expect(bodyOf(page)).toEqual(P);
  });

  it('puts each streamed segment where its placeholder stands, as the page script does (the order the reader sees)', () => {
    const page = html(
      `<main><article><h1>EU and China expand climate research</h1><p>${P[0]}</p><template id="B:0"></template><div>Loading…</div><p>${P[2]}</p><template id="P:1"></template></article></main>
<div hidden id="S:1"><p>${P[3]}</p></div><div hidden id="S:0"><p>${P[1]}</p></div>`,
    );
    // The segment's fallback ("Loading…") the script would remove is known only by the page's comments.
    expect(bodyOf(page).filter((p) => p !== 'Loading…')).toEqual(P);
  });

  it('still leaves out what a page hides for good (the hidden attribute on any other element)', () => {
    const page = html(`<main><article>${paragraphs}<div hidden id="S-share"><p>Share this article with your friends on every network you use today.</p></div></article></main>`);
    expect(bodyOf(page)).toEqual(P);
  });

  it('reads an article inside a side box or a menu the page forgot to close (a browser shows it)', () => {
    for (const landmark of ['aside', 'nav', 'footer']) {
      const page = html(
        `<${landmark} class="announcement-banner"><div><a href="/news"><span>Announcement: we joined a larger company</span></a></div>
<main><article><h1>EU and China expand climate research</h1>${paragraphs}</article></main>
<div class="site-footer"><a href="/privacy">Privacy</a></div></body></html>`,
      );
      expect(bodyOf(page), landmark).toEqual(P);
    }
    const wrapped = html(`<aside class="layout"><main><article><h1>EU and China expand climate research</h1>${paragraphs}</article></main></aside>`);
    expect(bodyOf(wrapped)).toEqual(P);
  });
});

/** Sixteen paragraphs of one long article, each its own. */
const LONG = Array.from({ length: 16 }, (_, i) => `${P[i % 4].replace(/\.$/, '')}, according to part ${i + 1} of the joint statement.`);
const DISCLOSURE =
  'Many of the offers that appear on this site are from companies from which we may receive financial compensation when a reader clicks on a link or when an account is opened. This compensation may impact how and where products appear on this site, including the order in which they appear. However, the information we publish has been written and evaluated by experts who know these products inside out, and we only recommend products we either use ourselves or endorse. This site does not include all companies or all available offers that are on the market today.';

describe('an extractor that trusts class names too far', () => {
  it('reads the article again without the class-name rules when they leave a box beside it (an <article> named "…-with-sidebar")', () => {
    const page = html(
      `<div class="disclosure-modal"><h2>Advertiser Disclosure</h2><p>${DISCLOSURE}</p></div>
<main><article class="full-width-template-with-sidebar"><h1>EU and China expand climate research</h1><div class="entry">${LONG.map((p) => `<p>${p}</p>`).join('\n')}</div></article></main>`,
    );
    const { record, report } = article(page, 'page.html');
    const body = record.paragraphs.map((p) => p.text);
    for (const p of LONG) expect(body).toContain(p);
    expect(report.entries.some((e) => e.rule === 'extractor-retried')).toBe(true);
  });

  it('keeps the first reading when it holds the article (no second reading on a plain page)', () => {
    const page = html(`<main><article><h1>EU and China expand climate research</h1>${LONG.map((p) => `<p>${p}</p>`).join('\n')}</article></main><div class="comments"><p>${DISCLOSURE}</p></div>`);
    const { record, report } = article(page, 'page.html');
    expect(record.paragraphs.map((p) => p.text)).toEqual(LONG);
    expect(report.entries.some((e) => e.rule === 'extractor-retried')).toBe(false);
  });
});

describe('boxes the page names as furniture', () => {
  it('keeps a list article whose items are each named a "slide": together they hold most of the article', () => {
    const items = LONG.slice(0, 6)
      .map((p, i) => `<div class="listicle-slide" id="slide-${i + 1}"><h2>${i + 1}. Project ${i + 1}</h2><p>${p}</p></div>`)
      .join('\n');
    const page = html(`<main><article><h1>EU and China expand climate research</h1><p>${P[0]}</p>${items}</article></main>`);
    const body = bodyOf(page);
    for (const p of LONG.slice(0, 6)) expect(body).toContain(p);
  });

  it('still leaves out one named box beside the article (a gallery of captions)', () => {
    const page = html(
      `<main><article><h1>EU and China expand climate research</h1>${LONG.slice(0, 6).map((p) => `<p>${p}</p>`).join('')}<div class="gallery"><p>The research vessel in the port of Qingdao before its first voyage with the joint team aboard.</p><p>Scientists from both regions at the signing of the agreement in Brussels on Tuesday morning.</p></div></article></main>`,
    );
    expect(bodyOf(page)).toEqual(LONG.slice(0, 6));
  });
});

describe('tables inside the article', () => {
  it('reads a data table row by row, its cells across (figures and all), and a layout table as paragraphs', () => {
    const table = `<table><thead><tr><th>Rank</th><th>University</th><th>Joint papers</th></tr></thead><tbody>
<tr><td>1</td><td><a href="/tsinghua">Tsinghua University</a></td><td>729</td></tr>
<tr><td>2</td><td>Peking University</td><td>3.6</td></tr></tbody></table>`;
    const page = html(`<main><article><h1>EU and China expand climate research</h1><p>${P[0]}</p>${table}<p>${P[1]}</p></article></main>`);
    expect(bodyOf(page)).toEqual([P[0], 'Rank | University | Joint papers', '1 | Tsinghua University | 729', '2 | Peking University | 3.6', P[1]]);
    const layout = html(`<table><tr><td><a href="/">Home</a></td><td><h1>EU and China expand climate research</h1>${paragraphs}</td></tr></table>`);
    expect(bodyOf(layout)).toEqual(P);
  });
});

describe('collapsed parts of the article', () => {
  it("reads an accordion's panels, collapsed until the reader opens them (a toggle names each)", () => {
    const panels = LONG.slice(0, 3)
      .map((p, i) => `<div class="accordion"><a role="button" aria-controls="panel-${i}" aria-expanded="false"><span>Step ${i + 1}</span></a><div id="panel-${i}" style="display:none;" role="region"><p>${p}</p></div></div>`)
      .join('\n');
    const page = html(`<main><article><h1>EU and China expand climate research</h1>${paragraphs}${panels}</article></main>`);
    const body = bodyOf(page);
    for (const p of [...P, ...LONG.slice(0, 3)]) expect(body).toContain(p);
  });

  it('still leaves out a hidden element no toggle opens', () => {
    const page = html(`<main><article><h1>EU and China expand climate research</h1>${paragraphs}<div id="popup" style="display:none"><p>${LONG[5]}</p></div></article></main>`);
    expect(bodyOf(page)).toEqual(P);
  });
});
