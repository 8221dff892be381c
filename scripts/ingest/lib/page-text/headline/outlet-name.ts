/**
 * An outlet as a name: a site-name field, a publisher or a copyright line often carries the page's
 * copyright notice around the name ("© 2017 Example Media", "(C) 1998 - 2016 Example", "Example. All
 * rights reserved."). The mark, its years and the reservation are the notice, not the outlet's name.
 * The mark is also written "Copyrights", or "Â©": UTF-8's © read as Windows-1252 in one field.
 */

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
/** A title's separator left at the end of a name ("Example Cafe |", "Example –"). */
const TRAILING_SEPARATOR = /(?<!\s)\s+[|•·–—-]+$/u;

/**
 * The outlet's name with any copyright notice removed; null when nothing but the notice is left.
 * The patterns at the end start only where a run of separators starts (the lookbehinds): tried from
 * every character of a long run, each would scan the run again (50,000 spaces took seconds).
 */
export function outletName(raw: string): string | null {
  const hadNotice = LEADING_NOTICE.test(raw) || TRAILING_NOTICE.test(raw) || RESERVED.test(raw);
  if (!hadNotice) return raw.trim().replace(TRAILING_SEPARATOR, '') || null;
  const name = raw.trim().replace(LEADING_NOTICE, '').replace(RESERVED, '').replace(TRAILING_NOTICE, '').replace(TRAILING_YEARS, '').replace(/(?<![\s,;|•·–—-])[\s,;|•·–—-]+$/u, '').replace(/\.$/u, '').trim();
  return /\p{L}/u.test(name) ? name : null;
}

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

/** The first candidate that is a name rather than a bare host name; the first one when all are hosts. */
export function preferNamed<T>(candidates: T[], nameOf: (c: T) => string): T | undefined {
  return candidates.find((c) => !isBareHost(nameOf(c))) ?? candidates[0];
}
