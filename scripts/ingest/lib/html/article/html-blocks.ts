/**
 * An extracted article's DOM → the record's body blocks, in reading order: paragraphs, sub-headings,
 * list items, quotes, preformatted text and table cells each become one block of plain text. Only
 * text is read (never attributes, never markup), so nothing of the page can run or leak as code.
 * Works on any DOM that has nodeType/nodeName/childNodes/textContent (linkedom's here).
 */
import { boxLabel } from './readability-labels.ts';
import { fitsLabel } from '../furniture/html-furniture.ts';
import { countWords } from '../../page-text/language/text.ts';
import { upperCaseTag } from '../prune/tag-name-case.ts';
import { listNumbering, type ListNumbering } from './list-numbers.ts';
import { verbatimLines } from './verbatim-lines.ts';
import type { ListStep, ShownShape } from '../../../types.ts';

/** `cell`: a cell read as a block of its own (a layout table's); `row`: a data table's row read across (walkRow). */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'pre' | 'cell' | 'row' | 'caption';

export interface HtmlBlock extends ShownShape {
  kind: BlockKind;
  text: string;
  /** Why the block is page furniture though the extractor kept it (lib/html/furniture/html-furniture.ts). */
  furniture?: string;
  /** Share of the block's characters inside links to other pages (counted only with `furniture`). */
  linkShare?: number;
  /** Share of the block's characters inside links to places on the page itself ("#section-2"; counted only with `furniture`). */
  localLinkShare?: number;
  /** Read inside a <figure> (counted only with `furniture`): a short line there is its picture's credit (lib/html/furniture/figure-credit.ts). */
  inFigure?: true;
  /** A data table's row of one cell across its columns (isSpanningRow): shown as a row of that table. */
  spansRow?: true;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
  parentNode?: DomNode | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK']);

const KIND: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'item',
  DT: 'item',
  DD: 'item',
  BLOCKQUOTE: 'quote',
  PRE: 'pre',
  TD: 'cell',
  TH: 'cell',
  // A picture's caption (lib/html/furniture/html-furniture.ts leaves it out); a table's <caption> names its
  // table, as a heading names its section, and stays with it.
  FIGCAPTION: 'caption',
  CAPTION: 'heading',
};

const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6, CAPTION: 7 };

/** Elements that start and end a block though they have no kind of their own. */
const BREAKS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FORM', 'FIELDSET', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'UL', 'OL', 'DL', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER', 'BODY', 'HTML',
]);

/** Is an element (its tag name, upper case) a block of a kind of its own (a paragraph, a heading, a list item…), or a line break? */
export const isKindOfBlock = (name: string): boolean => Object.hasOwn(KIND, name) || name === 'BR';
/** Does an element (its tag name, upper case) start a block, of a kind of its own or not (a <div>)? */
export const startsBlock = (name: string): boolean => isKindOfBlock(name) || BREAKS.has(name);

const ELEMENT = 1;
const TEXT = 3;

/**
 * Every run of whitespace made one space: `text.replace(/\s+/g, ' ')`. Most of a page's text nodes
 * have only single spaces, which that replace copies anyway; those are returned as they are.
 * NOT_SINGLE_SPACED finds a whitespace character other than a space, or two spaces: what
 * `/\s\s|[^\S ]/` finds (two whitespace characters in a row are two spaces or hold another one), in
 * one class test at most characters instead of two (~9 % less time on a page's text nodes).
 */
const NOT_SINGLE_SPACED = /[^\S ]|  /;
export function singleSpaced(text: string): string {
  return NOT_SINGLE_SPACED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * A block's text with runs of spaces, tabs and no-break spaces made one space and the spaces around
 * its line breaks dropped, trimmed; the replaces run only where they change something.
 */
const SPACE_RUN = /[\t\r\f\u00a0]| {2}/;
const SPACE_AT_BREAK = / \n|\n /;
/**
 * Either of the two: one scan tells most blocks (single-spaced text nodes, lines without a space at
 * their break) that neither replace has anything to do, in place of a scan for each.
 */
const SPACE_RUN_OR_AT_BREAK = /[\t\r\f\u00a0]| [ \n]|\n /;
export function spacedLines(text: string): string {
  if (!SPACE_RUN_OR_AT_BREAK.test(text)) return text.trim();
  let out = SPACE_RUN.test(text) ? text.replace(/[ \t\r\f\u00a0]+/g, ' ') : text;
  if (SPACE_AT_BREAK.test(out)) out = out.replace(/ ?\n ?/g, '\n');
  return out.trim();
}

const CELL_SEPARATOR = ' | ';
const CELLS = new Set(['TD', 'TH']);

/**
 * A row whose cells hold only words (no paragraphs, lists or tables of their own): a row of figures or
 * names, read across. A layout table's cells hold the page's paragraphs, and stay blocks of their own.
 */
function isDataRow(row: DomNode): boolean {
  let cells = 0;
  for (let i = 0; i < row.childNodes.length; i++) {
    const cell = row.childNodes[i];
    if (cell.nodeType !== ELEMENT) continue;
    if (!CELLS.has(upperCaseTag(cell.nodeName)) || !holdsOnlyWords(cell)) return false;
    cells++;
  }
  return cells >= 2;
}

/**
 * A row of one cell of words across two columns or more (colspan) beside a data table's rows: a note
 * between them ("* The cabinet lost its vote"), read across as a row of that table, so the table is
 * shown whole and not cut in two at the note. A layout table's banner has no data row beside it and
 * stays a block of its own.
 */
function isSpanningRow(row: DomNode, groups: Map<DomNode, boolean>): boolean {
  let cell: DomNode | null = null;
  for (let i = 0; i < row.childNodes.length; i++) {
    const child = row.childNodes[i];
    if (child.nodeType !== ELEMENT) continue;
    if (cell || !CELLS.has(upperCaseTag(child.nodeName)) || !holdsOnlyWords(child)) return false;
    cell = child;
  }
  if (!cell || !(Number(cell.getAttribute?.('colspan')) >= 2)) return false;
  // The row itself, of one cell, is no data row: any data row among its siblings is another.
  return !!row.parentNode && holdsDataRow(row.parentNode, groups);
}

/**
 * Whether a row group holds a data row, asked once per group and walk (`groups`, one blocksOf's: the
 * DOM may change between walks): a table of 9,000 note rows read every row again for each (25 s).
 */
function holdsDataRow(group: DomNode, groups: Map<DomNode, boolean>): boolean {
  let known = groups.get(group);
  if (known === undefined) {
    known = false;
    for (let i = 0; i < group.childNodes.length && !known; i++) {
      const other = group.childNodes[i];
      known = other.nodeType === ELEMENT && upperCaseTag(other.nodeName) === 'TR' && isDataRow(other);
    }
    groups.set(group, known);
  }
  return known;
}

function holdsOnlyWords(node: DomNode): boolean {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child.nodeType !== ELEMENT) continue;
    const name = upperCaseTag(child.nodeName);
    if (KIND[name] || BREAKS.has(name) || name === 'BR' || !holdsOnlyWords(child)) return false;
  }
  return true;
}

/**
 * `furniture`: mark the blocks of elements labelled as furniture (lib/html/furniture/html-furniture.ts). An element
 * holding most of the article's text is the article, whatever its label says.
 */
export function blocksOf(root: DomNode, options: { furniture?: boolean } = {}): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let buffer = '';
  let kind: BlockKind = 'paragraph';
  let furniture: string | null = null;
  const articleChars = options.furniture ? (root.textContent ?? '').length : 0;
  // Characters of the buffer inside links, and the link depth of the walk.
  let linked = 0;
  let inLink = 0;
  let localLinked = 0;
  let inLocalLink = 0;
  // The first <article> of the extract and its length: a later, much shorter one beside it is
  // another story's teaser the extractor took along with its siblings.
  let firstStory = -1;
  let inStory = 0;
  // Whether the list being read is numbered (<ol>): its items show their numbers on the article's page.
  let ordered = false;
  // The level of the heading being read (<h2>: 2); a table's <caption> is under every heading.
  let level = 0;
  // The cells of the row being read (walkRow), kept with its block when its text is theirs, joined.
  let row: { cells: string[]; header: boolean; spans: boolean } | null = null;
  // Whether each row group read holds a data row (isSpanningRow), for this walk.
  const rowGroups = new Map<DomNode, boolean>();
  // How deep in <blockquote>s the walk is: the blocks read there are quoted; whether the next starts a quote.
  let quotes = 0;
  let quoteOpened = false;
  // How deep in <figure>s the walk is (figure-credit.ts reads the lines there).
  let figures = 0;
  // The numbers of the <ol> being read (list-numbers.ts), and the number of the item being read.
  let numbering: ListNumbering | null = null;
  let itemNumber: number | undefined;
  // Inside a <pre>: the text read since the last block as written, a new segment at each <br> (verbatim-lines.ts).
  let pres = 0;
  let raw: string[] = [];
  // The list items the walk is in, outermost first (a new array per item: a block keeps the one it was read in);
  // the list being read (<ol>, <ul>, <dl>) and how deep in quotes it starts; how deep in quotes the innermost item starts.
  let listPath: ListStep[] | undefined;
  let list: { id: number; quotes: number } | null = null;
  let itemQuotes = 0;
  let lists = 0;
  let items = 0;
  // Each list's last item so far, for a list written directly inside it (no <li> around it).
  const lastItems = new Map<number, ListStep>();

  const flush = () => {
    const text = spacedLines(buffer);
    if (text) {
      // Only a marked walk records the share (and trims the buffer for it).
      const linkShare = articleChars ? Math.min(1, linked / Math.max(1, buffer.trim().length)) : 0;
      const push = (line: string, verbatim: string | undefined) => {
        const block: HtmlBlock = { kind, text: line };
        if (furniture) block.furniture = furniture;
        if (kind === 'item' && ordered) block.ordered = true;
        if (kind === 'heading' && level) block.level = level;
        if (quotes) block.quoted = true;
        // Two quotes one under the other (two people's posts) stay two.
        if (quotes && quoteOpened) {
          block.quoteStart = true;
          quoteOpened = false;
        }
        if (kind === 'item' && ordered && itemNumber !== undefined) block.number = itemNumber;
        if (verbatim !== undefined) block.verbatim = verbatim;
        if (listPath) block.listPath = listPath;
        if (kind === 'row' && row && row.cells.join(CELL_SEPARATOR) === line) {
          block.cells = row.cells;
          if (row.header) block.headerRow = true;
          if (row.spans) block.spansRow = true;
        }
        if (articleChars) {
          if (figures) block.inFigure = true;
          block.linkShare = linkShare;
          block.localLinkShare = Math.min(1, localLinked / Math.max(1, buffer.trim().length));
        }
        blocks.push(block);
      };
      // A block of one line (most): spacedLines trimmed it already, and there is nothing to split.
      const lines = text.includes('\n') ? text.split(/\n+/).map((line) => line.trim()).filter(Boolean) : [text];
      // A <pre>'s lines as written (verbatim-lines.ts): only to be shown, their text as every block's.
      const written = pres ? verbatimLines(raw, lines) : undefined;
      for (let i = 0; i < lines.length; i++) push(lines[i], written?.[i]);
    }
    buffer = '';
    linked = 0;
    localLinked = 0;
    if (pres) raw = [''];
  };

  /** An element whose every block is furniture, for `reason`: its text is a block of its own, apart from the text around it. */
  const walkAsFurniture = (node: DomNode, inherited: BlockKind, reason: string) => {
    flush();
    furniture = reason;
    walkElement(node, inherited);
    flush();
    furniture = null;
  };

  const walk = (node: DomNode, inherited: BlockKind) => {
    if (articleChars && furniture === null && inStory === 0 && node.nodeType === ELEMENT && upperCaseTag(node.nodeName) === 'ARTICLE') {
      const chars = (node.textContent ?? '').length;
      if (firstStory === -1) firstStory = chars;
      else if (chars < firstStory / 2) return walkAsFurniture(node, inherited, 'another story (a shorter <article> after the first)');
      inStory++;
      walkElement(node, inherited);
      inStory--;
      return;
    }
    if (articleChars && furniture === null && node.nodeType === ELEMENT) {
      const box = boxLabel(node);
      if (box && fitsLabel(box, (node.textContent ?? '').length, articleChars, node)) return walkAsFurniture(node, inherited, box.label);
    }
    walkElement(node, inherited);
  };

  const walkElement = (node: DomNode, inherited: BlockKind) => {
    if (node.nodeType === TEXT) {
      const text = singleSpaced(node.textContent ?? '');
      buffer += text;
      if (pres) raw[raw.length - 1] += node.textContent ?? '';
      if (inLink) linked += text.length;
      else if (inLocalLink) localLinked += text.length;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = upperCaseTag(node.nodeName);
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      buffer += '\n';
      if (pres) raw.push('');
      return;
    }
    if (name === 'TR' && isDataRow(node)) {
      walkRow(node, inherited);
      return;
    }
    if (name === 'TR' && isSpanningRow(node, rowGroups)) {
      walkRow(node, inherited, true);
      return;
    }
    const own = KIND[name];
    if (own || BREAKS.has(name)) {
      flush();
      // What a <figcaption> holds is its caption, in whatever boxes the page writes it: a <p> of its
      // own, or a <div> of phrasing content Readability turned into one (_grabArticle).
      const k = inherited === 'caption' ? inherited : (own ?? inherited);
      kind = k;
      const outerList = ordered;
      const outerLevel = level;
      const outerNumbering = numbering;
      const outerItem = itemNumber;
      const outerPath = listPath;
      const outerListBox = list;
      const outerItemQuotes = itemQuotes;
      if (name === 'OL' || name === 'UL') {
        ordered = name === 'OL';
        numbering = name === 'OL' ? listNumbering(node) : null;
      }
      // A list written directly inside another, no <li> around it (<ul><li>a</li><ul><li>b</li></ul></ul>:
      // invalid, common): browsers draw it under the item before it, so it is nested in that item, not
      // shown as a list beside it that split its list in two.
      if ((name === 'OL' || name === 'UL') && list && listPath?.at(-1)?.list !== list.id) {
        const before = lastItems.get(list.id);
        if (before) listPath = [...(listPath ?? []), before];
      }
      if (name === 'OL' || name === 'UL' || name === 'DL') list = { id: ++lists, quotes };
      // An <li> of an <ol> takes the list's next number (or its own `value`); one of a <ul> none.
      if (name === 'LI') itemNumber = numbering?.next(node);
      if (name === 'LI' || name === 'DT' || name === 'DD') {
        const step: ListStep = { list: list?.id ?? 0, item: ++items, as: name === 'DT' ? 'dt' : name === 'DD' ? 'dd' : ordered ? 'ol' : 'ul' };
        if (name === 'LI' && ordered && itemNumber !== undefined) step.number = itemNumber;
        // A quote between the item around and this one's list (or this item, outside any list) holds the list.
        if ((list ? list.quotes : quotes) > itemQuotes) step.quoted = true;
        listPath = listPath ? [...listPath, step] : [step];
        if (list) lastItems.set(list.id, step);
        itemQuotes = quotes;
      }
      if (own === 'heading' && k === 'heading') level = HEADING_LEVEL[name] ?? level;
      if (name === 'BLOCKQUOTE') {
        quotes++;
        quoteOpened = true;
      }
      // A table in a figure (a "wp-block-table") is the article's data, not the picture's credit: no figure around its cells.
      const outerFigures = figures;
      if (name === 'FIGURE') figures++;
      else if (name === 'TABLE') figures = 0;
      if (name === 'PRE' && pres++ === 0) raw = [''];
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], k);
      flush();
      if (name === 'PRE') pres--;
      if (name === 'BLOCKQUOTE') quotes--;
      figures = outerFigures;
      ordered = outerList;
      level = outerLevel;
      numbering = outerNumbering;
      itemNumber = outerItem;
      listPath = outerPath;
      list = outerListBox;
      itemQuotes = outerItemQuotes;
      kind = inherited;
      return;
    }
    // A link within the page (a footnote, a cross-reference) is the article's own; links away are
    // what lists of other stories are made of. Links within the page are counted apart: a list of
    // nothing else is a table of contents (lib/html/furniture/table-of-contents.ts).
    const href = name === 'A' ? (node.getAttribute?.('href') ?? null) : null;
    const away = name === 'A' && !href?.startsWith('#');
    const local = !!href && href.length > 1 && href.startsWith('#');
    if (away) inLink++;
    if (local) inLocalLink++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], inherited);
    if (away) inLink--;
    if (local) inLocalLink--;
  };

  /** A row of a data table as one line, its cells in order: "Stanford | 3.6 | 729". */
  const walkRow = (tr: DomNode, inherited: BlockKind, spans = false) => {
    flush();
    kind = 'row';
    const read: { cells: string[]; header: boolean; spans: boolean } = { cells: [], header: true, spans };
    for (let i = 0; i < tr.childNodes.length; i++) {
      const cell = tr.childNodes[i];
      const start = buffer.length;
      for (let j = 0; j < cell.childNodes.length; j++) walk(cell.childNodes[j], 'cell');
      const text = buffer.slice(start).replace(/\s+/g, ' ').trim();
      buffer = buffer.slice(0, start);
      if (!text) continue;
      buffer += (read.cells.length ? CELL_SEPARATOR : '') + text;
      read.cells.push(text);
      if (upperCaseTag(cell.nodeName) !== 'TH') read.header = false;
    }
    row = read;
    flush();
    row = null;
    kind = inherited;
  };

  walk(root, 'paragraph');
  flush();
  if (articleChars) keepBoxesHoldingTheArticle(blocks);
  return blocks;
}

/**
 * An element holding most of the article is the article, whatever its label says; so are the boxes of
 * a list article that together hold most of it, each named a "slide" of a gallery (the slideshow
 * format of list articles). Their blocks lose the mark. Only that label: a post's comments can hold
 * more text than the post, and stay apart.
 */
const ARTICLE_SLIDES = 'inside a photo gallery';

function keepBoxesHoldingTheArticle(blocks: HtmlBlock[]): void {
  let total = 0;
  let slides = 0;
  for (const b of blocks) {
    total += b.text.length;
    if (b.furniture && labelKind(b.furniture) === ARTICLE_SLIDES) slides += b.text.length;
  }
  if (slides * 2 < total) return;
  for (const b of blocks) if (b.furniture && labelKind(b.furniture) === ARTICLE_SLIDES) delete b.furniture;
}

/** A box's label without the element's own name: "inside a photo gallery (id "slide-2")" → "inside a photo gallery". */
function labelKind(furniture: string): string {
  const name = furniture.indexOf(' (');
  return name === -1 ? furniture : furniture.slice(0, name);
}

/** A line of prose: this many words at least, ending as a sentence does. */
const PROSE_LINE_WORDS = 10;
const SENTENCE_END = /[.!?:"”’)»。！？]$/;
/** A block this much inside links to other pages is a teaser, whatever its length. */
const LINKED_PROSE = 0.5;

/** The characters of the blocks that are no furniture: what a reader is shown of an answer. */
export function shownChars(blocks: readonly HtmlBlock[]): number {
  let chars = 0;
  for (const b of blocks) if (!b.furniture) chars += b.text.length;
  return chars;
}

/**
 * How much of the blocks reads as the article's prose, in characters: lines of sentences, not link
 * text, not marked as furniture. Compares two extractions of one page (stages/html.ts).
 */
export function proseChars(blocks: readonly HtmlBlock[]): number {
  let chars = 0;
  for (const b of blocks) {
    if (b.furniture || (b.linkShare ?? 0) >= LINKED_PROSE || !SENTENCE_END.test(b.text)) continue;
    if (countWords(b.text, PROSE_LINE_WORDS) >= PROSE_LINE_WORDS) chars += b.text.length;
  }
  return chars;
}
