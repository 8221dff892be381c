/**
 * franc-min has no model for Icelandic, and franc takes an Icelandic page for Danish (or, on a short
 * sample, for Indonesian): the page is then read with that language's stopwords. Icelandic is the
 * one living language that writes thorn (þ) beside eth (ð) — Faroese writes ð without þ, Old
 * English is no news language — and its commonest words carry them ("það", "því", "þar", "að",
 * "við"), so lower-case words with them name it.
 */
const WORD_WITH_ETH_OR_THORN = /(?<!\p{L})\p{Ll}*[ðþ]\p{L}*/gu;

/**
 * Icelandic when the sample has at least three words written in lower case with ð or þ, one of them
 * with þ: a name ("Þórður") is capitalised, and a Faroese text has no þ.
 */
export function isIcelandic(sample: string): boolean {
  if (!sample.includes('þ')) return false;
  const words = sample.match(WORD_WITH_ETH_OR_THORN) ?? [];
  return words.length >= 3 && words.some((w) => w.includes('þ'));
}

/**
 * The stopword package has no Icelandic list: its most frequent function words, so that a line's
 * stopword share tells a sentence from a label as it does in other languages.
 */
export const ICELANDIC_STOPWORDS = [
  'og', 'að', 'í', 'á', 'er', 'sem', 'það', 'við', 'til', 'um', 'en', 'ekki', 'var', 'með', 'af', 'fyrir', 'hann',
  'hún', 'þeir', 'þær', 'þau', 'þá', 'frá', 'eftir', 'hafa', 'hefur', 'hafði', 'verið', 'vera', 'eru', 'voru', 'sig',
  'sér', 'þessi', 'þetta', 'þess', 'þar', 'því', 'svo', 'eða', 'ef', 'nú', 'hér', 'upp', 'út', 'yfir', 'einnig',
  'mjög', 'þegar', 'sé', 'séu', 'eins', 'hvað', 'hver', 'allt', 'öll', 'ég', 'þú', 'mér', 'honum', 'henni', 'þeim',
  'heldur', 'líka', 'enn', 'aðeins', 'bara', 'verður', 'hefði', 'mun', 'myndi', 'hjá', 'undir', 'milli', 'vegna',
];
