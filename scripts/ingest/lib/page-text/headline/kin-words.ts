/**
 * Words of one family, for the headline chooser's test of the words a line shares with the article's
 * lead: a headline may share none as written, only as a compound's part or another form of them
 * ("Klimaschutz" over "Klima", "Regierung" over "Bundesregierung", "Zamachy" over "zamach"). A
 * family's likeness is weaker evidence than the word itself: it counts for less (headline.ts
 * KIN_WEIGHT), and only for a line that shares no word as written.
 */

/**
 * How many letters two words must open with alike to be forms of one stem, and how long a word must
 * be to be read as a part of a longer one: "haus", "land", "rat" are in too many compounds to tell
 * what an article is about.
 */
const KIN_LETTERS = 5;

/** A Hangul syllable. */
const HANGUL = /[\uac00-\ud7af]/;

/** Are the two words (in lower case) forms of one stem, or is one a part of the other? */
export function kinWords(a: string, b: string): boolean {
  // Korean writes a word's endings on it ("대통령" president, "대통령으로" as president): a Hangul
  // syllable holds two or three letters, so the stem is measured in letters (NFD's jamo); five of
  // them are two syllables, as long a stem as five Latin letters. A part is still found in syllables:
  // jamo read across two syllables would spell words nobody wrote.
  const hangul = HANGUL.test(a) && HANGUL.test(b);
  const x = hangul ? a.normalize('NFD') : a;
  const y = hangul ? b.normalize('NFD') : b;
  if (x.length < KIN_LETTERS || y.length < KIN_LETTERS) return false;
  if (x.slice(0, KIN_LETTERS) === y.slice(0, KIN_LETTERS)) return true;
  return a.length <= b.length ? b.includes(a) : a.includes(b);
}

/** A small letter, then a capital: where innerText ran two words together. */
const RUN_TOGETHER = /\p{Ll}\p{Lu}/u;

/**
 * Is the term (in lower case) written in `line` as words innerText ran together ("HomeNewsMarkets", a
 * path of links)? That is no compound: its parts are other links' names.
 */
export function gluedWord(line: string, lower: string, term: string): boolean {
  const at = lower.indexOf(term);
  // Lower case may change a text's length (a rare letter): then the line is not read for it.
  return at !== -1 && lower.length === line.length && RUN_TOGETHER.test(line.slice(at, at + term.length));
}
