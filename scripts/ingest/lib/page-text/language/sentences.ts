/**
 * Split a paragraph into sentences. Handles abbreviations ("Oct. 30", "U.S.", "Mr."), initials,
 * decimals, quotes that close after the full stop, and sentences fused without a space
 * ("global issues.China will…") as scraped pages often leave them.
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
    'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'rev', 'hon', 'dept', 'univ', 'approx', 'est', 'fig', 'vol',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
  ],
);

/**
 * Weekdays' short forms that are no English word ("Tues.", "Thurs."): not in ABBREVIATIONS, which
 * decides where a sentence breaks, since a weekday ends a sentence as often as a date follows it; read
 * only at a sentence's end (endsWithAbbreviation).
 */
const WEEKDAYS = new Set(['tue', 'tues', 'thu', 'thur', 'thurs', 'fri']);

/**
 * The sentence's closing full stop is an abbreviation's own ("… next Tues.", "… to the U.S.", "… Acme
 * Inc.", "… 6 a.m."): a sentence ending with one writes one full stop for both, which a text quoting
 * the sentence without its closing mark keeps. Letters between full stops, "etc.", or a capitalised
 * word of ABBREVIATIONS or WEEKDAYS: a word in small letters that is also a short form ("said no.",
 * "the dog sat.") and a lone capital ("Plan B.", "vitamin C.") end the sentence itself.
 */
export function endsWithAbbreviation(sentence: string): boolean {
  if (!sentence.endsWith('.') || sentence.endsWith('..')) return false;
  const before = sentence.slice(0, -1);
  if (endsWithDottedLetters(before)) return true;
  const word = before.slice(trailingRunStart(before));
  const lower = word.toLowerCase();
  return lower === 'etc' || (/^[A-Z]/.test(word) && (ABBREVIATIONS.has(lower) || WEEKDAYS.has(lower)));
}

// A break candidate: terminal punctuation, optional closing quotes/brackets, then space(s) or a
// capital letter directly (the fused case), then the start of the next sentence: a capital in any
// cased script (Latin with its accents, Cyrillic, Greek: "çıktı. İzmir'in", "году. Власти"), a
// letter of a script without case (Arabic, Hebrew, Hangul, Han: "했다. 이번"), or a figure. Only
// ASCII capitals before, the next sentence of a Russian, Turkish or Korean page was never set apart.
const BREAK = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+|(?=[“"‘(]?[A-Z]))(?=[“"‘(\[]?[\p{Lu}\p{Lo}0-9])/gu;

/** The text ends with a capital standing alone, in any cased script: an initial ("А. Пушкин", "Ö. Yılmaz"). */
const LONE_CAPITAL_AT_END = /(?:^|[^\p{L}\p{M}])\p{Lu}$/u;

/** Chinese and Japanese sentences end with a full-width mark and need no space after it. */
const CJK_BREAK = /(?<=[。！？][”」』）]?)(?=[^”」』）\s])/u;

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  if (/[。！？]/.test(text)) return text.split(CJK_BREAK).flatMap(splitLatin);
  return splitLatin(text);
}

function splitLatin(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[1].length + m[2].length;
    const before = text.slice(start, m.index);
    const fused = m[3] === '';
    if (!isBoundary(before, m[1], fused, text.slice(end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function isBoundary(before: string, punct: string, fused: boolean, after: string): boolean {
  if (punct !== '.') return !fused || endsWithTwoLowerCase(before);
  const lastWord = before.slice(trailingRunStart(before));
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return false;
  if (/^[A-Z]$/.test(lastWord)) return false; // an initial: "J. Smith", "S. Korea"
  if (LONE_CAPITAL_AT_END.test(before.slice(-2))) return false; // an initial in another script: "В. Путин"
  if (endsWithDottedLetters(before)) return false; // "U.S" in "U.S. officials"
  if (isDigit(before.charCodeAt(before.length - 1)) && isDigit(after.charCodeAt(0))) return false; // 3.5
  // Fused ("issues.China"): only between a lowercase word and a capitalised one, never inside
  // names or domains like "Xinhua.net" (lowercase after) or "S.Korea" (single letter before).
  if (fused) return endsWithTwoLowerCase(before) && /^[“"‘(]?[A-Z][a-z]/.test(after);
  return true;
}

// The tests on the end of the sentence so far are read from its end: a pattern anchored at the end
// (`/(?<![A-Za-z.])([A-Za-z.]+)$/`, `/\b(?:[A-Za-z]\.){1,}[A-Za-z]$/`, `/[a-z]{2}$/`, `/\d$/`) is
// tried from every character of the text before it, at every full stop of a paragraph.
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** `\w` without the u flag. */
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 0x5f;

/** `/[a-z]{2}$/.test(text)`. */
function endsWithTwoLowerCase(text: string): boolean {
  return text.length >= 2 && isLower(text.charCodeAt(text.length - 1)) && isLower(text.charCodeAt(text.length - 2));
}

/** Where the text's last run of ASCII letters and full stops starts (the text's length when it ends with none): `/(?<![A-Za-z.])([A-Za-z.]+)$/`'s match. */
function trailingRunStart(text: string): number {
  let start = text.length;
  while (start > 0 && (isAsciiLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e)) start--;
  return start;
}

/** `/\b(?:[A-Za-z]\.){1,}[A-Za-z]$/.test(text)`: the text ends with letters between full stops ("U.S"), the first at a word's start. */
function endsWithDottedLetters(text: string): boolean {
  const last = text.length - 1;
  if (last < 0 || !isAsciiLetter(text.charCodeAt(last))) return false;
  // Each "letter and full stop" before the last letter, walking back; a match may start at any of them.
  for (let dot = last - 1; dot >= 1 && text.charCodeAt(dot) === 0x2e && isAsciiLetter(text.charCodeAt(dot - 1)); dot -= 2) {
    const start = dot - 1;
    if (start === 0 || !isWordChar(text.charCodeAt(start - 1))) return true;
  }
  return false;
}
