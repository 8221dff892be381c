/**
 * The prune pass's parser (lib/html/prune/html-parser.ts): the fast tokenizer skips characters that cannot change
 * its state, and every callback must still come with the same arguments, in the same order, as
 * htmlparser2's own; the parser that keeps only some attributes gives the same events otherwise.
 */
import { describe, expect, it } from 'vitest';
import { Parser, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { FastTokenizer, KeptAttributesParser } from '../../scripts/ingest/lib/html/prune/html-parser.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const CALLBACKS = ['onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration', 'onend', 'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag', 'ontext', 'ontextentity'] as const;

/** Every callback the tokenizer makes on `html`, written in one piece or in several (or in the pieces given). */
function tokens(Kind: typeof Tokenizer, html: string | string[], chunks = 1): string[] {
  const seen: string[] = [];
  const cbs = Object.fromEntries(CALLBACKS.map((name) => [name, (...args: unknown[]) => void seen.push(`${name}(${args.join(',')})`)])) as unknown as TokenizerCallbacks;
  const tokenizer = new Kind({ decodeEntities: true }, cbs);
  if (typeof html === 'string') {
    const size = Math.ceil(html.length / chunks);
    for (let at = 0; at < html.length; at += size) tokenizer.write(html.slice(at, at + size));
  } else for (const piece of html) tokenizer.write(piece);
  tokenizer.end();
  return seen;
}

/** What the Parser hands its handler, with the given tokenizer; attributes only those in `keep`, if given. */
function parsed(Kind: typeof Tokenizer, html: string, keep?: Set<string>, filterHere = false): string[] {
  const seen: string[] = [];
  const handler = {
    onopentag: (name: string, attribs: Record<string, string>) => {
      const shown = filterHere && keep ? Object.fromEntries(Object.entries(attribs).filter(([k]) => keep.has(k))) : attribs;
      seen.push(`<${name} ${JSON.stringify(shown)}>`);
    },
    ontext: (text: string) => void seen.push(JSON.stringify(text)),
    onclosetag: (name: string) => void seen.push(`</${name}>`),
    oncomment: (text: string) => void seen.push(`<!--${text}-->`),
  };
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: Kind };
  const parser = keep && !filterHere ? new KeptAttributesParser(handler, options, keep) : new Parser(handler, options);
  parser.write(html);
  parser.end();
  return seen;
}

const NASTY = [
  '',
  'plain text, no markup at all',
  '<p>Fish &amp; chips &lt;b&gt; &copy 2019 &#169; &#xA9; &notanentity; & alone &amp</p>',
  '<a href="/x?a=1&amp;b=2&c=3" title=\'it&apos;s "quoted"\' data-x=unquoted&amp;>link</a>',
  '<div class="a" id=\'b\' hidden>text<br/>more<img src="x.png" alt="a > b"></div>',
  '<p>An unclosed <b>tag and an unclosed "quote <a href="x>y',
  '<title>A &amp; B <b>not a tag</b></title><textarea>x &lt; y</textarea><script>if (a < b && c) {}</script>',
  '<!-- a comment with < and & and "quotes" --><!doctype html><![CDATA[x]]><?php echo 1 ?>',
  '<p>text ending in an ampersand &',
  '<p title="value ending in an ampersand &',
  'a < b & c > d << && "" \'\' <> </> <a =b> <a b=""c> <a b=\'\'c>',
  '中文新闻 &amp; 日本語 <p lang="ko">한국어 &hellip; “curly” quotes</p> 😀 &#128512;',
  '<svg><text x="1">In SVG &amp; out</text></svg><math><mi>x</mi></math>',
  '&'.repeat(50) + '<'.repeat(5) + '"'.repeat(5) + '&amp;'.repeat(20),
  // The stretches the tokenizer passes over to one character (fastForwardTo): scripts' and styles' content
  // with "<" and "</" that end nothing, comments with lone and double dashes, declarations, processing
  // instructions, CDATA, and each left open at the end of the page.
  '<script>a<b; x</scr; y</script <p>"</script><style>a</b>{}</style >t<script>if(a<b)',
  '<!-- a - b -- c --!> d --><!-x-><!---><!-- -- ->t<!doctype html x="<>"><?xml a="?>" ?>u<![CDATA[ ] ]] ]]>v<!-- open',
  '<style>never closed <p>text</p>',
  '<?never closed',
  '<!doctype never closed',
];

/** Random strings over the characters the tokenizer reacts to, and a few it does not (deterministic). */
function* fuzz(count: number): Generator<string> {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = ['<', '>', '&', '"', "'", '=', '/', '!', '-', ';', '#', 'x', 'a', 'p', ' ', '\n', 'amp', 'lt;', '<p ', '</p>', '<a href="', '&#1', 'é', '中', '<!--', '-->', 'script', 'title', '<title>', '</title>', '<script>', '</script>', '<style>', '</style>', '<?', '?', ']]>', '<![CDATA['];
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = 1 + Math.floor(random() * 60);
    for (let j = 0; j < length; j++) s += pieces[Math.floor(random() * pieces.length)];
    yield s;
  }
}

describe('the fast tokenizer', () => {
  it('makes the same callbacks as htmlparser2 on nasty markup, in one piece or in chunks', () => {
    for (const html of NASTY) {
      expect(tokens(FastTokenizer, html), html).toEqual(tokens(Tokenizer, html));
      expect(tokens(FastTokenizer, html, 3), html).toEqual(tokens(Tokenizer, html, 3));
    }
  });

  it('makes the same callbacks when a piece written is the same text as the one before', () => {
    // Where the next "<" or "&" is was remembered per piece: a piece equal to the last one is
    // still a new piece, read from its start.
    const piece = '<p>one &amp; two</p>\n    <p>three</p>   ';
    for (const pieces of [[piece, piece, piece], [piece, '', piece], ['x', piece, piece, 'y'], ['a & b', 'a & b']]) {
      expect(tokens(FastTokenizer, pieces), pieces.join('|')).toEqual(tokens(Tokenizer, pieces));
    }
  });

  it('makes the same callbacks on 3,000 random strings of markup characters', () => {
    for (const html of fuzz(3000)) expect(tokens(FastTokenizer, html), html).toEqual(tokens(Tokenizer, html));
  });

  it('gives the Parser the same elements, attributes and text', () => {
    for (const html of NASTY) expect(parsed(FastTokenizer, html)).toEqual(parsed(Tokenizer, html));
  });

  it('keeps only the attributes asked for, each as the full parser reads it (entities decoded, the first of two)', () => {
    const keep = new Set(['class', 'href', 'title', 'b', 'a', 'x']);
    const pages = [...NASTY, '<a HREF="x&amp;y" data-src="&lt;" Class=one class=two title b=\'&quot;\' c>t</a>', ...fuzz(2000)];
    for (const html of pages) expect(parsed(FastTokenizer, html, keep), html).toEqual(parsed(Tokenizer, html, keep, true));
    expect(parsed(FastTokenizer, '<a href="x&amp;y" data-src="z" CLASS=one class=two>t</a>', keep)[0]).toBe('<a {"href":"x&y","class":"one"}>');
  });

  it('reads a page nested 400,000 elements deep in linear time, its text whole and in order', () => {
    // htmlparser2 shifts and unshifts its open elements at the front of an array: each start and end
    // tag cost the whole depth, seconds for 200,000 nested <div>s and hours for 20 MB of them.
    const depth = 400_000;
    const html = `${'<div>'.repeat(depth)}<p>First paragraph.</p><p>Second paragraph.</p>${'</div>'.repeat(depth)}<footer>After.</footer>`;
    let events: string[] = [];
    expect(cpuSeconds(() => (events = parsed(Tokenizer, html, new Set())))).toBeLessThan(10);
    // Past the bound each paragraph is an element of its own, one open at a time (html-parser.ts, MAX_OPEN_ELEMENTS).
    const texts = events.filter((e) => e.startsWith('"')).map((e) => JSON.parse(e) as string);
    expect(texts.join(' ').replace(/\s+/g, ' ').trim()).toBe('First paragraph. Second paragraph. After.');
    expect(events.filter((e) => e.startsWith('<p')).length).toBe(2);
    // Every element opened is closed, and the page's end comes back to the top: <footer> is no <div>'s child.
    expect(events.filter((e) => e.startsWith('<') && !e.startsWith('</')).length).toBe(events.filter((e) => e.startsWith('</')).length);
    expect(events.at(-3)).toMatch(/^<footer/);
  });

  it('reads a page of many ampersands and no tags in linear time', () => {
    const html = `<p>${'& '.repeat(200_000)}</p><a title="${'&x'.repeat(100_000)}">`;
    const seconds = cpuSeconds(() => {
      expect(tokens(FastTokenizer, html).length).toBe(tokens(Tokenizer, html).length);
    });
    expect(seconds).toBeLessThan(10);
  });
});
