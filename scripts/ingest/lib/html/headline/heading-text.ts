/**
 * The text of a heading (<h1>) whose lines are elements of their own: "<span>Planners</span>
 * <span>Top note-taking apps</span>" is shown on two lines (the page's style sets them apart), and its
 * text read without a space runs two words together ("PlannersTop"). The prune pass marks each
 * element's edge inside the heading among its text runs; here a block's edge is a space, and an inline
 * element's edge is one where a word ending in small letters (or a sentence's end) meets one that
 * begins with a capital: a word seldom changes case at an element's edge ("i<span>Pad</span>" stays
 * one word, so does a letter set apart for its style, "<span>T</span>he").
 */

/** An inline element's edge among a heading's text runs (a control character, which no page's text holds). */
export const INLINE_EDGE = '\u0001';
/** A block element's edge among a heading's text runs. */
export const BLOCK_EDGE = '\u0002';

/** Elements a browser lays out as blocks, each beginning a line of its own, and the line break itself. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** The mark for an edge (opening or closing) of an element named `name` inside a heading. */
export const elementEdge = (name: string) => (BLOCKS.has(name) ? BLOCK_EDGE : INLINE_EDGE);

const BLOCK_EDGES = /(?<![\u0001\u0002])[\u0001\u0002]*\u0002[\u0001\u0002]*/g;
/**
 * A word's end at an inline edge, before a capital: a word of four letters or more ending in small
 * ones ("Planners|Top"), or a sentence's end ("Update:|Polar"). A shorter one is as often the
 * first part of a name written in two cases ("i|Pad", "e|Bay").
 */
const LINE_AT_INLINE_EDGE = /((?:\p{L}{2}\p{Ll}{2}|[.!?:]))\u0001+(?=\p{Lu})/gu;
const INLINE_EDGES = /\u0001/g;

/** A text with its inline edges marked, as one line: a space where a line begins at one, else none. */
const lineText = (text: string) => text.replace(LINE_AT_INLINE_EDGE, '$1 ').replace(INLINE_EDGES, '').replace(/\s+/g, ' ').trim();

/** A heading's text runs, edges marked, as one line of text. */
export function headingText(runs: string[]): string {
  return lineText(runs.join('').replace(BLOCK_EDGES, ' '));
}

/**
 * A heading's text runs, edges marked, as the lines the page shows them on: a block element inside
 * it (a kicker's <div>, a <br>) begins a line of its own ("Field notes" above "Nine polar tents …").
 */
export function headingLines(runs: string[]): string[] {
  return runs.join('').split(BLOCK_EDGES).map(lineText).filter(Boolean);
}

/** Whether a heading's text runs hold a block's edge: whether it may show more than one line. */
export const hasBlockEdge = (runs: string[]) => runs.some((r) => r.includes(BLOCK_EDGE));
