/**
 * A page with no <h1> whose <title> is only the site's name (an old template writes one <title> on every
 * page) and that names an element of its text its headline ("<span class=headline>"): that element is
 * the headline (lib/html/headline/marked-headline.ts, lib/html/headline/html-headline.ts). Pages written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

const HEADLINE = 'Ferry Crews Call Off Strike Before Holiday';
const SITE_TITLE = '<title>Harbor Post Online Edition: Breaking News</title>';
const PARAGRAPHS = [
  'PORT TOWN (AP) -- Ferry crews called off a strike planned for the holiday weekend on Friday, after the operator agreed to raise their pay and hire more deckhands, their union said.',
  'The strike would have stopped every crossing to the islands for three days, when more than forty thousand passengers were expected to travel.',
  'The operator said the new contract runs for three years and that the first new deckhands start work next month.',
];
const STORY = `<p class="body"><span class="headline">${HEADLINE}</span></p><p><span class="byline">By ANN LEE</span></p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;

const pageOf = (head: string, body: string) => `<html><head>${head}</head><body><table><tr><td>${body}</td></tr></table></body></html>`;
const headlineOf = (head: string, body: string) => readPageMeta(prunePage(pageOf(head, body)).meta, null).headline;
const recordOf = (html: string) => processArticle('ferry.html', new TextEncoder().encode(html), [], new Report('ferry.html'));

describe('the element a page names its headline, under a <title> that names only the site', () => {
  it('is the headline, and is not read again as the body\'s first paragraph', () => {
    const record = recordOf(pageOf(SITE_TITLE, STORY));
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs.map((p) => p.text)).not.toContain(HEADLINE);
    expect(record.paragraphs.map((p) => p.text)).toContain(PARAGRAPHS[0]);
  });

  it('is read by its class, its id or its itemprop, a part of a longer name too', () => {
    for (const attribute of ['class="story-headline big"', 'id="article_headline"', 'itemprop="headline"'])
      expect(prunePage(pageOf(SITE_TITLE, `<div ${attribute}>${HEADLINE}</div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`)).meta.markedHeadline).toBe(HEADLINE);
  });

  it("a teaser's headline (inside a link), a list named \"headlines\", a hidden one and an empty one are not read (guard)", () => {
    const teaser = '<a href="/other"><span class="headline">Storm closes the bridge</span></a>';
    const list = '<ul class="headlines"><li>Storm closes the bridge</li></ul>';
    const hidden = '<div class="headline" hidden>Storm closes the bridge</div><div class="headline"><img src="/a.png"></div>';
    expect(prunePage(pageOf(SITE_TITLE, `${teaser}${list}${hidden}`)).meta.markedHeadline).toBeUndefined();
    expect(prunePage(pageOf(SITE_TITLE, `${teaser}${list}${hidden}${STORY}`)).meta.markedHeadline).toBe(HEADLINE);
  });

  it('gives way to a <title> that tells the story, in any wording, to an <h1>, and to a share field (guard)', () => {
    // A <title> sharing the story's words is its headline, rewritten or not.
    expect(headlineOf('<title>Holiday ferry strike called off | Harbor Post</title>', STORY)).toBe('Holiday ferry strike called off');
    // An <h1> is the headline the page shows.
    expect(headlineOf(SITE_TITLE, `<h1>Crews end ferry dispute</h1>${STORY}`)).toBe('Crews end ferry dispute');
    // A share field states a headline: the vote stands.
    expect(headlineOf(`${SITE_TITLE}<meta property="og:title" content="Ferry strike off as crews win raise">`, STORY)).toBe('Ferry strike off as crews win raise');
  });
});
