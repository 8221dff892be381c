/**
 * A headline that is a quotation, whole: „Ich wollte, dass sie mich mögen. So überlebt man.“, "We
 * will rebuild", «Nous resterons». News pages head an interview or a portrait with the words of the
 * person it is about; those words need not be the article's, nor the standfirst's under them, which
 * says who spoke. A label, a menu's entry or a section's name is never written in quotation marks.
 */

/** Each opening mark with the closing marks languages pair it with. */
const PAIRS: Record<string, string> = {
  '„': '“”',
  '‚': '‘’',
  '“': '”“',
  '‘': '’‘',
  '"': '"',
  "'": "'",
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
};

/** How many words such a headline has at least: a quoted word alone is a name or a term. */
const MIN_WORDS = 2;

const CJK_PHRASE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u;

/**
 * Is the line one quotation, from its first character to its last: an opening mark, the quoted
 * words (two or more, no mark of the same pair inside them), its closing mark?
 */
export function wholeQuotation(line: string): boolean {
  const t = line.trim();
  if (t.length < 4) return false;
  const closers = PAIRS[t[0]];
  if (!closers || !closers.includes(t[t.length - 1])) return false;
  // An apostrophe inside a word ("won't", "l'été") is no quotation mark.
  const inside = t.slice(1, -1).replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  // "'A' and 'B'": two quotations, not one.
  for (const c of t[0] + closers) if (inside.includes(c)) return false;
  // "« Vorige | Nächste »": a pager's links between guillemets, parted by a separator.
  if (/[|·•]/.test(inside)) return false;
  // Chinese and Japanese write no spaces between words: four characters make a phrase.
  return inside.trim().split(/\s+/).length >= MIN_WORDS || CJK_PHRASE.test(inside);
}

/**
 * Norwegian, Swedish, Danish, Finnish and Icelandic news mark a quotation with a dash that opens it:
 * "– Angsten vil øke" heads the article with the words of the person it is about, as quotation
 * marks do elsewhere. A list's item opens on a dash too, so the dash makes a quotation only in
 * those languages and only with words of a headline after it (a capital, no closing full stop).
 */
const DASH_QUOTING_LANGUAGES = new Set(['no', 'nb', 'nn', 'sv', 'da', 'fi', 'is']);
const DASH_QUOTATION = /^[–—-]\s+\p{Lu}\S*(?:\s+\S+)+$/u;

/** Is the line a quotation opened by a dash, in a language that writes quotations so? */
export function dashQuotation(line: string, lang: string): boolean {
  const t = line.trim();
  return DASH_QUOTING_LANGUAGES.has(lang) && DASH_QUOTATION.test(t) && !/[.。]$/.test(t);
}
