/**
 * The byte cutter (lib/html/read/html-raw-text.ts) reads every tag to its end past its quoted values,
 * as a browser's tokenizer does (lib/html/read/tag-end.ts). It jumped from one "<" to the next, so a
 * `<script>`, `<style>`, `<nav>` or `</nav>` written inside an attribute's value was taken for the
 * page's own: the text after it was cut up to the next real `</script>` (or a section ended inside a
 * value, leaving the rest of the tag as text). Every page here is written for the test; each expectation
 * marked "Chromium" is what Chromium 156 showed for the same page (body.innerText, JavaScript off, as
 * the bench renders).
 */
import { describe, expect, it } from 'vitest';
import { withoutScriptsAndStyles } from '../../scripts/ingest/lib/html/read/html-raw-text.ts';
import { TagEnds, tagCloseInBytes, tagEnd } from '../../scripts/ingest/lib/html/read/tag-end.ts';
import { decodeHtml } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

const cut = (html: string) => Buffer.from(withoutScriptsAndStyles(Buffer.from(html, 'utf8'))).toString('utf8');
const bodyHtml = (page: ReturnType<typeof prunePage>) => (page.document.body as unknown as { innerHTML: string }).innerHTML;
/** The prune pass's page from the cut bytes and from the whole bytes: the cut must change nothing. */
function prunedBoth(html: string) {
  const bytes = new TextEncoder().encode(html);
  const whole = prunePage(decodeHtml(bytes).html);
  const cutPage = prunePage(decodeHtml(bytes, { withoutScripts: true }).html);
  return { whole: bodyHtml(whole), cut: bodyHtml(cutPage), wholeMeta: whole.meta, cutMeta: cutPage.meta };
}

const STORY = '<h1>Port Opens a Night Terminal</h1><p>The port opened its night terminal on Monday for lorries that arrive after ten.</p>';

describe('a tag written inside an attribute value, to the byte cutter', () => {
  it("is the value's: a <style> in a meta's content cuts nothing (Chromium shows both paragraphs)", () => {
    const page = `<html><head><meta name="twitter:card" content='<style>card</style> <style>'><title>T</title></head><body>${STORY}<style>.x{}</style><p>Second paragraph after the style.</p></body></html>`;
    const out = cut(page);
    expect(out).toContain('The port opened its night terminal');
    expect(out).toContain("content='<style>card</style> <style>'><title>T</title>");
    expect(out).not.toContain('.x{}');
    const pruned = prunedBoth(page);
    expect(pruned.cut).toBe(pruned.whole);
    expect(pruned.cutMeta).toEqual(pruned.wholeMeta);
  });

  it("is the value's: a <script> in a data attribute or a srcdoc cuts nothing (Chromium: 'One. Two. Three.')", () => {
    expect(cut('<div data-x="<script>"><p>One.</p></div><p>Two.</p><script>x()</script><p>Three.</p>')).toBe('<div data-x="<script>"><p>One.</p></div><p>Two.</p><p>Three.</p>');
    expect(cut('<p>a</p><amp-iframe srcdoc="<p>in</p><script>x()</script>" src="/f"></amp-iframe><style>p{}</style><p>b</p>')).toBe(
      '<p>a</p><amp-iframe srcdoc="<p>in</p><script>x()</script>" src="/f"></amp-iframe><p>b</p>',
    );
  });

  it("is the value's: a </nav> or </footer> in a link's title ends no section, and nothing of the tag is left as text", () => {
    expect(cut('<nav><a title="</nav>" href="/">Home</a><a href="/news">News</a></nav><p>Body of the page.</p>')).toBe('<p>Body of the page.</p>');
    expect(cut(`<nav><a title='x </nav> y' href="/">Home</a></nav><p>Body.</p><footer><span data-x="</footer>">Note</span></footer><p>End.</p>`)).toBe('<p>Body.</p><p>End.</p>');
    const pruned = prunedBoth('<nav><a title="</nav>" href="/">Home</a></nav><p>Body of the page, long enough to be read as the article.</p>');
    expect(pruned.cut).toBe(pruned.whole);
  });

  it('reads an end tag past its quoted values too (Chromium: "One. Two.")', () => {
    expect(cut('<p>One.</p><script>x()</script foo=">"><p>Two.</p>')).toBe('<p>One.</p><p>Two.</p>');
  });

  it('reads a quote where no value opens as a plain character, as a browser does (Chromium: the script has attributes src, ", type)', () => {
    expect(cut('<script src="a.js" " type="text/javascript">var hidden = 1;</script><p>Kept.</p><script>x()</script>')).toBe('<p>Kept.</p>');
    expect(cut('<div title=a"b><p>Quote in an unquoted value.</p></div><script>s()</script><p>End.</p>')).toBe('<div title=a"b><p>Quote in an unquoted value.</p></div><p>End.</p>');
  });

  it('is the value\'s: a "<!--" in an alt text opens no comment, so the scripts after it are cut', () => {
    expect(cut('<img alt="<!--" src="/a.png"><p>One.</p><script>x()</script><p>Two.</p><!-- c -->')).toBe('<img alt="<!--" src="/a.png"><p>One.</p><p>Two.</p><!-- c -->');
  });

  it("stops cutting at a value left open, which runs to the page's end (the parser drops the tag and all after it)", () => {
    expect(cut('<p>a</p><script>x()</script><div title="never closed><script>y()</script><p>b</p>')).toBe('<p>a</p><div title="never closed><script>y()</script><p>b</p>');
  });

  it('still cuts what stands outside values, and leaves a "<" that opens no tag alone (the guards)', () => {
    expect(cut('<p>If a < b then</p><script>x()</script><p>c</p>')).toBe('<p>If a < b then</p><p>c</p>');
    expect(cut('<div class=a><span id=b>x</span></div><style>.a{}</style><p>y</p>')).toBe('<div class=a><span id=b>x</span></div><p>y</p>');
  });
});

describe('TagEnds on bytes', () => {
  it('finds the same ends as on the text', () => {
    const text = `<a href="/x>y" title='it"s'>A</a><b>B</b><img src=a"b alt="<c>"/><i
class="x">I</i>`;
    const bytes = Buffer.from(text, 'latin1');
    const onText = new TagEnds(text);
    const onBytes = new TagEnds(bytes);
    for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
      const from = text[at + 1] === '/' ? at + 2 : at + 1;
      expect(onBytes.at(from)).toEqual(onText.at(from));
      expect(tagEnd(bytes, from)).toEqual(tagEnd(text, from));
    }
  });

  it("finds by its cheap loop the tokenizer's end for any tag, odd quotes and equals signs included", () => {
    // Tags made of the characters that steer the tokenizer, from a fixed seed (a linear congruential generator).
    const alphabet = ['a', 'b', '=', '"', "'", ' ', '/', '>', '<'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 20000; n++) {
      let text = 'x';
      const length = 1 + (next() % 14);
      for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
      text += '>';
      expect(tagCloseInBytes(Buffer.from(text, 'latin1'), 0), text).toBe(tagEnd(text, 0).close);
    }
    for (const text of ['a b="c>d">', 'a b = \'c>\'>', 'a b= c="d>e">', 'a x=y"z w="v>">', 'a ="x>">', 'a/b="x>">', 'a b="x"c="y>">'])
      expect(tagCloseInBytes(Buffer.from(text, 'latin1'), 0), text).toBe(tagEnd(text, 0).close);
  });

  it('answers rightly when asked behind where it was last asked', () => {
    const bytes = Buffer.from(`<a title=">">x</a><b title='>'>y</b>`, 'latin1');
    const ends = new TagEnds(bytes);
    expect(ends.at(19).close).toBe(30);
    expect(ends.at(1).close).toBe(12);
  });
});
