/**
 * A saved page's sub-headings and list items are shown as such on the article's page, not as
 * paragraphs. The html stage knows each block's kind (html-blocks.ts); the stages after it work on
 * lines of text, which they may join, cut or rewrite. So the kind is carried by the line's exact
 * text: a paragraph whose text is, word for word, one line the page wrote as a heading (or an item)
 * is shown as one. A line changed on the way, or whose text the page also writes as another kind,
 * falls back to a paragraph, as every line was before. The text path has no kinds: it never calls this.
 */
import type { BlockKind } from './html-blocks.ts';
import type { Paragraph, ShownKind, Unit } from '../../../types.ts';

/** The block kinds shown as something else than a paragraph. A table's <caption> is read as a heading (html-blocks.ts). */
export function shownKindOf(kind: BlockKind): ShownKind | undefined {
  return kind === 'heading' || kind === 'item' ? kind : undefined;
}

/** Each line's text → its kind; a text written as two kinds (a heading and a paragraph alike) has none. */
export function shownKindsByText(units: readonly Unit[]): Map<string, ShownKind> {
  const seen = new Map<string, ShownKind | 'paragraph' | 'mixed'>();
  for (const u of units) {
    const kind = u.kind ?? 'paragraph';
    const before = seen.get(u.text);
    seen.set(u.text, before === undefined || before === kind ? kind : 'mixed');
  }
  const kinds = new Map<string, ShownKind>();
  for (const [text, kind] of seen) if (kind === 'heading' || kind === 'item') kinds.set(text, kind);
  return kinds;
}

/** The paragraphs, those whose text is a heading or an item line of the page marked so; a speaker's label stays a paragraph. */
export function withShownKinds(paragraphs: Paragraph[], kinds: ReadonlyMap<string, ShownKind>): Paragraph[] {
  if (kinds.size === 0) return paragraphs;
  return paragraphs.map((p) => {
    const kind = p.speakerLabel === undefined ? kinds.get(p.text) : undefined;
    return kind ? { ...p, kind } : p;
  });
}
