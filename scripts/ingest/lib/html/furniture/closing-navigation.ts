/**
 * The site's navigation closing the article, which Readability keeps when it sits in the article's
 * own box: a link back to the page the article belongs to ("Back to our top picks", "Return to the
 * Wine 101 page", "Zurück zur Übersicht", "Retour à la liste") and the pager of an article split over
 * pages ("Pages: 1 2 3", "Seiten: 1 2"). Both point the reader away from the article once it is read;
 * neither says anything of its story. What keeps the article's own lines: the line is a link (its
 * words nearly all linked: a sentence of the story that opens on "Back to …" links none of them, or
 * a word or two), it is short, and it stands among the article's last lines (the caller walks up from
 * the foot and stops at the first line that is none of these).
 * Found with html-kept-chrome.ts on the metadata set's dev pages (the lines after the last true one).
 */

/** "Back to", "Return to", in the languages of most news on the web, opening a link's words. */
const BACK_LINK = new RegExp(
  String.raw`^(?:(?:go |get )?back to|return to|zurück (?:zu[rm]?|nach)|retour (?:à|au|aux)|revenir (?:à|au|aux)|volver (?:a|al)|regresar (?:a|al)|voltar (?:a|ao|à|para)|torna (?:a|al|alla|alle|ai|agli)|terug naar|powrót do)(?!\p{L})`,
  'iu',
);
/** A pager under its label: "Pages: 1 2 3", "Seite 1 2 3", "Páginas: 1 2". */
const PAGER = /^(?:pages?|seiten?|páginas?|pagine|pagina|strony|sidor)\s?:?(?: \d{1,3}){2,}$/iu;
/** The words of a back link at most: "Back to" and the page's title. */
const NAVIGATION_WORDS = 12;
/** The share of the line's characters under a link, at least. */
const LINKED_SHARE = 0.8;

export const CLOSING_NAVIGATION_WHY = "the site's navigation closing the article (a link back to its section, a pager)";

/**
 * Whether a closing line is the site's navigation: a back link (its words linked, to another page or
 * to a place on this one: "Back to our top picks" leads up to the page's list) or a pager (its label
 * and page numbers, the other pages linked; the page shown is not). Its words counted by the caller.
 */
export function isClosingNavigation(text: string, words: number, linkShare: number, localLinkShare: number): boolean {
  if (words > NAVIGATION_WORDS) return false;
  const line = text.trim().replace(/\s+/g, ' ');
  if (linkShare + localLinkShare >= LINKED_SHARE && BACK_LINK.test(line)) return true;
  return linkShare > 0 && PAGER.test(line);
}
