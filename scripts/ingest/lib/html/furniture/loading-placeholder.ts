/**
 * A placeholder a script fills in later: "Loading...", "Loading paragraph...", "Loading comments…",
 * "Wird geladen…", "Lade weitere Inhalte ...", "Chargement en cours…", "Cargando...", "Загрузка...". The saved page caught it before
 * the script ran (or the script never runs without the site's server), so the line stands where a
 * widget, a comment thread or the rest of a paragraph would appear: it says nothing of the article.
 * What keeps the article's own lines: the line is the loading word, at most two words more and the
 * ellipsis, nothing else; "Loading time of your pages" or a heading "Loading" without its dots stays.
 * No dev truth of the body, metadata, fundus, aed or utomo sets has such a line; the HTML path kept it on
 * a few pages of each (found with html-kept-chrome.ts on the metadata set's dev pages).
 */
const LOADING_PLACEHOLDER = new RegExp(
  String.raw`^(?:(?:loading|lädt|lade|wird geladen|laden|bezig met laden|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|a carregar|ładowanie|загрузка)(?: [\p{L}-]+){0,2}|読み込み中|読込中|加载中|載入中)\s?(?:…|\.\.\.)$`,
  'iu',
);
/** Longer than any placeholder above: a line this long is not looked at. */
const PLACEHOLDER_CHARS = 40;

export const LOADING_PLACEHOLDER_WHY = 'a placeholder shown while a script loads ("Loading…")';

export function isLoadingPlaceholder(text: string): boolean {
  if (text.length > PLACEHOLDER_CHARS) return false;
  const line = text.trim();
  // Cheap precheck: every placeholder ends on its ellipsis.
  if (!line.endsWith('…') && !line.endsWith('...')) return false;
  return LOADING_PLACEHOLDER.test(line.replace(/\s+/g, ' '));
}
