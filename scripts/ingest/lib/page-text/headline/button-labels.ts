/**
 * The page's buttons and jump links in German, which isPageLabel's English list ("Print", "Back to",
 * "Jump to") does not read: "Zurück zu Infos", "Grafik herunterladen", "vorlesen Druckansicht",
 * "↓ Zu den Kommentaren", "Dark Mode". A label the reader clicks is no headline, however close it
 * stands over the article. Only the controls' own words: a headline that opens on a common verb
 * ("Teilen macht glücklich", "Zurück zur Normalität") says more than a button does.
 */

/** An arrow pointing down or up opens a jump link: "↓ Zu den Kommentaren", "↑ Nach oben". */
const JUMP_ARROW = /^[↓↑⬇⬆]\s*\S/u;
/** A control's words: print, read aloud, share, jump to the comments or the top, the site's colour mode, back. */
const CONTROL = '(?:druckansicht|drucken|vorlesen|teilen|zu den kommentaren|kommentare lesen|zum kommentarbereich|nach oben|dark mode|light mode|go top|zurück)';
/**
 * The line is a control alone, or opens on two in a row ("vorlesen Druckansicht …", "Dark Mode Go Top"),
 * or on one no headline opens with; or it is a back link to the site's lists ("Zurück Zurück zu Infos").
 */
const CONTROLS = new RegExp(
  `^${CONTROL}$|^${CONTROL}\\s+${CONTROL}(?!\\p{L})|^(?:druckansicht|zu den kommentaren|zum kommentarbereich|dark mode|light mode|go top)(?!\\p{L})|^(?:zurück\\s+){1,2}zu[rm]?\\s+(?:übersicht|startseite|infos?|allen|liste)(?!\\p{L})`,
  'iu',
);
/** What a page lets its reader take away: "Grafik herunterladen", "Artikel teilen", "Link kopieren". */
const TAKE_AWAY = /^(?:grafik|bild|foto|artikel|beitrag|seite|text|link|pdf|video)\s+(?:herunterladen|teilen|kopieren|drucken|speichern|versenden)$/iu;
/** A control's label is short: a headline runs on. */
const LABEL_WORDS = 6;

/** Is the line one of the page's buttons or jump links (German, or an arrow's jump link)? */
export function buttonLabel(line: string, words: number): boolean {
  if (words > LABEL_WORDS) return false;
  const t = line.trim();
  return JUMP_ARROW.test(t) || CONTROLS.test(t) || TAKE_AWAY.test(t);
}
