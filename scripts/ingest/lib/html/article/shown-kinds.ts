/**
 * A saved page's sub-headings, list items (with their numbers), data tables, preformatted text and
 * quotes are shown as such on the article's page, not as paragraphs. The html stage knows each
 * block's kind (html-blocks.ts); the stages after it work on lines of text, which they may join, cut
 * or rewrite. So the kind is carried by the line's exact text: a paragraph whose text is, word for
 * word, one line the page wrote as a heading (an item, a row, a quoted line) is shown as one, inside
 * the list items the page writes it in (a <p> of an <li>: `listPath`). A line changed on the way, or whose text the page also writes as another kind,
 * falls back to a paragraph, as every line was before. The text path has no kinds: it never calls this.
 */
import type { HtmlBlock } from './html-blocks.ts';
import type { ListStep, Paragraph, ShownKind, ShownShape, Unit } from '../../../types.ts';

/**
 * The kind a block is shown as, when it is not a paragraph. A table's <caption> is read as a heading
 * (html-blocks.ts); a row only with its cells (read whole, their text its own), two or more, or one
 * across the table's columns (`spansRow`). A <blockquote>'s own text is a paragraph, quoted (HtmlBlock's
 * `quoted`), as a paragraph inside one is.
 */
export function shownKindOf(block: Pick<HtmlBlock, 'kind' | 'cells' | 'spansRow'>): ShownKind | undefined {
  if (block.kind === 'heading' || block.kind === 'item' || block.kind === 'pre') return block.kind;
  return block.kind === 'row' && block.cells && (block.cells.length > 1 || block.spansRow) ? 'row' : undefined;
}

/**
 * How a line is shown: its kind, a row's cells, whether an item's list is numbered and its number, a
 * heading's level, whether the page quotes it, a preformatted line as written.
 */
export type ShownLine = Pick<Unit, 'kind'> & ShownShape & {
  /** A text the page writes in several list items (a term "Acceptance rate" in each of its lists): each copy's items, in order. */
  listPaths?: readonly (readonly ListStep[] | undefined)[];
};

/** What must agree between two lines of one text for it to be shown as they are: kind, quoted, written as. */
const shapeOf = (u: Unit): string => `${u.kind ?? 'paragraph'}${u.quoted ? ' quoted' : ''}${u.quoteStart ? ' first' : ''}${u.verbatim === undefined ? '' : `\n${u.verbatim}`}`;
const PARAGRAPH = 'paragraph';

/** Two lines are in the same list items: the same items, the same depth (an item is numbered once in a page). */
function sameItems(a: readonly ListStep[] | undefined, b: readonly ListStep[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].item !== b[i].item) return false;
  return true;
}

/**
 * Each line's text → how it is shown; a text written as two kinds (a heading and a paragraph alike),
 * quoted and not, is a paragraph. Two numbered items of one text with two numbers keep no number:
 * their list numbers them; a text written in two list items is in the items of its copy (withShownKinds).
 */
export function shownKindsByText(units: readonly Unit[]): Map<string, ShownLine> {
  const seen = new Map<string, { unit: Unit; shape: string; number?: number; listPath?: readonly ListStep[]; listPaths: (readonly ListStep[] | undefined)[] } | 'mixed'>();
  for (const u of units) {
    const before = seen.get(u.text);
    const shape = shapeOf(u);
    if (before === undefined) seen.set(u.text, { unit: u, shape, number: u.number, listPath: u.listPath, listPaths: [u.listPath] });
    else if (before === 'mixed') continue;
    else if (before.shape !== shape) seen.set(u.text, 'mixed');
    else {
      if (before.number !== u.number) before.number = undefined;
      if (!sameItems(before.listPath, u.listPath)) before.listPath = undefined;
      before.listPaths.push(u.listPath);
    }
  }
  const kinds = new Map<string, ShownLine>();
  for (const [text, seenAs] of seen) {
    if (seenAs === 'mixed') continue;
    // Copies in items of their own: each copy shown in its own, when the stages kept every copy.
    const listPaths = !seenAs.listPath && seenAs.listPaths.some(Boolean) ? seenAs.listPaths : undefined;
    if (seenAs.shape === PARAGRAPH && !seenAs.listPath && !listPaths) continue;
    const u = seenAs.unit;
    const line: ShownLine = {};
    if (u.kind) line.kind = u.kind;
    if (u.kind === 'row') line.cells = u.cells;
    if (u.headerRow) line.headerRow = true;
    if (u.ordered) line.ordered = true;
    if (u.level) line.level = u.level;
    if (u.quoted) line.quoted = true;
    if (u.quoteStart) line.quoteStart = true;
    if (seenAs.number !== undefined) line.number = seenAs.number;
    if (u.verbatim !== undefined) line.verbatim = u.verbatim;
    if (seenAs.listPath) line.listPath = seenAs.listPath;
    if (listPaths) line.listPaths = listPaths;
    kinds.set(text, line);
  }
  return kinds;
}

/**
 * The paragraphs, those whose text is a heading, an item, a row, a preformatted or a quoted line of the
 * page marked so; a speaker's label stays a paragraph, in the list item the page writes it in (an
 * item's "Elements:" over the list it introduces).
 */
export function withShownKinds(paragraphs: Paragraph[], kinds: ReadonlyMap<string, ShownLine>): Paragraph[] {
  if (kinds.size === 0) return paragraphs;
  const copies = copiesInItems(paragraphs, kinds);
  const nth = new Map<string, number>();
  return paragraphs.map((p) => {
    const shown = kinds.get(p.text);
    if (!shown) return p;
    const { listPaths, ...line } = shown;
    let listPath = line.listPath;
    // As many copies kept as the page wrote, in the page's order: the k-th is the page's k-th.
    if (listPaths && copies.get(p.text) === listPaths.length) {
      const k = nth.get(p.text) ?? 0;
      nth.set(p.text, k + 1);
      listPath = listPaths[k];
    }
    if (p.speakerLabel !== undefined) return listPath ? { ...p, listPath } : p;
    const out: Paragraph = { ...p, ...line };
    if (listPath) out.listPath = listPath;
    return out;
  });
}

/** How many paragraphs have each text the page writes in several list items. */
function copiesInItems(paragraphs: readonly Paragraph[], kinds: ReadonlyMap<string, ShownLine>): Map<string, number> {
  const copies = new Map<string, number>();
  for (const p of paragraphs) if (kinds.get(p.text)?.listPaths) copies.set(p.text, (copies.get(p.text) ?? 0) + 1);
  return copies;
}
