/**
 * "By Anna Berg · Contributions from Li Wei", "By Anna Berg | Edited by Jo Park", "By Anna Berg
 * Photography by Li Wei": the page's byline credits one writer and names the others the article's
 * fields list beside her for another part (help, editing, review, pictures). A page's software puts
 * every person credited on the piece in its JSON-LD author list; the byline the reader sees says who
 * wrote it. The HTML path's author (lib/html/metadata/html-meta.ts) gives the writers the byline names.
 */
import { cleanAuthor, joinNames } from '../../bylines/author.ts';
import { norm } from './page-field-text.ts';

/**
 * The credit before a name that says the person did not write the piece, in the words bylines use
 * (English, and the German "Mitarbeit", "Fotos"): help ("contributions from", "additional reporting
 * by", as lib/bylines/author.ts HELPERS_AFTER_NAME cuts them), editing and review ("edited by",
 * "reviewed by", "fact-checked by", as byline-labels.ts REVIEWER_CREDIT), pictures ("photography by",
 * "photos by", "illustration by", "video by"). Read in the short text between two names only.
 */
const HELPER_CREDIT =
  /(?<![\p{L}])(?:contributions?|contributed|additional reporting|edited|editor|reviewed|fact[\s-]?checked|verified|photograph(?:y|s|ed)|photos?|pictures?|illustrat(?:ion|ions|ed)|graphics?|video|mitarbeit|fotos?|redaktion)(?![\p{L}])/iu;

/** The longest text between the last writer and the first helper: a label and the byline's separators. */
const MAX_GAP_CHARS = 80;
/** The longest byline element read: a byline box, not a block of the page. */
const MAX_BYLINE_CHARS = 600;

/**
 * The writers, when the fields list several names (`names`, in their order) and a byline the page
 * shows holds them all in that order, reads as its writers only the first few (lib/bylines/author.ts
 * cleanAuthor stops before the rest), and sets a helper's credit (HELPER_CREDIT) before the first name
 * it leaves. Null otherwise: "By Anna Berg and Li Wei" names two writers, and so does a byline the
 * cleaner stops reading at an e-mail address or an outlet between the names.
 */
export function writersBeforeHelpers(names: readonly string[], bylines: readonly (string | null | undefined)[]): string | null {
  if (names.length < 2) return null;
  const keys = names.map(norm);
  for (const line of bylines) {
    if (!line || line.length > MAX_BYLINE_CHARS) continue;
    const text = norm(line);
    const at: number[] = [];
    for (const [k, key] of keys.entries()) {
      const found = text.indexOf(key, k ? at[k - 1] + keys[k - 1].length : 0);
      if (found < 0) break;
      at.push(found);
    }
    if (at.length < keys.length) continue;
    const read = cleanAuthor(line);
    if (!read) continue;
    const cleaned = norm(read);
    // How many of the names, from the first, the byline's reading holds; none after them.
    const kept = keys.findIndex((key) => !cleaned.includes(key));
    if (kept < 1 || keys.slice(kept).some((key) => cleaned.includes(key))) continue;
    const gap = text.slice(at[kept - 1] + keys[kept - 1].length, at[kept]);
    if (gap.length > MAX_GAP_CHARS || !HELPER_CREDIT.test(gap)) continue;
    return joinNames(names.slice(0, kept));
  }
  return null;
}
