/**
 * Where a page's scripts that a browser would run hold their code, found in its raw text: the content
 * of each `<script>` element outside comments and outside elements whose content is text or inert
 * (`<noscript>` as read with scripting on, `<template>`, `<textarea>`, `<title>`, `<style>`, …). A
 * `self.__next_f.push(…)` in a comment, a `<noscript>` or a `<textarea>` never ran, and is hidden from
 * the reader: read as the page's streamed data (next-stream.ts), its text became the article's body.
 * So does a script whose type is no script's (`text/template`, `application/json`): a data block.
 *
 * The elements that change how the rest is read are followed as the HTML parser follows them:
 * - a `<template>` holds markup, `<template>`s too: only its own end tag closes it, and nothing in it runs;
 * - inside `<svg>` and `<math>` (foreign content) `<style>`, `<title>` and `<textarea>` hold markup,
 *   not text (a comment opened there hides what follows), a CDATA section is text, a `<script>` in
 *   `<math>` is no script, and one in `<svg>` runs the text its markup parses to: read only when
 *   that is its raw text (no `<` or `&` in it). HTML comes back inside `foreignObject`, `desc`, an
 *   svg `title` and MathML's text elements (`mi`, `mtext`, …), and at a tag that leaves foreign
 *   content (`<p>`, `<div>`, …);
 * - a tag ends at its first `>` outside its attributes' quoted values (tag-end.ts); `<!…>`, `<?…>`
 *   and `</` before no letter are bogus comments to their `>`.
 * - a script ends where a browser ends it, through its own escapes (`<!--<script></script>-->` inside
 *   it: script-data.ts).
 * Not followed: `annotation-xml` (read as foreign content: its scripts are not read), `<font>` leaving
 * foreign content.
 *
 * One pass with plain searches, each from where the last one stopped, so the reading is linear in the
 * page however its tags are cut, left open or nested; an element left open runs to the page's end (as
 * the parser reads it), a comment left open too.
 */
import { TagEnds, isAsciiLetter, isSpace } from './tag-end.ts';
import { scriptTextEnd } from './script-data.ts';

/** Elements whose content is text (or, for `<noscript>`, inert) to their own end tag: a script inside is text, or never runs. */
const RAW_TEXT = ['script', 'noscript', 'textarea', 'title', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'];
/** The longest name looked for ('annotation-xml', 'foreignobject'): a longer name is none of them. */
const NAME_CHARS = 16;
/** Start tags that end foreign content (the HTML standard's list, `<font>` left out). */
const LEAVES_FOREIGN = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(' '),
);
/**
 * HTML's own elements that hold others, none a name svg or MathML uses (not `a`, `title`, `script`,
 * `style`, `font`): their end tag inside foreign content closes the open one of that name around it,
 * and the foreign content with it (an `<svg>` or `<math>` left open inside a `<div>`).
 */
const HTML_CONTAINERS = new Set([
  ...LEAVES_FOREIGN,
  ...'address article aside button details fieldset figcaption figure footer form header html label main nav section summary tbody td tfoot th thead tr'.split(' '),
]);
/** Elements inside foreign content whose content is HTML again. */
const HTML_INSIDE: Record<string, Set<string>> = { svg: new Set(['foreignobject', 'desc', 'title']), math: new Set(['mi', 'mo', 'mn', 'ms', 'mtext']) };


/** A script's type, as its tag gives it (the attributes after its name). */
const TYPE = /(?:^|\s)type\s*=\s*["']?([^"'\s>]*)/i;
/** Types a browser runs as a script (the classic JavaScript types and modules); data blocks and templates are never run. */
const RUN_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:javascript|ecmascript|jscript|livescript)(?:1\.\d)?)$/i;
const runs = (attributes: string) => RUN_TYPE.test(TYPE.exec(attributes)?.[1] ?? '');

/** The end of a comment opened at `at` (`<!--`), or the text's end: `<!-->` and `<!--->` end at once. */
function commentEnd(text: string, at: number): number {
  if (text.startsWith('>', at + 4)) return at + 5;
  if (text.startsWith('->', at + 4)) return at + 6;
  const end = text.indexOf('-->', at + 4);
  return end === -1 ? text.length : end + 3;
}

/** Whether the end tag `</name` (any case, then a space, `/`, `>` or the text's end) stands at `at`. */
function isEndTagAt(text: string, name: string, at: number): boolean {
  const after = at + 2 + name.length;
  if (!text.startsWith('</', at) || text.slice(at + 2, after).toLowerCase() !== name) return false;
  const c = text.charCodeAt(after);
  return after >= text.length || isSpace(c) || c === 0x2f || c === 0x3e;
}

/** The index of the end tag `</name` from `from`, or -1. */
function endTagAt(text: string, name: string, from: number): number {
  for (let at = text.indexOf('</', from); at !== -1; at = text.indexOf('</', at + 2)) if (isEndTagAt(text, name, at)) return at;
  return -1;
}

/** The index of the end tag of a script whose text starts at `from`, or -1: a plain search, unless the text opens an escape first. */
function scriptEndAt(text: string, from: number): number {
  const end = endTagAt(text, 'script', from);
  // Searched in the script's text only (a substring is a view): a search to the page's end for each script would cost their product.
  return end !== -1 && text.slice(from, end).includes('<!--') ? scriptTextEnd(text, from) : end;
}

/** An open element that changes how what follows is read. */
interface Open {
  name: string;
  /** A template (nothing runs inside), foreign content (`svg`, `math`) or HTML inside it (`foreignobject`, `mi`, …). */
  kind: 'template' | 'foreign' | 'html';
  /** The foreign content's language: which of its elements hold HTML, whether its `<script>` is one. */
  ns: 'svg' | 'math' | null;
}

/** The open elements that matter, with each name's places kept so an end tag finds its element in one step. */
class OpenElements {
  private readonly stack: Open[] = [];
  private readonly places = new Map<string, number[]>();
  templates = 0;

  get top(): Open | undefined {
    return this.stack.at(-1);
  }

  push(element: Open): void {
    let places = this.places.get(element.name);
    if (!places) this.places.set(element.name, (places = []));
    places.push(this.stack.length);
    this.stack.push(element);
    if (element.kind === 'template') this.templates++;
  }

  /** The place of the innermost open `name`, -1 when none is open. */
  innermost(name: string): number {
    return this.places.get(name)?.at(-1) ?? -1;
  }

  /** Closes the element at `place` and every one inside it. */
  closeFrom(place: number): void {
    while (this.stack.length > place) {
      const element = this.stack.pop()!;
      this.places.get(element.name)!.pop();
      if (element.kind === 'template') this.templates--;
    }
  }

  /** Leaves foreign content: closes its elements up to the HTML around it. */
  leaveForeign(): void {
    let place = this.stack.length;
    while (place > 0 && this.stack[place - 1].kind === 'foreign') place--;
    this.closeFrom(place);
  }
}

/** Each script's content that would run, as [start, end) of `text`, in the page's order. */
export function* runningScriptBodies(text: string): Generator<[number, number]> {
  const open = new OpenElements();
  const tags = new TagEnds(text);
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt === -1) return;
    const inForeign = open.top?.kind === 'foreign';
    const next = text.charCodeAt(lt + 1);
    if (text.startsWith('<!--', lt)) {
      at = commentEnd(text, lt);
      continue;
    }
    if (inForeign && text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      at = end === -1 ? text.length : end + 3;
      continue;
    }
    const isEnd = next === 0x2f;
    const nameStart = lt + (isEnd ? 2 : 1);
    if (next === 0x21 || next === 0x3f || (isEnd && !isAsciiLetter(text.charCodeAt(nameStart)))) {
      // A bogus comment (`<!DOCTYPE …>`, `<?xml …>`, `</ …>`): to its `>`, markup nowhere inside.
      const end = text.indexOf('>', lt + 2);
      at = end === -1 ? text.length : end + 1;
      continue;
    }
    if (!isAsciiLetter(text.charCodeAt(nameStart))) {
      at = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < text.length && nameEnd - nameStart <= NAME_CHARS && !isSpace(text.charCodeAt(nameEnd)) && text.charCodeAt(nameEnd) !== 0x2f && text.charCodeAt(nameEnd) !== 0x3e) nameEnd++;
    const name = nameEnd - nameStart > NAME_CHARS ? '' : text.slice(nameStart, nameEnd).toLowerCase();
    const { close, selfClosing } = tags.at(nameStart);
    // A tag the text ends inside is dropped, and the page with it.
    if (close === -1) return;
    at = close + 1;
    if (isEnd) {
      closeElement(open, name, inForeign);
      continue;
    }
    if (inForeign) {
      if (LEAVES_FOREIGN.has(name)) {
        // The tag is read again as HTML's, outside the foreign content it ended.
        open.leaveForeign();
        at = lt;
      } else if (selfClosing) continue;
      else if (name === 'svg' || name === 'math') open.push({ name, kind: 'foreign', ns: name });
      else if (HTML_INSIDE[open.top!.ns!].has(name)) open.push({ name, kind: 'html', ns: open.top!.ns });
      else if (name === 'script' && open.top!.ns === 'svg' && open.templates === 0 && runs(text.slice(nameEnd, close))) {
        // Its markup parsed is its raw text only when it holds no tag, comment or character reference.
        const end = text.indexOf('<', at);
        const body = text.slice(at, end === -1 ? text.length : end);
        if (!body.includes('&') && (end === -1 || isEndTagAt(text, 'script', end))) yield [at, end === -1 ? text.length : end];
      }
      continue;
    }
    if (name === 'template') open.push({ name, kind: 'template', ns: null });
    else if ((name === 'svg' || name === 'math') && !selfClosing) open.push({ name, kind: 'foreign', ns: name });
    else if (RAW_TEXT.includes(name)) {
      const end = name === 'plaintext' ? -1 : name === 'script' ? scriptEndAt(text, at) : endTagAt(text, name, at);
      if (name === 'script' && open.templates === 0 && runs(text.slice(nameEnd, close))) yield [at, end === -1 ? text.length : end];
      // The end tag is read as one (its attributes may hold a `>`).
      at = end === -1 ? text.length : end;
    }
  }
}

/**
 * An end tag: it closes the innermost open element of its name, unless a template stands between (the
 * template's own end tag closes it whatever is open inside). Outside foreign content only the
 * innermost element can close so: an element that holds HTML inside foreign content stops any other.
 * Inside foreign content, an HTML container's end tag that closes none of it closes the HTML element
 * around it (the elements of HTML are not followed here: taken to be open), and so leaves it.
 */
function closeElement(open: OpenElements, name: string, inForeign: boolean): void {
  if (inForeign && (name === 'p' || name === 'br')) {
    open.leaveForeign();
    return;
  }
  const place = open.innermost(name);
  if (name === 'template' && place !== -1) open.closeFrom(place);
  else if (inForeign && place > open.innermost('template')) open.closeFrom(place);
  else if (inForeign && HTML_CONTAINERS.has(name)) open.leaveForeign();
  else if (!inForeign && place !== -1 && open.top?.name === name) open.closeFrom(place);
}
