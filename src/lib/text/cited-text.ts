/**
 * The part of a source sentence worth citing. An agency report's first sentence carries the dateline
 * ("BEIJING, Oct. 30 (Xinhua) -- China will …") and sometimes the byline ("By Li Wei BEIJING, …"):
 * they say where and when the report was filed, which the citation's source already says, and a quote
 * that opens with them reads as if the speaker said "BEIJING". The article page keeps the sentence
 * whole; quotes and excerpts elsewhere show it from its first word of news.
 *
 * The rules are about the shape of a dateline, not about any outlet: a place in capitals (or any place
 * followed by an agency in brackets), an optional short date, an optional agency, then a dash.
 */

// "BEIJING", "NEW YORK", "PEKING, 30. Oktober", "GENEVA, Switzerland, March 3, 2021", "Beijing (AFP)".
const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}`;
const PLACE_ANY = String.raw`\p{Lu}[\p{L}\p{M} .'’-]{1,40}?`;
/** ", Oct. 30", ", 30. Oktober", ", Switzerland, March 3, 2021": after a comma, short, with a number in it. */
const DATE_PART = String.raw`(?:,\s*(?=[^()–—]{0,30}\p{N})[\p{L}\p{N}][\p{L}\p{M}\p{N} .,'’/]{0,38}?)?`;
const AGENCY = String.raw`\s*\([^()]{2,40}\)`;
const DASH = String.raw`\s*(?:--|—|–|\s-)\s*`;

const DATELINE_CAPS = new RegExp(String.raw`^${PLACE_CAPS}${DATE_PART}(?:${AGENCY})?${DASH}(?=\S)`, 'u');
const DATELINE_AGENCY = new RegExp(String.raw`^${PLACE_ANY}${DATE_PART}${AGENCY}${DASH}(?=\S)`, 'u');
/** "By Li Wei", "BY JOHN SMITH, Reuters": up to four names' words and an optional affiliation after a comma. */
const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s*[^,|:–—]{2,40}?)?(?:\s*\|\s*[^|]{1,40}?)*\s*(?:--|—|–|\||:|\s(?=\p{Lu}{2,}))\s*/u;

/** A dateline's length at the start of `text` (0 when there is none). The place must not be the whole sentence's subject. */
function datelineLength(text: string): number {
  const m = DATELINE_CAPS.exec(text) ?? DATELINE_AGENCY.exec(text);
  if (!m) return 0;
  // "US - China trade …" and "NASA - and China -" are sentences, not datelines.
  const head = m[0];
  const datedOrSigned = /[,(]/.test(head);
  // "BEIJING — China said …": without a date or an agency, only a place in capitals before a new sentence.
  if (!datedOrSigned && !(/\p{Lu}{3,}/u.test(head) && /^[\p{Lu}“"‘']/u.test(text.slice(head.length)))) return 0;
  return head.length;
}

/** `sentence` without a leading byline and dateline; unchanged when it has neither. */
export function citedText(sentence: string): string {
  let text = sentence.trimStart();
  const by = BYLINE.exec(text);
  if (by) {
    const rest = text.slice(by[0].length);
    // A byline is only taken off in front of a dateline or a separator, where it cannot be the start of a sentence.
    if (datelineLength(rest) > 0 || /[|:–—-]\s*$/.test(by[0])) text = rest;
  }
  const n = datelineLength(text);
  if (n > 0) text = text.slice(n);
  return text === sentence.trimStart() ? sentence : text;
}
