/**
 * Where a tag ends in a page's raw text, read as the HTML tokenizer reads it: at the first `>` outside
 * its attributes' quoted values. A `>` or a `<script>` inside `title="…"` is the value's, not markup:
 * a scan for the next `<` or `>` took it for the page's own (running-scripts.ts then read a script a
 * browser never saw). One pass over the tag, each quoted value skipped by one search: linear. A tag
 * with no quote before its first `>` (most of a page's) ends there, found by one search: the reader
 * keeps where the next quotes are, so a page of many tags is searched for them once. Reads a page's
 * text or its bytes in an ASCII-compatible encoding (the byte cutter, html-raw-text.ts): quotes, `>`
 * and `/` are single bytes there.
 */

const SLASH = 0x2f;
const GT = 0x3e;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** A page's text, or its bytes (a Buffer). */
export type PageText = string | Buffer;

/** What tagEnd reads of a page: a character (or byte), and the quote that closes a value. */
interface PageReader {
  code(i: number): number;
  /** The index of the next `quote` from `from`; -1 if none. */
  closing(quote: number, from: number): number;
}

/** A text's values skipped by one search each (a string's indexOf is cheap). */
class TextReader implements PageReader {
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  code(i: number): number {
    return this.text.charCodeAt(i);
  }
  closing(quote: number, from: number): number {
    return this.text.indexOf(quote === QUOTE ? '"' : "'", from);
  }
}

/** Bytes read one by one: a Buffer's indexOf costs a call into the runtime, more than most values' few bytes. */
class BytesReader implements PageReader {
  private readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }
  code(i: number): number {
    return this.bytes[i] ?? NaN;
  }
  closing(quote: number, from: number): number {
    const bytes = this.bytes;
    for (let i = from; i < bytes.length; i++) if (bytes[i] === quote) return i;
    return -1;
  }
}

const readerOf = (text: PageText): PageReader => (typeof text === 'string' ? new TextReader(text) : new BytesReader(text));

/** The index of the `>` that ends the tag, -1 when the text ends first (the parser then drops the tag); and whether it closes itself (`<svg/>`). */
export interface TagEnd {
  close: number;
  selfClosing: boolean;
}

/** HTML's whitespace in a tag: space, tab, line feed, form feed, carriage return. */
export const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
/** An ASCII letter, what opens a tag's name. */
export const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** The index of `char` from `from`, -2 when the text has none left (so it is never searched for again). */
function nextOrNone(text: PageText, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? -2 : at;
}

/** The tokenizer's states inside a tag, from its name on (the HTML standard's names). */
const State = {
  TagName: 0,
  BeforeAttributeName: 1,
  AttributeName: 2,
  AfterAttributeName: 3,
  BeforeAttributeValue: 4,
  UnquotedValue: 5,
  AfterQuotedValue: 6,
  SelfClosing: 7,
} as const;

/** Reads the ends of a text's tags, in the text's order. */
export class TagEnds {
  private readonly text: PageText;
  private readonly reader: PageReader;
  private quote = -1;
  private apostrophe = -1;
  /** The last `from` asked: one behind it makes the quotes be searched again. */
  private from = 0;

  constructor(text: PageText) {
    this.text = text;
    this.reader = readerOf(text);
  }

  /** The end of the tag whose name starts at `from` (right after `<` or `</`); mostly asked in the text's order. */
  at(from: number): TagEnd {
    const text = this.text;
    const gt = text.indexOf('>', from);
    if (gt === -1) return { close: -1, selfClosing: false };
    if (from < this.from) this.quote = this.apostrophe = -1;
    this.from = from;
    if (this.quote !== -2 && this.quote < from) this.quote = nextOrNone(text, '"', from);
    if (this.apostrophe !== -2 && this.apostrophe < from) this.apostrophe = nextOrNone(text, "'", from);
    const quoted = (this.quote >= 0 && this.quote < gt) || (this.apostrophe >= 0 && this.apostrophe < gt);
    // No value can hide the `>`; only a `/` right before it may close the tag itself.
    if (!quoted && this.reader.code(gt - 1) !== SLASH) return { close: gt, selfClosing: false };
    return tagEnd(text, from, this.reader);
  }
}

/**
 * The index of the `>` that ends the tag whose name starts at `from` in a page's bytes, -1 when they
 * end first: the byte cutter's (html-raw-text.ts), which reads every tag of a page. Read by a plain loop
 * (most tags are a few dozen bytes: no search call, no cached quotes), each value skipped whole when its
 * quote plainly opens one (opensValue); any other quote is left to the tokenizer's states (tagEnd).
 */
export function tagCloseInBytes(bytes: Buffer, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === GT) return i;
    if (c !== QUOTE && c !== APOSTROPHE) continue;
    if (!opensValue(bytes, from, i)) return tagEnd(bytes, from).close;
    let closing = i + 1;
    while (closing < bytes.length && bytes[closing] !== c) closing++;
    if (closing === bytes.length) return -1;
    i = closing;
  }
  return -1;
}

/**
 * Whether the quote at `at` (a tag's name starting at `from`, every quote before it known) surely opens
 * a value, read backwards: a space, then a name with no "=", "/" or quote in it, then "=" (spaces around it
 * allowed), and no "=" before that space, where the name would be an unquoted value's (`b= c="d"`).
 * False is no answer: the caller reads the tag through the tokenizer's states.
 */
function opensValue(bytes: Buffer, from: number, at: number): boolean {
  let i = at - 1;
  while (i > from && isSpace(bytes[i])) i--;
  if (bytes[i] !== EQUALS) return false;
  i--;
  while (i > from && isSpace(bytes[i])) i--;
  while (i > from && !isSpace(bytes[i])) {
    const b = bytes[i];
    if (b === EQUALS || b === QUOTE || b === APOSTROPHE || b === SLASH) return false;
    i--;
  }
  // i is the space before the name; the tag's own name, or a value's "=" before it, is no such space.
  if (i <= from) return false;
  while (i > from && isSpace(bytes[i])) i--;
  return bytes[i] !== EQUALS;
}

/** The end of the tag whose name starts at `from` (right after `<` or `</`). */
export function tagEnd(text: PageText, from: number, reader: PageReader = readerOf(text)): TagEnd {
  let state: number = State.TagName;
  let i = from;
  while (i < text.length) {
    const c = reader.code(i);
    switch (state) {
      case State.TagName:
        if (isSpace(c)) state = State.BeforeAttributeName;
        else if (c === SLASH) state = State.SelfClosing;
        else if (c === GT) return { close: i, selfClosing: false };
        i++;
        break;
      case State.BeforeAttributeName:
        if (isSpace(c)) i++;
        else if (c === SLASH || c === GT) state = State.AfterAttributeName;
        else {
          // "=" here opens an attribute's name ("<a =x>"), not a value.
          state = State.AttributeName;
          i++;
        }
        break;
      case State.AttributeName:
        if (isSpace(c) || c === SLASH || c === GT) state = State.AfterAttributeName;
        else {
          if (c === EQUALS) state = State.BeforeAttributeValue;
          i++;
        }
        break;
      case State.AfterAttributeName:
        if (isSpace(c)) i++;
        else if (c === SLASH) {
          state = State.SelfClosing;
          i++;
        } else if (c === EQUALS) {
          state = State.BeforeAttributeValue;
          i++;
        } else if (c === GT) return { close: i, selfClosing: false };
        else state = State.AttributeName;
        break;
      case State.BeforeAttributeValue:
        if (isSpace(c)) i++;
        else if (c === QUOTE || c === APOSTROPHE) {
          const closing = reader.closing(c, i + 1);
          if (closing === -1) return { close: -1, selfClosing: false };
          i = closing + 1;
          state = State.AfterQuotedValue;
        } else if (c === GT) return { close: i, selfClosing: false };
        else state = State.UnquotedValue;
        break;
      case State.UnquotedValue:
        if (isSpace(c)) state = State.BeforeAttributeName;
        else if (c === GT) return { close: i, selfClosing: false };
        i++;
        break;
      case State.AfterQuotedValue:
        if (isSpace(c)) {
          state = State.BeforeAttributeName;
          i++;
        } else if (c === SLASH) {
          state = State.SelfClosing;
          i++;
        } else if (c === GT) return { close: i, selfClosing: false };
        else state = State.BeforeAttributeName;
        break;
      case State.SelfClosing:
        if (c === GT) return { close: i, selfClosing: true };
        state = State.BeforeAttributeName;
        break;
    }
  }
  return { close: -1, selfClosing: false };
}
