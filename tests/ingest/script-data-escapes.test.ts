/**
 * A script's text ends where a browser ends it (lib/html/read/script-data.ts): a script that opens
 * `<!--` and writes `<script>…</script>` inside it runs on past that `</script>`. htmlparser2 and the
 * byte cutter ended it there, and the rest of the script (a template's headline, date, byline and
 * paragraphs) became the page's. Every page here is written for the test; each expectation marked
 * "Chromium" is what Chromium 156 gave for the same page (document.scripts' text, body.innerText,
 * document.title), JavaScript off as the bench renders.
 */
import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { ScriptData, scriptTextEnd } from '../../scripts/ingest/lib/html/read/script-data.ts';
import { withoutScriptsAndStyles } from '../../scripts/ingest/lib/html/read/html-raw-text.ts';
import { decodeHtmlPieces } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { shownText } from '../../scripts/ingest/lib/html/prune/html-shown-text.ts';
import { ScriptDataTokenizer } from '../../scripts/ingest/lib/html/prune/script-data-tokenizer.ts';
import { runningScriptBodies } from '../../scripts/ingest/lib/html/read/running-scripts.ts';
import { nextStreamPayload } from '../../scripts/ingest/lib/html/read/next-stream.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import '../../scripts/ingest/stages/html.ts';

const cut = (html: string) => Buffer.from(withoutScriptsAndStyles(Buffer.from(html, 'utf8'))).toString('utf8');
/** The text of a script that starts right at the start of `text`, as the byte reader ends it; null if it never ends. */
const scriptText = (text: string) => {
  const end = scriptTextEnd(Buffer.from(text, 'latin1'), 0);
  return end === -1 ? null : text.slice(0, end);
};

// A template in a script's string: what a browser never shows.
const TEMPLATE = '<h1>Ferry Timetable Template Heading</h1><a rel=author href=/people/x>Template Writer</a><time datetime=1999-01-01>1 Jan 1999</time><p>A template paragraph inside the script that no reader of the page ever sees on the screen.</p>';
const ARTICLE =
  '<article><h1>Harbour Ferries Add a Late Crossing</h1><p class="byline">By <a rel="author" href="/people/ana">Ana Lind</a></p><time datetime="2021-03-04T10:00:00Z">4 March 2021</time>' +
  '<p>The harbour authority added a crossing at eleven at night, after shift workers asked for a way home from the docks.</p>' +
  '<p>The new boat runs on weekdays only, and the authority will count its passengers for three months before deciding.</p></article>';
const ESCAPED_SCRIPT = `<script>\n<!--\ndocument.write("<SCRIPT type=text/javascript src='/ads.js'></SCRIPT>");\nvar card = '${TEMPLATE}';\n// --></script>`;
const PAGE = `<html><head><title>Harbour Ferries Add a Late Crossing</title></head><body>${ESCAPED_SCRIPT}${ARTICLE}</body></html>`;

describe("a script's text, read through its escapes", () => {
  it('ends where Chromium ends it', () => {
    // Chromium: each script's text.
    const cases: [string, string | null][] = [
      ['<!--<script></script>--></script><p>x', '<!--<script></script>-->'],
      ['<!--<script></script></script><p>x', '<!--<script></script>'],
      ['<!-- <script> --> </script><p>x', '<!-- <script> --> '],
      ['<!-- var a = 1; </script><p>x', '<!-- var a = 1; '],
      ['<!--></script><p>x', '<!-->'],
      ['<!--<scripts></script><p>x', '<!--<scripts>'],
      ['a--> b; c <!- d</script><p>x', 'a--> b; c <!- d'],
      ['<!--<script></script><p>never closed', null],
      ['<!--<SCRIPT type=x>a</SCRIPT >b</Script\t><p>x', '<!--<SCRIPT type=x>a</SCRIPT >b'],
      ['if (a<b) x("</scripts>")</script>', 'if (a<b) x("</scripts>")'],
    ];
    for (const [text, expected] of cases) expect(scriptText(text), text).toBe(expected);
  });

  it('keeps its place when read one character at a time across pieces', () => {
    const reader = new ScriptData();
    const text = '<!--<script>a</script>--></script>';
    const ends = [...text].map((c) => reader.step(c.charCodeAt(0)));
    expect(ends.indexOf(true)).toBe(text.length - 1);
  });
});

describe('the byte cutter', () => {
  it('cuts a script that writes a script inside an escape whole, to the end tag a browser ends it at', () => {
    expect(cut(PAGE)).toBe(`<html><head><title>Harbour Ferries Add a Late Crossing</title></head><body>${ARTICLE}</body></html>`);
    expect(cut('<p>a</p><script><!--<script></script>--></script><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('cuts escaped scripts that end as a plain search ends them as before (the guard)', () => {
    expect(cut('<script><!-- var a = 1; </script><p>b</p>')).toBe('<p>b</p>');
    expect(cut('<script><!--></script><p>b</p>')).toBe('<p>b</p>');
    expect(cut('<script><!-- <script> --> </script><p>b</p>')).toBe('<p>b</p>');
    expect(cut('<script>a--> b; c <!- d</script><p>b</p>')).toBe('<p>b</p>');
    expect(cut('<p>a</p><script src="x.js"></script><p>b</p><style>p{}</style>')).toBe('<p>a</p><p>b</p>');
  });

  it('stops cutting at a script the page never ends, which the parser then reads as a browser does', () => {
    const page = '<p>Kept before.</p><script><!--<script></script><p>Hidden to the end.</p>';
    expect(cut(page)).toBe(page);
    const body = prunePage(decodeHtmlPieces(Buffer.from(page), { withoutScripts: true }).pieces).document.body as unknown as { textContent: string };
    // Chromium: innerText "Kept before."
    expect(body.textContent).toBe('Kept before.');
  });

  it("keeps a title's and an <xmp>'s text whole, what it spells is text; cuts what an iframe, a text area… holds", () => {
    // Chromium: document.title "A <script>b</script> c"; the <xmp> shows its text.
    for (const page of ['<title>A <script>b</script> c</title><p>x</p>', '<xmp><script>x</script><nav>n</nav></xmp><p>x</p>']) expect(cut(page), page).toBe(page);
    expect(cut('<title>Tips <footer> design</title><p>x</p><footer>f</footer>')).toBe('<title>Tips <footer> design</title><p>x</p>');
    // The prune pass drops these with their text (a script in it is text): the tags stay.
    expect(cut('<textarea><script>x</script><aside>y</aside></textarea><p>x</p>')).toBe('<textarea></textarea><p>x</p>');
    expect(cut('<IFRAME src="a.html"><style>a{}</style></IFRAME ><p>x</p>')).toBe('<IFRAME src="a.html"></IFRAME ><p>x</p>');
    expect(cut('<noembed><script>x</script></noembed><noframes><footer>f</footer></noframes>')).toBe('<noembed></noembed><noframes></noframes>');
    // All that follows a <plaintext> is its text.
    expect(cut('<script>a</script><plaintext><script>x</script><p>after</p>')).toBe('<plaintext><script>x</script><p>after</p>');
  });

  it('passes a text element as a plain tag, as before, where it may be no element: self-closed, left open, in a value', () => {
    // An inline SVG's <title/> has no text: the nav around it ends at its own end tag.
    expect(cut('<nav><svg><title/><path/></svg><a>m</a></nav><p>x</p>')).toBe('<p>x</p>');
    expect(cut('<p>a</p><iframe src="x" /><script>s</script><p>b</p>')).toBe('<p>a</p><iframe src="x" /><p>b</p>');
    expect(cut('<p>a</p><textarea>left open<script>s</script><p>b</p>')).toBe('<p>a</p><textarea>left open<p>b</p>');
    // An <iframe> written in a <meta>'s value opens nothing: the scripts after it are cut.
    expect(cut('<meta content=\'<iframe src="v.html"\' /><script>s</script><p>b</p>')).toBe('<meta content=\'<iframe src="v.html"\' /><p>b</p>');
    // An iframe's attribute that holds a page (srcdoc) is the tag's: read to the tag's end, quotes respected.
    expect(cut('<iframe srcdoc="<script>a()</script>"></iframe><p>b</p>')).toBe('<iframe srcdoc="<script>a()</script>"></iframe><p>b</p>');
  });

  it("ends a section at its own end tag, not at one in a script's, a style's or a text area's text", () => {
    // Chromium: "Menu link" is the <nav>'s, and the nav is cut whole.
    for (const inside of ['<script>var a = "</nav>";</script>', '<style>/* </nav> */</style>', '<textarea></nav></textarea>', '<script><!--<script></script></nav>--></script>']) {
      expect(cut(`<nav>${inside}<a href="/">Menu link</a></nav><p>Body.</p>`), inside).toBe('<p>Body.</p>');
    }
    // A JSON-LD script in a navigation or a footer keeps it, as before, and one in an aside does not
    // (the prune pass reads none in an element it drops); an <svg>'s <style> holds markup.
    const jsonLd = '<footer><script type="application/ld+json">{}</script></footer>';
    expect(cut(jsonLd)).toBe(jsonLd);
    expect(cut('<aside><script type="application/ld+json">{}</script><p>Related</p></aside><p>x</p>')).toBe('<p>x</p>');
    expect(cut('<p>a<svg><style>.b{}</style><path/></svg>c</p>')).toBe('<p>ac</p>');
  });
});

describe('the cut page', () => {
  it('gives the prune pass the same page and metadata as the whole page', () => {
    const page = `<html><head><title>T</title>${ESCAPED_SCRIPT}</head><body><textarea><p>typed</p></textarea><iframe><p>frame</p><script>x</script></iframe>
<noembed><p>no plug-in</p></noembed><nav><style>/* </nav> */</style><a>m</a></nav>${ARTICLE}<xmp><b>shown</b></xmp></body></html>`;
    const bytes = new TextEncoder().encode(page);
    const whole = prunePage(decodeHtmlPieces(bytes).pieces);
    const cutPage = prunePage(decodeHtmlPieces(bytes, { withoutScripts: true }).pieces);
    expect(cutPage.meta).toEqual(whole.meta);
    const html = (p: typeof whole) => (p.document.body as unknown as { innerHTML: string }).innerHTML;
    expect(html(cutPage)).toBe(html(whole));
    expect(html(cutPage)).not.toMatch(/Template|typed|frame|plug-in|m<\/a>/);
  });
});

describe('the prune pass and the shown text, on the whole page', () => {
  const pieces = (page: string) => decodeHtmlPieces(Buffer.from(page)).pieces;

  it("read no headline, date, byline or text from a script's escaped template", () => {
    const { meta, document } = prunePage(pieces(PAGE));
    expect(meta.h1).toEqual(['Harbour Ferries Add a Late Crossing']);
    expect(meta.times).toEqual([{ datetime: '2021-03-04T10:00:00Z', text: '4 March 2021' }]);
    expect((document.body as unknown as { textContent: string }).textContent).not.toMatch(/Template|var card/);
    // Chromium: innerText starts with the article's headline.
    expect(shownText(pieces(PAGE)).split('\n')[0]).toBe('Harbour Ferries Add a Late Crossing');
  });

  it('read a JSON-LD block whose string holds an escaped script whole', () => {
    const block = '{"@type":"NewsArticle","articleBody":"see <!-- <script>a()</script> --> here","datePublished":"2021-03-04"}';
    const { meta } = prunePage(pieces(`<html><head><script type="application/ld+json">${block}</script></head><body><p>x</p></body></html>`));
    expect(meta.jsonLd).toEqual([block]);
  });

  it('drop what <noembed> and <noframes> hold, which browsers do not show', () => {
    // Chromium: innerText "Body." alone.
    const page = '<body><noembed><p>No plug-in</p></noembed><noframes><p>No frames</p></noframes><p>Body.</p></body>';
    expect((prunePage(pieces(page)).document.body as unknown as { textContent: string }).textContent).toBe('Body.');
    expect(shownText(pieces(page))).toBe('Body.');
  });
});

describe("the tokenizer's script text", () => {
  /** Each script's text as the parser hands it on, the page written in pieces of `size` characters. */
  function scriptTexts(page: string, size: number): string[] {
    const texts: string[] = [];
    let inScript = false;
    const parser = new Parser(
      {
        onopentag: (name) => {
          inScript = name === 'script';
          if (inScript) texts.push('');
        },
        ontext: (text) => void (inScript && (texts[texts.length - 1] += text)),
        onclosetag: () => void (inScript = false),
      },
      { decodeEntities: true, Tokenizer: ScriptDataTokenizer },
    );
    for (let at = 0; at < page.length; at += size) parser.write(page.slice(at, at + size));
    parser.end();
    return texts;
  }

  it('is the byte reader’s, in one piece or in pieces of any size', () => {
    let seed = 4242;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bits = ['<', '!', '-', '--', '<!--', '-->', '>', '/', ' ', 'a', 'script', 'SCRIPT', '<script>', '</script', '</script>', '<script ', '<scriptx>', '</scr', 'x'];
    for (let n = 0; n < 800; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 14);
      for (let j = 0; j < length; j++) text += bits[Math.floor(random() * bits.length)];
      const expected = scriptText(`${text}</script>`);
      // The parser's script text runs to the page's end when the bytes say the script never ends.
      const page = `<script>${text}</script><p>after</p>`;
      for (const size of [page.length, 1, 2, 3, 7]) {
        const got = scriptTexts(page, size)[0] ?? '';
        expect(got, `${JSON.stringify(text)} in pieces of ${size}`).toBe(expected ?? page.slice('<script>'.length));
      }
    }
  });
});

describe('the HTML path, end to end', () => {
  it("takes the article's headline, date, author and paragraphs, none of the script's template", () => {
    const record = processSeed('a.html', Buffer.from(PAGE), []).record!;
    expect(record.title).toBe('Harbour Ferries Add a Late Crossing');
    expect(record.date?.date).toBe('2021-03-04');
    expect(record.author).toBe('Ana Lind');
    expect(record.paragraphs.map((p) => p.text)).toEqual([
      'The harbour authority added a crossing at eleven at night, after shift workers asked for a way home from the docks.',
      'The new boat runs on weekdays only, and the authority will count its passengers for three months before deciding.',
    ]);
  });

  it('reads a page whose scripts have no escapes as before (the guard)', () => {
    const page = `<html><head><title>T</title><script>var s = "<div>";</script><script><!-- var a = 1; //--></script></head><body>${ARTICLE}</body></html>`;
    const record = processSeed('a.html', Buffer.from(page), []).record!;
    expect(record.title).toBe('Harbour Ferries Add a Late Crossing');
    expect(record.date?.date).toBe('2021-03-04');
    expect(record.paragraphs).toHaveLength(2);
  });
});

describe('the scripts a browser runs (lib/html/read/running-scripts.ts)', () => {
  it("read a script through its escapes: a push written in an escaped script's string is that script's text", () => {
    const push = '<script>self.__next_f.push([1,"2:T5,hello"])</script>';
    const page = `<script><!-- document.write('${push}'); --></script><p>x</p>`;
    // Chromium: one script, whose text holds the push.
    expect([...runningScriptBodies(page)].map(([s, e]) => page.slice(s, e))).toEqual([`<!-- document.write('${push}'); -->`]);
    expect(nextStreamPayload(page).text).toBe('');
    // Without the escape, the push after the script's end is a script of its own (the guard).
    const plain = `<script>a()</script>${push}`;
    expect([...runningScriptBodies(plain)]).toHaveLength(2);
  });
});
