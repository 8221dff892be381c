/**
 * A saved page's sub-headings, list items and data tables are shown as such on the article's page,
 * not as paragraphs. The html stage knows each block's kind (html-blocks.ts); the stages after it work
 * on lines of text, which they may join, cut or rewrite. So the kind is carried by the line's exact
 * text: a paragraph whose text is, word for word, one line the page wrote as a heading (an item, a
 * row) is shown as one. A line changed on the way, or whose text the page also writes as another kind,
 * falls back to a paragraph, as every line was before. The text path has no kinds: it never calls this.
 */
import type { HtmlBlock } from './html-blocks.ts';
import type { Paragraph, ShownKind, Unit } from '../../../types.ts';

/**
 * The kind a block is shown as, when it is not a paragraph. A table's <caption> is read as a heading
 * (html-blocks.ts); a row only with its cells (read whole, their text its own).
 */
export function shownKindOf(block: Pick<HtmlBlock, 'kind' | 'cells'>): ShownKind | undefined {
  if (block.kind === 'heading' || block.kind === 'item') return block.kind;
  return block.kind === 'row' && block.cells && block.cells.length > 1 ? 'row' : undefined;
}

/** How a line is shown: its kind, a row's cells, whether an item's list is numbered, a heading's level. */
export type ShownLine = Pick<Unit, 'kind' | 'cells' | 'headerRow' | 'ordered' | 'level'> & { kind: ShownKind };

/** Each line's text → how it is shown; a text written as two kinds (a heading and a paragraph alike) is a paragraph. */
export function shownKindsByText(units: readonly Unit[]): Map<string, ShownLine> {
  const seen = new Map<string, Unit | 'paragraph' | 'mixed'>();
  for (const u of units) {
    const before = seen.get(u.text);
    const now = u.kind ? u : 'paragraph';
    if (before === undefined) seen.set(u.text, now);
    else if (before === 'mixed') continue;
    else if ((before === 'paragraph' ? before : before.kind) !== (now === 'paragraph' ? now : now.kind)) seen.set(u.text, 'mixed');
  }
  const kinds = new Map<string, ShownLine>();
  for (const [text, u] of seen) {
    if (typeof u === 'string' || !u.kind) continue;
    const line: ShownLine = { kind: u.kind };
    if (u.kind === 'row') line.cells = u.cells;
    if (u.headerRow) line.headerRow = true;
    if (u.ordered) line.ordered = true;
    if (u.level) line.level = u.level;
    kinds.set(text, line);
  }
  return kinds;
}

/** The paragraphs, those whose text is a heading, an item or a row line of the page marked so; a speaker's label stays a paragraph. */
export function withShownKinds(paragraphs: Paragraph[], kinds: ReadonlyMap<string, ShownLine>): Paragraph[] {
  if (kinds.size === 0) return paragraphs;
  return paragraphs.map((p) => {
    const shown = p.speakerLabel === undefined ? kinds.get(p.text) : undefined;
    return shown ? { ...p, ...shown } : p;
  });
}
