/**
 * A page that never closes its <head> (no `</head>`, no `<body>`): a browser's parser ends the head at
 * the first start tag that has no place in it, and shows the rest (lib/html/prune/head-ends.ts). Read
 * as all head, such a page had no text at all: skipped, its headline lost with it. Pages written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { startTagEndsHead } from '../../scripts/ingest/lib/html/prune/head-ends.ts';
import { shownText } from '../../scripts/ingest/lib/html/prune/html-shown-text.ts';

const HEADLINE = 'Glacier survey finds faster spring melt';
const PARAGRAPHS = [
  'A survey of forty glaciers found that their spring melt began eleven days earlier than it did two decades ago, the institute said on Tuesday.',
  'The researchers measured the ice with drones and ground stations over three seasons, and compared the readings with records kept since the 1990s.',
  'They said the earlier melt leaves rivers lower in late summer, when farms downstream need the water most.',
];
const ARTICLE = `<div class="story"><h1>${HEADLINE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
const HEAD = `<title>${HEADLINE} - Example Science</title><meta name="description" content="${PARAGRAPHS[0]}">`;

function recordOf(html: string) {
  return processArticle('glacier.html', new TextEncoder().encode(html), [], new Report('glacier.html'));
}

describe('a <head> the page never closes', () => {
  it('ends at the first element that has no place in a head: the article after it is read', () => {
    const html = `<html><head>${HEAD}<noscript><div class="banner"><a href="/">Scripts are off</a></div></noscript>\n${ARTICLE}</html>`;
    const record = recordOf(html);
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  it('its <h1> is read as the page shows it', () => {
    expect(prunePage(`<html><head>${HEAD}${ARTICLE}</html>`).meta.h1).toEqual([HEADLINE]);
  });

  it('a <noscript> in the head hides its own tags, not the page after it', () => {
    const { meta, textChars } = prunePage(`<html><head>${HEAD}<noscript><div>Enable scripts</div></noscript><link rel="stylesheet" href="/s.css">${ARTICLE}</html>`);
    expect(meta.h1).toEqual([HEADLINE]);
    expect(textChars).toBe(HEADLINE.length + PARAGRAPHS.join('').length);
  });

  it('the head\'s own elements leave it open (guard): their text is never the body\'s', () => {
    for (const name of ['meta', 'link', 'title', 'script', 'style', 'noscript', 'base', 'template']) expect(startTagEndsHead(name)).toBe(false);
    for (const name of ['div', 'h1', 'p', 'table', 'a', 'span']) expect(startTagEndsHead(name)).toBe(true);
    const { meta, textChars } = prunePage(`<html><head><title>${HEADLINE}</title><style>p{color:red}</style><script>var x = 1;</script></head><body>${ARTICLE}</body></html>`);
    expect(meta.title).toBe(HEADLINE);
    expect(textChars).toBe(HEADLINE.length + PARAGRAPHS.join('').length);
  });
});

describe("a <head> the page never closes, in the page's shown text (lib/html/prune/html-shown-text.ts)", () => {
  const DAY_LINE = '<div class="when">May 25, 2023</div>';

  it('shows what follows the first element that has no place in a head', () => {
    const html = `<html><head>${HEAD}<noscript><div class="banner">Scripts are off</div></noscript>\n${DAY_LINE}${ARTICLE}</html>`;
    expect(shownText([html]).split('\n')).toEqual(['May 25, 2023', HEADLINE, ...PARAGRAPHS]);
  });

  it('so the date line under the headline dates a page none of whose fields does', () => {
    // In an aside beside the article, where only the shown text reads it (as tests/ingest/dates-html-shown-text.test.ts).
    const aside = '<aside><p class="article-day">May 25, 2023</p><p>Written By Ann Lee</p></aside>';
    const html = `<html><head>${HEAD}<main><h1>${HEADLINE}</h1><div class="grid">${aside}<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></div></main></html>`;
    expect(recordOf(html).date).toMatchObject({ date: '2023-05-25', source: 'page-text' });
  });

  it("the head's own elements show nothing, closed or left open (guard)", () => {
    const head = `<title>${HEADLINE} - Example Science</title><style>p{color:red}</style><script>var shown = false;</script><noscript>Enable scripts</noscript><meta name="description" content="About glaciers"><link rel="icon" href="/i.png">`;
    const closed = shownText([`<html><head>${head}</head><body>${ARTICLE}</body></html>`]);
    expect(closed.split('\n')).toEqual([HEADLINE, ...PARAGRAPHS]);
    expect(shownText([`<html><head>${head}${ARTICLE}</html>`])).toBe(closed);
    expect(shownText([`<html><head>${head}`])).toBe('');
  });
});
