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

// A break candidate: terminal punctuation, optional closing quotes/brackets, then space(s) or a
// capital letter directly (the fused case), then the start of the next sentence.
const BREAK = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+|(?=[“"‘(]?[A-Z]))(?=[“"‘(\[]?[A-Z0-9\u4e00-\u9fff])/g;

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
  if (punct !== '.') return !fused || /[a-z]{2}$/.test(before);
  const lastWord = /(?<![A-Za-z.])([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return false;
  if (/^[A-Z]$/.test(lastWord)) return false; // an initial: "J. Smith", "S. Korea"
  if (/\b(?:[A-Za-z]\.){1,}[A-Za-z]$/.test(before)) return false; // "U.S" in "U.S. officials"
  if (/\d$/.test(before) && /^\d/.test(after)) return false; // 3.5
  // Fused ("issues.China"): only between a lowercase word and a capitalised one, never inside
  // names or domains like "Xinhua.net" (lowercase after) or "S.Korea" (single letter before).
  if (fused) return /[a-z]{2}$/.test(before) && /^[“"‘(]?[A-Z][a-z]/.test(after);
  return true;
}
