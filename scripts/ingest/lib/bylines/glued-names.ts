/**
 * "Jasper RiemannBarbara Schneider": two writers' names whose elements innerText or a field ran
 * together, the first one's surname into the second one's first name. Set apart with a comma ("Jasper
 * Riemann, Barbara Schneider"), so the byline's cleaner (author.ts) reads a list of two.
 */

/**
 * A word that is a surname run into a first name: a capital, four lower-case letters or more, then a
 * capital and lower-case letters. "McAllister", "DeSantis", "MacDonald" open with two or three letters
 * before their second capital and stay whole.
 */
const GLUED_WORD = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u;

/** Prefixes of four letters or more a surname writes before a second capital ("FitzGerald", "VanderBilt"). */
const SURNAME_PREFIX = /^(?:Fitz|Vander|Della|Dalla|Delle|Degli)$/u;

/** The most words a byline of two glued names runs to. */
const MAX_WORDS = 8;

/**
 * The byline with a comma between two names run together, where the text is a few capitalised words
 * with one such word, and each side of it keeps a name of two words at least; else the text as it is.
 */
export function withGluedNamesApart(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > MAX_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return text;
  // Two words run together or more ("Garden ChecklistsFirst HomeGarden Planning") are a menu's row, no byline.
  if ((text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) !== 1) return text;
  for (let k = 1; k < words.length - 1; k++) {
    const m = GLUED_WORD.exec(words[k]);
    if (!m || SURNAME_PREFIX.test(m[1])) continue;
    return [...words.slice(0, k), `${m[1]},`, m[2], ...words.slice(k + 1)].join(' ');
  }
  return text;
}
