/**
 * htmlparser2's parser, the same events for less work.
 *
 * FastTokenizer: htmlparser2's tokenizer, the same tokens. With entity decoding on, it looks at every
 * character of text and of quoted attribute values one at a time, through its state switch, though
 * only a few of them can change anything: in text "<" and "&", in a quoted value its closing quote and
 * "&". Here, on any other character, it jumps straight to the next one that can: every callback
 * comes with the same arguments in the same order (tests/ingest/html-parser.test.ts), so the
 * Parser above it builds the same elements.
 *
 * Each position found is remembered until the tokenizer passes it, so a page of many "&" and few "<"
 * (or the reverse) is still read in one linear pass per character searched for.
 *
 * KeptAttributesParser: a Parser whose start tags carry only the attributes its handler reads. A
 * page's tags are mostly attributes nobody reads (data-*, src, srcset, on* handlers…); the parser
 * still reads past them, but copies, decodes and stores none of them.
 */
import { Parser, Tokenizer, type Handler, type ParserOptions } from 'htmlparser2';
import { isKindOfBlock } from '../article/html-blocks.ts';

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The fields and states of Tokenizer this reads or replaces (private in its typings, public at run time). */
export interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
  /**
   * The buffer searched (by its offset in the input: a piece written may be the same text as the
   * one before, and is still read from its start), and per character code searched for, where its
   * next one is (buffer.length: none).
   */
  searchedOffset: number;
  nextFound: number[];
}

const CHARACTERS = Array.from({ length: 64 }, (_, code) => String.fromCharCode(code));

/** The buffer index of the first `code` (below 64) at or after `from` (buffer.length if none), remembered. */
export function nextOf(t: TokenizerInternals, code: number, from: number): number {
  if (t.searchedOffset !== t.offset) {
    t.searchedOffset = t.offset;
    t.nextFound.fill(-1);
  }
  const known = t.nextFound[code];
  if (known >= from) return known;
  const found = t.buffer.indexOf(CHARACTERS[code], from);
  const at = found === -1 ? t.buffer.length : found;
  t.nextFound[code] = at;
  return at;
}

export class FastTokenizer extends Tokenizer {
  constructor(...args: ConstructorParameters<typeof Tokenizer>) {
    super(...args);
    // Set here, not on first use: a field added mid-parse changes the tokenizer's hidden class and
    // throws away its optimised state loop.
    const self = this as unknown as TokenizerInternals;
    self.searchedOffset = 0;
    // Indexed by character code: the characters searched for are all below 64.
    self.nextFound = Array.from({ length: 64 }, () => -1);
  }
}

const base = Tokenizer.prototype as unknown as TokenizerInternals;
const fast = FastTokenizer.prototype as unknown as TokenizerInternals;

fast.stateText = function (this: TokenizerInternals, c: number) {
  if (c === LT || c === AMP || !this.decodeEntities) return base.stateText.call(this, c);
  // The state loop moves on one character after this returns: stop just before the next that matters.
  const from = this.index - this.offset + 1;
  this.index = Math.min(nextOf(this, LT, from), nextOf(this, AMP, from)) + this.offset - 1;
};

fast.handleInAttributeValue = function (this: TokenizerInternals, c: number, quote: number) {
  if (c === quote || c === AMP || !this.decodeEntities || (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE)) return base.handleInAttributeValue.call(this, c, quote);
  const from = this.index - this.offset + 1;
  this.index = Math.min(nextOf(this, quote, from), nextOf(this, AMP, from)) + this.offset - 1;
};

/**
 * How the tokenizer passes over a script's or a style's content (to the next "<"), a comment's (to its
 * next "-"), a declaration's or a processing instruction's (to ">"): htmlparser2 reads there one
 * character at a time in a loop of its own; a native search for the same character stops at the same
 * index. A page's shown text (lib/html/prune/html-shown-text.ts) is read with its scripts and styles,
 * half of a saved page's bytes.
 */
fast.fastForwardTo = function (this: TokenizerInternals, c: number) {
  const found = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (found !== -1) {
    this.index = found + this.offset;
    return true;
  }
  // As htmlparser2's loop leaves it: the state loop moves on one character after this returns.
  this.index = this.buffer.length + this.offset - 1;
  return false;
};

/** The Parser's attribute state (private in its typings, public at run time). */
interface ParserInternals {
  attribname: string;
  attribvalue: string;
  endIndex: number;
  keptAttributes: ReadonlySet<string>;
  skippingAttribute: boolean;
  attribs: Record<string, string> | null;
  /** The open elements, innermost first. */
  stack: string[];
  startIndex: number;
  openTagStart: number;
  tagname: string;
  isVoidElement(name: string): boolean;
  /** Closes the innermost open element (shifts it off the stack, emits its close). */
  popElement(implied: boolean): void;
  cbs: Partial<Handler>;
  emitOpenTag(name: string): void;
  onattribname(start: number, endIndex: number): void;
  onattribdata(start: number, endIndex: number): void;
  onattribentity(codepoint: number): void;
  onattribend(quote: number, endIndex: number): void;
}

export class KeptAttributesParser extends Parser {
  /** `keep`: the attribute names (as the parser reports them: lower-cased) start tags carry. */
  constructor(handler: Partial<Handler>, options: ParserOptions, keep: ReadonlySet<string>) {
    super(handler, options);
    const self = this as unknown as ParserInternals;
    self.keptAttributes = keep;
    self.skippingAttribute = false;
  }
}

const parserBase = Parser.prototype as unknown as ParserInternals;
const kept = KeptAttributesParser.prototype as unknown as ParserInternals;

/**
 * A start tag's attributes come in a dictionary object with no prototype: every tag's object then has
 * the same hidden class whatever attributes it holds and in whatever order, so the handler reading
 * them is optimised once (a plain object per combination of attributes made it megamorphic).
 */
/**
 * The most elements open at once. htmlparser2 keeps its open elements in an array it unshifts and
 * shifts at the front, so each start and end tag costs the whole depth: a hostile page of 200,000
 * nested <div>s took seconds, 20 MB of them hours. Deeper than this, a start tag is ignored as
 * htmlparser2 ignores a second <form> (no open event; its end tag closes the nearest open element
 * of its name, or nothing), and its text goes to the element above, as the DOM does deeper than its
 * own MAX_DEPTH (lib/html/prune/html-dom.ts, 400): far deeper than any real page. An ignored paragraph,
 * heading, list item or line break is set apart by a space, so its first sentence does not run into
 * the text before it ("said.The"); an ignored <div> is not (a space for each of 200,000 nested
 * <div>s would be 200,000 texts). But a paragraph, heading, item or quote (a block of a kind of its
 * own) takes one place past the limit, ending the one there before it: the paragraphs at the bottom
 * of 100,000 nested boxes were read as one, and now each is an element of its own (which the DOM
 * builds flat: html-dom.ts FlatBlock), while the stack stays one longer than the limit at most.
 */
export const MAX_OPEN_ELEMENTS = 1_000;

kept.emitOpenTag = function (this: ParserInternals, name: string) {
  if (this.stack.length >= MAX_OPEN_ELEMENTS && !this.isVoidElement(name) && isKindOfBlock(name.toUpperCase())) {
    if (this.stack.length > MAX_OPEN_ELEMENTS) this.popElement(true);
    this.cbs.ontext?.(' ');
  } else if (this.stack.length >= MAX_OPEN_ELEMENTS && !this.isVoidElement(name)) {
    this.openTagStart = this.startIndex;
    this.tagname = '';
    if (isKindOfBlock(name.toUpperCase())) this.cbs.ontext?.(' ');
    return;
  }
  parserBase.emitOpenTag.call(this, name);
  if (this.attribs) this.attribs = Object.create(null) as Record<string, string>;
};
kept.onattribname = function (this: ParserInternals, start: number, endIndex: number) {
  parserBase.onattribname.call(this, start, endIndex);
  this.skippingAttribute = !this.keptAttributes.has(this.attribname);
};
kept.onattribdata = function (this: ParserInternals, start: number, endIndex: number) {
  if (!this.skippingAttribute) parserBase.onattribdata.call(this, start, endIndex);
};
kept.onattribentity = function (this: ParserInternals, codepoint: number) {
  if (!this.skippingAttribute) parserBase.onattribentity.call(this, codepoint);
};
kept.onattribend = function (this: ParserInternals, quote: number, endIndex: number) {
  if (!this.skippingAttribute) return parserBase.onattribend.call(this, quote, endIndex);
  this.endIndex = endIndex;
  this.attribvalue = '';
};
