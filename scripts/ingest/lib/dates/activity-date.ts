/**
 * A date a person's account shows, not the page: "Last active December 20, 2025 13:58" on a shared
 * snippet's or a forum's page, "Member since March 3, 2019", "Zuletzt online 12.05.2024", "Membre depuis
 * le 3 mars 2019". Such a line ends on its date like a stamp row with a few words of furniture before it
 * ("0 Comment(s)Print E-mail, October 27, 2020"), but its words say the date is when someone was last
 * seen or joined: the page's publication is not written there, and taking it would date the page by its
 * author's last visit (a wrong day is worse than none).
 */

/**
 * The words of an account's activity or membership, as they end the words before its date, in English
 * and the languages the date labels know (date-labels.ts): last active / seen / online / login, joined,
 * member since, registered; German, French, Spanish, Portuguese, Italian, Dutch.
 */
const ACTIVITY_WORDS = [
  'last (?:active|seen|online|login|logged in|activity)',
  'active since',
  'joined(?: on)?',
  'member since',
  'registered(?: on| since)?',
  'zuletzt (?:aktiv|online|gesehen|eingeloggt)',
  'mitglied seit',
  'dabei seit',
  'registriert seit',
  'dernière (?:activité|connexion)',
  'vu pour la dernière fois(?: le)?',
  'membre depuis(?: le)?',
  'inscrit(?:e)? (?:le|depuis)',
  'última (?:actividad|conexión|atividade)',
  'último acesso(?: em)?',
  'miembro desde',
  'membro (?:desde|dal)',
  'registrad[oa] desde',
  'ultima attività',
  'ultimo accesso',
  'iscritt[oa] dal',
  'laatst (?:actief|gezien|online)',
  'lid sinds',
].join('|');

/** The activity words at the end of the words before a date, a whole word, their colon or a separator after them. */
const ACTIVITY_BEFORE_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ACTIVITY_WORDS})[\\s:：·|•,-]*$`, 'iu');

/** Do the words before a date (`before`, up to where it starts) say it dates a person's account, not the page? */
export function datesAnAccount(before: string): boolean {
  return ACTIVITY_BEFORE_DATE.test(before);
}
