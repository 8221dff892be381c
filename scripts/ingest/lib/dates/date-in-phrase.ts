/**
 * A date a phrase governs: "Climate lab to open on March 20, 2024", "Deadline extended until 3 May
 * 2024", "Talks to resume after 12 June 2024". A headline or a line of the article that names the day
 * of what it reports ends on the date like a stamp row with a few words of furniture before it
 * ("0 Comment(s)Print E-mail, October 27, 2020"), but its words run into the date through a
 * preposition after a word in lower case (a verb, a noun of the phrase): the date is the news's, not
 * the page's. A name before the preposition ("Ann Lee on March 3, 2024") or a stamp's label ("Posted
 * on", "by admin on") is a stamp row's, and stays one.
 */
import { BY_LABELS } from '../bylines/byline-labels.ts';
import { LABEL_BEFORE_DATE } from './date-labels.ts';

/**
 * The preposition that closes the words before the date: one no stamp's label ends on ("until", "since",
 * "bis", "hasta", "depuis") after a word in lower case; or "on", "by", "for" after a verb an auxiliary
 * or "to" introduces ("to open on", "will be held on", "is due by"), where a label ("created on",
 * "mise à jour le", "Erstellt am") is a participle alone.
 */
const GOVERNED = new RegExp(
  String.raw`(?:^|\s)\p{Ll}[\p{L}\p{M}'’-]*\s+(?:until|till|since|before|after|through|bis|seit|hasta|desde|jusqu'au|depuis|fino al)\s*$` +
    String.raw`|(?:^|\s)(?:to|will|would|shall|be|is|are|was|were)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?\p{Ll}[\p{L}'’-]*\s+(?:on|by|for)\s*$`,
  'u',
);
const BY_LABEL = new RegExp(`(?:^|\\s)(?:${BY_LABELS})(?:\\s|$)`, 'iu');

/** Does `before` (the words of a line before its date) govern the date as a phrase does? */
export function dateInPhrase(before: string): boolean {
  return GOVERNED.test(before) && !LABEL_BEFORE_DATE.test(before) && !BY_LABEL.test(before);
}
