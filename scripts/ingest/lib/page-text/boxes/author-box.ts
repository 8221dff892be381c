/**
 * The box on the author closing a page, as many sites print it: her name alone on its line, then her
 * trade alone ("Redakteurin", "Periodista", "Freier Journalist") or a link to her other articles ("Ver
 * más artículos", "Alle Artikel von Ann Lee"), then a note on her that need not repeat her name ("Seit
 * 2019 im Haus. Schreibt über Verkehr."). This reads the shape above the note; main-text asks it only
 * of the run's last paragraphs (aboveTheClosingNotes): a quoted person's name and role inside the
 * article have the article going on under them.
 */
import { TRADE } from './writer-bio.ts';

/** A person's name alone: two to four capitalised words, particles between ("Lucía Marín Soto", "Chus del Pino"). */
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|del|de la|da|dos|van|von|der|den|di|du|le|la|y|e)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** The trade alone, perhaps with a word or two before it or fused into a compound ("Politikredakteurin", "Freie Autorin"). */
const TRADE_ALONE = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}[\p{L}-]*?${TRADE}$`, 'iu');
/** A link to the author's other articles. */
const AUTHOR_ARCHIVE =
  /^(?:ver (?:más|todos los) (?:artículos|noticias)(?: de .{1,40})?|más (?:artículos|noticias) de .{1,40}|alle (?:artikel|beiträge|texte)(?: von .{1,40})?|mehr (?:artikel|beiträge|texte) von .{1,40}|(?:see |view )?(?:more|all) (?:articles|stories|posts) by .{1,40}|(?:voir )?(?:plus d['’]|tous les |tous ses )articles(?: de .{1,40})?|altri articoli di .{1,40}|(?:ver )?mais (?:artigos|notícias) de .{1,40}|ver mais artigos)$/iu;
/** Lines between the name and the note at most: the trade and the link. */
const BETWEEN = 3;
/** A note on the author is short: a longer paragraph is the article's. */
export const AUTHOR_NOTE_WORDS = 60;

/** Does the paragraph at `i` stand under an author's name and her trade (or the link to her articles)? */
export function underAnAuthorsNameAndTrade(lines: string[], i: number): boolean {
  let k = i - 1;
  let trade = false;
  for (; k >= 0 && k >= i - BETWEEN; k--) {
    const line = lines[k].trim();
    if (!TRADE_ALONE.test(line) && !AUTHOR_ARCHIVE.test(line)) break;
    trade = true;
  }
  return trade && k >= 0 && NAME_ALONE.test(lines[k].trim());
}
