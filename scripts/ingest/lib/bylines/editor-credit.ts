/**
 * "Editor : Heryadi", "Edited by Anna Berg", "Penyunting: Budi": a byline element that credits the
 * article's editor, not its writer. The HTML path's author (lib/html/metadata/html-meta.ts) lets a field that
 * names this person give way to the writer another byline element shows: pages fill the author field
 * from the account that published the piece, often the editor's.
 */
import { cleanAuthor } from './author.ts';

/**
 * The editor's label opening the element: English "Editor", "Edited by", Spanish and Portuguese
 * "Editor(a)", "Editado por", Indonesian "Redaktur", "Penyunting", Chinese 编辑 / 責任編輯, Japanese 編集.
 * A colon, or a line break or a space before the name; "Edited by" needs the space (a colon may precede it),
 * the one-word labels need either. Each label is written once.
 */
const EDITOR_LABEL = /^\s*(?:(?:edited\s+by|editado\s+por)\s*[:：]?\s+|(?:editor|editora|redaktur|penyunting|编辑|責任編輯|责任编辑|編集)\s*(?:[:：]\s*|\s+))/iu;

/** The name a byline element credits as the editor's ("Editor : \nHeryadi" → "Heryadi"), or null when it credits no editor. */
export function editorCredited(element: string | null | undefined): string | null {
  if (!element) return null;
  const m = EDITOR_LABEL.exec(element);
  if (!m) return null;
  return cleanAuthor(element.slice(m[0].length));
}
