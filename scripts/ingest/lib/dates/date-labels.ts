/**
 * The words a page writes before a date to say what the date is: the day it came out ("Published:
 * 14 March 2021", "Posted on", "发布时间："), the day it was changed ("Updated", "Last updated"), or only
 * that a date follows ("Date:", "Time:"). One vocabulary for the text path's header (stages/segment.ts),
 * the choice between stamps (stages/metadata.ts) and a saved page's date line (lib/html/metadata/html-meta.ts): a
 * label added here is known to all three.
 */

/**
 * Labels that introduce the day a page came out ("Release time" is how Chinese portals translate 发布时间).
 * "(Re)Published:", "Republished": a page put out again is dated by the day it was, as the HTML path's fields date it.
 */
const PUBLISHED_EN = '(?:first |originally )?(?:\\(re\\)|re)?published|posted|release time|发布时间';
/**
 * The same label as news pages in other languages write it, with the word for "on" some of them put
 * before the date: German, French, Spanish and Portuguese, Italian, Dutch, the Nordic languages,
 * Finnish, Polish, Czech, Russian and Ukrainian, Indonesian, Japanese and Chinese. A word that also
 * ends prose about other works ("erschienen": appeared) counts only with its "on" ("erschienen am"),
 * or, for "erstellt" (made, as German pages label the day a post was made), with its "on" or its colon.
 * Swiss German writes "Publiziert"; Polish names the publication with a noun ("Publikacja:").
 */
const PUBLISHED_OTHER = 'veröffentlicht(?: am)?|publiziert(?: am)?|erschienen am|erstellt am|erstellt(?=\\s*:)|publikacja|publié(?:e)?(?: le)?|mis en ligne(?: le)?|publicad[oa](?: el| em| en)?|pubblicat[oa](?: il)?|gepubliceerd(?: op)?|publicerad|publicerat|publiceret|publisert|offentliggjort|julkaistu|opublikowano|publikováno|zveřejněno|опубликовано|опубліковано|diterbitkan|dipublikasikan|公開日|配信日|掲載日|投稿日|发布日期|發布時間|發佈時間';
const PUBLISHED = `${PUBLISHED_EN}|${PUBLISHED_OTHER}`;
/**
 * Labels that mark the day a page was changed, which is not the news's day; in other languages as
 * PUBLISHED_OTHER lists them ("Aktualisiert am", "Mis à jour le", "Actualizado", "更新日"), with the
 * German abbreviation "Akt." (its full stop written), the Polish noun "Aktualizacja" and the Turkish
 * "(Son) Güncelleme" ((last) update).
 */
const UPDATED = '(?:last )?updated|(?:zuletzt )?aktualisiert(?: am)?|akt\\.|aktualizacja|(?:son )?güncelleme|mis à jour(?: le)?|actualisé(?: le)?|actualizad[oa](?: el)?|atualizad[oa](?: em)?|aggiornat[oa](?: il)?|(?:laatst )?bijgewerkt(?: op)?|uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|zaktualizowano|aktualizováno|обновлено|оновлено|diperbarui|更新日|最終更新|更新时间|更新時間';
/**
 * Other words that say a date line dates a change: "Reviewed by Dr. Ann Lee on …", "Modified: …", "Last
 * edit:", and in other languages "Modifié le", "(Zuletzt) geändert am", "Gewijzigd op", "Sist endret".
 */
const CHANGED = 'modified|reviewed|edited|revised|last edit|modifié(?:e)?(?: le)?|(?:zuletzt )?geändert(?: am)?|gewijzigd(?: op)?|sist endret';
/** The word "date" as a label in English and in other languages ("Datum 28.04.2023", "Fecha: …", "日付：…"). */
const DATE_WORD = 'date|datum|fecha|日付|日期';
/** Labels that only say a date follows: "Date:", "Time:". */
const NEUTRAL = `${DATE_WORD}|time`;
/** `\b` after a label: `\b` itself fails after a CJK label ("发布时间："), this does not. */
const END = '(?!\\w)';

/** The labels of the day a page was changed, as a regular expression's alternatives (lib/html/furniture/html-furniture.ts: a line of two stamps with nothing between them). */
export const UPDATE_LABELS = UPDATED;

/**
 * German "Stand:" (as of), before the day a page's text was last brought up to date ("Stand: 28. April
 * 2023"): a label only with its colon ("Stand" alone is a word, or a name). As a pattern's source, for a row's
 * label after the name (lib/html/metadata/html-meta.ts) and a byline's part that is a stamp (lib/bylines/author.ts).
 */
export const AS_OF_LABEL = 'stand(?=\\s*:)';

/** The labels that say what a date is, as a regular expression's alternatives: for a row of fields that holds one (stages/segment.ts). */
export const PUBLICATION_OR_UPDATE_WORDS = `${PUBLISHED}|${UPDATED}`;

/**
 * A stamp's label, to read the date after it: any of the labels here, with its " on"/" at" and its
 * colon ("First published on: ", "Last updated on ", "Date:", "发布时间："). Group 0 is the whole label. The
 * neutral label is a whole word ("Timeline: …" is no "Time" label); the others may run into the date,
 * as pages whose fields lost their spaces write them ("PostedJanuary 16, 2025", "Updated onFebruary 9").
 * "Posted on the 15/12/2025": an article before a day written in figures belongs to the label.
 */
export const STAMP_LABEL = new RegExp(`^(?:(?:${PUBLISHED}|${UPDATED})(?: on| at)?(?: the(?= \\d))?|(?:${NEUTRAL})${END})\\s*[:：]?\\s*`, 'i');

/**
 * A label at the end of the words before a date, run into them or not ("JANE ROELAST UPDATED ", "ByAnn
 * Lee Updated on", "This guide is updated on "): it belongs to the date's stamp, not to the words.
 */
export const LABEL_BEFORE_DATE = new RegExp(`(?:${PUBLISHED}|${UPDATED}|${CHANGED})(?: on| at)?\\s*[:：]?\\s*$`, 'i');

/** A label alone on its line ("Last updated:", "Published on"): the date on the next line is what it labels. */
export const BARE_LABEL = new RegExp(`^\\s*(?:${PUBLISHED}|${UPDATED}|${CHANGED})(?: on| at)?\\s*[:：]?\\s*$`, 'i');

/**
 * A publication label after its date, set off by a separator at the end of the line ("5 Sept 2024 |
 * Originally published", as a list of a page's versions writes it): group 1 says what the date before it
 * is, as a label before it would. A sentence that ends on "first published" has no separator before it.
 */
export const PUBLICATION_LABEL_AFTER = new RegExp(`\\s[|·•–—-]\\s*(${PUBLISHED})\\s*$`, 'i');

/** The separators PUBLICATION_LABEL_AFTER reads before the label; no label holds one. */
const SEPARATORS_BEFORE_LABEL = ['|', '·', '•', '–', '—', '-'];
/**
 * PUBLICATION_LABEL_AFTER's label ("5 Sept 2024 | Originally published" → "Originally published"), or
 * null. Only spaces and the label follow its separator, and no label holds one: the separator is the
 * line's last, so the pattern is run from there, not along the whole line (the text path asks every
 * line of a page, paragraphs too). tests/ingest/text-speed-header-readers.test.ts holds it to the pattern.
 */
export function publicationLabelAfter(line: string): string | null {
  let at = -1;
  for (const separator of SEPARATORS_BEFORE_LABEL) at = Math.max(at, line.lastIndexOf(separator));
  if (at < 1) return null;
  return PUBLICATION_LABEL_AFTER.exec(line.slice(at - 1))?.[1] ?? null;
}

/**
 * Between a page's publication date and its update's, as one line gives both: a separator, then the
 * update's label (". Updated: ", " | Last updated on "): lib/dates/version-pair.ts.
 */
export const UPDATE_BETWEEN_DATES = new RegExp(`^[\\s.,;|·•–—-]*(?:${UPDATED})(?: on| at)?\\s*[:：]?\\s*$`, 'i');

/**
 * After a stamp's date: its time, then the update in brackets, opened by its label ("21:17（最終更新 1/14
 * 21:17）", " 10:05 (updated 14:20)", "(aktualisiert 12:56)"): lib/dates/version-pair.ts.
 */
export const UPDATE_IN_BRACKETS = new RegExp(`^[\\s,]*(?:\\d{1,2}[:.]\\d{2}\\s*)?[(（]\\s*(?:${UPDATED})(?: on| at)?\\s*[:：]?[^)）]{0,30}[)）]`, 'i');

/** A line that opens with a label saying what its date is, the publication or a change ("Posted on April 13, 2023", "Updated March 11, 2026"). */
export const STATES_WHAT_IT_DATES = new RegExp(`^(?:${PUBLISHED}|${UPDATED})`, 'i');

/**
 * A line that opens with a publication or change label as a word of its own ("Published 06.01.2026",
 * "Mis en ligne le …", "发布时间：…"; not "Publishedby"): a stamp, not a bare date, which any list of
 * dated items repeats, nor a quoted e-mail's "Date:" line (stages/main-text/closing/next-article.ts).
 */
export const OPENS_ON_STAMP_LABEL = new RegExp(`^(?:${PUBLISHED}|${UPDATED})(?!\\p{L})`, 'iu');

/** A line that opens with a label introducing the publication day ("Published: …", "Posted on …", "Date: …"). */
export const PUBLICATION_LABEL = new RegExp(`^\\s*(?:${PUBLISHED}|${DATE_WORD})${END}`, 'i');

/** A publication label and nothing else ("PUBLISHED:", "Posted on"): the words before a version pair's first date (lib/dates/version-pair.ts). */
export const PUBLICATION_LABEL_ALONE = new RegExp(`^(?:${PUBLISHED})(?: on| at)?\\s*[:：]?$`, 'i');

/** A publication label anywhere in a line: a cheap test before its date is read. */
export const PUBLICATION_WORD = new RegExp(`(?:${PUBLISHED})`, 'i');

/**
 * A date line that says, anywhere, that the page was changed then ("Last reviewed …", "Edited on …"). Not
 * inside a longer word of a script written with spaces (\b knows only ASCII's letters: "обновлено" has
 * none around it); a CJK label stands among other characters with no space.
 */
export const CHANGE_WORD = new RegExp(`(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\d])(?:${UPDATED}|${CHANGED})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\d])`, 'iu');

/** Every label word, publication (group 1) or change (group 2), wherever it stands in a line: run into a name or not. */
const LABEL_WORD = new RegExp(`(${PUBLISHED})|(${UPDATED}|${CHANGED})`, 'gi');

/** What the nearest label before `index` in `line` says its date is, wherever the label stands; null with no label. */
function labelBefore(line: string, index: number): 'publication' | 'change' | null {
  let said: 'publication' | 'change' | null = null;
  for (const m of line.slice(0, index).matchAll(LABEL_WORD)) said = m[2] !== undefined ? 'change' : 'publication';
  return said;
}

/**
 * Does the date that starts at `index` in `line` date a change? The nearest label before it says so,
 * wherever the label stands: "JANE ROELAST UPDATED NOV 6, 2025", "By Ann Lee Updated onFebruary 16,
 * 2026", "This guide is updated on January 30, 2026"; while "Published May 1, 2024 · Updated June 1,
 * 2024" dates its publication first.
 */
export function datesAChange(line: string, index: number): boolean {
  return labelBefore(line, index) === 'change';
}

/**
 * Does the line say, by the nearest label before the date at `index`, that the date is the page's
 * publication ("Published August 13, 2025", "By Ann Lee · Posted on August 13, 2025")? A bare date or
 * a neutral "Date:" says nothing of what it dates.
 */
export function labelledAsPublication(line: string, index: number): boolean {
  return labelBefore(line, index) === 'publication';
}
