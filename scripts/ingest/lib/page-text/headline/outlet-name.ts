/**
 * An outlet as a name: a site-name field, a publisher or a copyright line often carries the page's
 * copyright notice around the name ("© 2017 Example Media", "(C) 1998 - 2016 Example", "Example. All
 * rights reserved."). The mark, its years and the reservation are the notice, not the outlet's name.
 * The mark is also written "Copyrights", or "Â©": UTF-8's © read as Windows-1252 in one field.
 */
import { RIGHTS_RESERVED } from '../chrome/rights-reserved.ts';

/** A copyright mark with the years that follow it: "©", "(c) 2017", "Copyright © 1998 - 2016,", "© 2014-present ·", "© 2020 by"; "@ 2026", an "@" typed for the mark, before a year only. */
const LEADING_NOTICE = /^(?:(?:Â?©|\(c\)|copyrights?\b|@(?=\s*\d{4}\b))\s*(?:\d{4}(?:\s*[-–—/]\s*(?:\d{2,4}|present|today)?)?\b)?[\s,.:;|•·–—-]*(?:by\s+)?)+/iu;
/** The years after the name once a notice was there: "Copyright Example 2023 - 2025". */
const TRAILING_YEARS = /(?<!\s)\s+\d{4}(?:\s*[-–—/]\s*\d{2,4})?$/u;
/**
 * The same at the end: "Example ©", "Example © 2020". The spaces after a mark are taken whole (the
 * lookahead and back-reference stand for an atomic group): given back, they could go to the
 * separators before the next mark, and a failing match tried every split (fourteen "©   " took 47 s).
 * No match starts right after a mark, or after a mark's years (the lookbehinds): the match from that
 * mark covers it, and "©©©…" or "©2020©2020…" was tried again from every mark (10,000 took 3 s).
 */
const TRAILING_NOTICE = /(?<![\s,.;|©-])(?<!\(c\))(?<!copyrights?)(?<!(?:©|\(c\)|copyrights?\b)\s*\d{4}(?:\s*[-–—/]\s*\d{2,4})?)(?:[\s,.;|-]*(?:Â?©|\(c\)|copyrights?\b)(?=(\s*))\1(?:\d{4}(?:\s*[-–—/]\s*\d{2,4})?)?)+\s*$/iu;
/** "All rights reserved." at the end, with the punctuation before it; in French, Spanish, German, Portuguese and Italian too, accents typed or not. */
const RESERVED = /(?<![\s,.;|-])[\s,.;|-]*(?:all rights reserved|tous droits r[ée]serv[ée]s|todos los derechos reservados|alle rechte vorbehalten|todos os direitos reservados|tutti i diritti riservati)\.?\s*$/iu;
/**
 * The same in the other languages chrome/rights-reserved.ts knows ("جميع الحقوق محفوظة", "Все права
 * защищены", "版权所有"): a copyright line written in them ("© جميع الحقوق محفوظة") left the reservation
 * alone as its holder's name, and it was taken for the outlet.
 */
const RESERVED_OTHER_LANGUAGES = new RegExp(String.raw`(?<![\s,.;|-])[\s,.;|-]*(?:${RIGHTS_RESERVED.source})[.。]?\s*$`, 'iu');
/** A title's separator left at the end of a name ("Example Cafe |", "Example –"). */
const TRAILING_SEPARATOR = /(?<!\s)\s+[|•·–—-]+$/u;

/**
 * Trademark signs beside a name ("Sample Kitchen®", "®/TM Sample Mills", "®/MC" in Canadian French):
 * a claim about the name, not part of it. "TM", "SM", "MC" and "MD" are taken only after a sign and a
 * slash, where they cannot be a word of the name.
 */
const TRADEMARK = /[®™℠](?:\s*\/\s*(?:TM|SM|MC|MD)(?![\p{L}\p{N}]))?/gu;
/** The name without its signs; the spaces around them closed up in one pass (a run is matched whole, so a long one costs no more than once). */
const withoutTrademarks = (name: string): string =>
  /[®™℠]/u.test(name) ? name.replace(TRADEMARK, ' ').replace(/\s{2,}/gu, ' ').replace(/ (?=[.,;:])/gu, '').replace(/^[\s/|•·–—-]+/u, '') : name;

/**
 * The outlet's name with any copyright notice removed; null when nothing but the notice is left.
 * The patterns at the end start only where a run of separators starts (the lookbehinds): tried from
 * every character of a long run, each would scan the run again (50,000 spaces took seconds).
 */
export function outletName(given: string): string | null {
  // What a copyright line's year left before the name (", Example", ": © 2026 Example", "– Example") is no part of it; a dot only before a space (".NET Blog" is a name).
  const raw = withoutHandleMark(withoutTrademarks(given)).replace(/^(?:[\s,:;|•·–—-]|\.(?=\s))+/u, '');
  // A field of marks or separators alone ("/", "®") names nothing.
  if (!/\p{L}/u.test(raw)) return null;
  const hadNotice = LEADING_NOTICE.test(raw) || TRAILING_NOTICE.test(raw) || RESERVED.test(raw) || RESERVED_OTHER_LANGUAGES.test(raw);
  if (!hadNotice) return raw.trim().replace(TRAILING_SEPARATOR, '') || null;
  const name = raw.trim().replace(LEADING_NOTICE, '').replace(RESERVED, '').replace(RESERVED_OTHER_LANGUAGES, '').replace(TRAILING_NOTICE, '').replace(TRAILING_YEARS, '').replace(/(?<![\s,;|•·–—-])[\s,;|•·–—-]+$/u, '').replace(/\.$/u, '').trim();
  return /\p{L}/u.test(name) ? name : null;
}

/**
 * A social-media handle in a site-name field ("@samplenews", "Sample_Desk"): one word, an "@" before
 * it or an underscore inside it, as handles are written and names are not. The "@" is a handle's
 * mark, not part of the name; the handle itself is a weak name (isWeakName), giving way to a field
 * that spells the name out. One capitalised word after the "@" ("@Media", "@Home") is how a brand
 * writes its name, not a handle.
 */
const HANDLE = /^(?:@(?!\p{Lu}\p{Ll}*$)[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+)$/u;
const isHandle = (name: string): boolean => HANDLE.test(name.trim());
const withoutHandleMark = (name: string): string => (isHandle(name) ? name.trim().slice(name.trim().startsWith('@') ? 1 : 0) : name);

/**
 * A bare host name ("samplecourier.com", "https://www.Sample.co.uk/"): how a page names its site when
 * it has no better name. No spaces, dots between labels, a top-level label of letters; written in
 * lower case as hosts are, or with its scheme or "www.". A name with capitals ("StarGazer.com",
 * "HarbourNews.com") is how the outlet writes its own name, not a host.
 */
const BARE_HOST = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/?$/iu;
const SCHEME_OR_WWW = /^(?:https?:\/\/|www\.)/i;
export const isBareHost = (name: string): boolean => {
  const n = name.trim();
  return BARE_HOST.test(n) && (SCHEME_OR_WWW.test(n) || !/\p{Lu}/u.test(n));
};

/**
 * A bare host as a reader is shown it: "https://www.samplecourier.at/" (an address a CMS put in
 * `application-name`) is "samplecourier.at", the host the page's citation names, not a link's address.
 * Any other name is returned as it is.
 */
export const hostAsShown = (name: string): string => (isBareHost(name) ? name.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/u, '') : name);

/**
 * What a site-name field holds when it holds no outlet's name, and still a name of sorts: a lone word
 * in lower case, a place or a common noun as the field was filled ("canada", "checkout"; a name
 * written for readers has its capital), or a code of capitals and digits ("QXBRV7"). Hosts, names in
 * capitals without a digit ("NASA") and names of more words are not. A handle is weak too.
 */
const LONE_LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const CODE = /^(?=[^\p{N}]*\p{N})(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}]{4,}$/u;
export const isWeakName = (name: string): boolean => LONE_LOWER_WORD.test(name.trim()) || CODE.test(name.trim()) || isHandle(name);

/** A name's letters and digits alone, accents off, for "gamesradar" to be found in "GamesRadar+" and "pagina12" in "Página12". */
const bareLetters = (name: string): string => name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * The first candidate that is a name rather than a bare host name; the first one when all are hosts.
 * A weak name first (isWeakName) gives way to a later name of more words ("UC Davis Health") or one
 * that spells it out ("theprovince" → "The Province"), not to another lone word: "samplechef" beside
 * a publisher "Blogger" (the platform) stays.
 */
export function preferNamed<T>(candidates: T[], nameOf: (c: T) => string): T | undefined {
  const first = candidates.find((c) => !isBareHost(nameOf(c)));
  if (!first) return candidates[0];
  if (!isWeakName(nameOf(first))) return first;
  const weak = bareLetters(nameOf(first));
  const spelledOut = (name: string) => /\s/u.test(name.trim()) || bareLetters(name).includes(weak);
  return candidates.find((c) => !isBareHost(nameOf(c)) && !isWeakName(nameOf(c)) && spelledOut(nameOf(c))) ?? first;
}

/** The host a page's address names, without "www." ("news.example.org"): a site's name candidate (html-meta.ts) and the labels a tagline's name must spell. */
export function hostOf(url: string | null): string | null {
  const m = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url) : null;
  return m ? m[1].toLowerCase() : null;
}

/** The separators between a site-name field's parts: a run of bars, dashes or bullets with spaces around ("Sample | Tagline", "Sample - - Tagline"). */
// The lookbehind starts a match only where a run of spaces starts, so a long run with no separator after it is read once.
const FIELD_PARTS = /(?<!\s)(?:\s+[|•·–—-]+)+\s+/u;
/** Labels of a host that name no site: its "www", a section's ("blog", "news"), a language's. */
const GENERIC_LABEL = /^(?:www\d?|m|amp|blog|blogs|news|en|shop|store|web|home|info)$/u;
/** A host's labels that may name the site, without the top-level ones ("co.uk" counts as one) and the generic ones. */
function hostLabels(url: string): string[] {
  const host = hostOf(url);
  if (!host) return [];
  const labels = host.split('.').slice(0, -1);
  if (labels.length > 1 && /^(?:co|com|org|net|ac|gov|edu)$/u.test(labels[labels.length - 1])) labels.pop();
  return labels.map((l) => l.replace(/-/g, '')).filter((l) => l.length >= 3 && !GENERIC_LABEL.test(l));
}

/**
 * A site-name field that writes a tagline beside its name ("Sample Fitness | Affordable Gyms Near You",
 * "Find a Provider - Book Online - Sample Health"): the one part that names a label of the page's host
 * ("samplefitness.com") is the outlet, the slogan beside it is not. A part names a label when its letters
 * are the label's, begin with it ("Samplepilot Blog" on samplepilot.com), or begin it ("Jo Sample" on
 * josamplephotography.com, a leading "the" aside). No part or more than one naming the host, or no
 * address: the field stays whole (a name the host does not spell gives no ground to cut it).
 */
export function nameBesideTagline(field: string, url: string | null): string {
  const parts = field.split(FIELD_PARTS).map((p) => p.trim().replace(/^["“”']+/u, '').replace(/(?<!["“”'])["“”']+$/u, ''));
  if (parts.length < 2 || !url) return field;
  const labels = hostLabels(url);
  const names = (part: string): boolean => {
    const letters = bareLetters(part);
    return letters.length >= 3 && labels.some((l) => letters.startsWith(l) || l.replace(/^the(?=.{3})/u, '').startsWith(letters));
  };
  const naming = parts.filter(names);
  return naming.length === 1 ? naming[0] : field;
}
