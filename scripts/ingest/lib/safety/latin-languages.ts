/**
 * How much of a reading reads as one language written in Latin letters: the judge between the
 * single-byte encodings of Europe's Latin script (Windows-1252 for Western Europe; Windows-1250 and
 * ISO-8859-2 for Central Europe; Windows-1254 for Turkish; Windows-1257 and ISO-8859-13 for Lithuanian,
 * Latvian and Estonian), which share ASCII and most accented vowels and differ in the rest.
 *
 * Letter by letter, every wrong reading looks like some language: Czech "příčina" in Windows-1252 is
 * "pøíèina", whose "ø" is Danish, "í" Spanish, "è" French. No one language writes all three, though,
 * nor "è" before a vowel. So each word is asked which languages write it (every accented letter of it
 * theirs, where they put it), the language that writes most of the reading's accented letters is the
 * reading's, and two readings are compared where they differ: on the characters whose bytes each
 * encoding reads otherwise, the right reading's language writes nearly all, a wrong one's few.
 */

/**
 * The accented letters (lower case) of each language written in these encodings. Broad on purpose
 * for Western languages (loan words, names): the wider they are, the higher the bar a Central
 * European reading must clear to be chosen over Windows-1252.
 */
const LETTERS: Record<string, string> = {
  // Western Europe (Windows-1252).
  fr: 'àâæçéèêëîïôœùûüÿ',
  de: 'äöüßéà',
  es: 'áéíñóúü',
  pt: 'áàâãçéêíóôõúü',
  it: 'àèéìíîòóùú',
  ca: 'àçéèíïòóúü',
  nl: 'áàäéèêëíïóöúü',
  da: 'æøåéó',
  no: 'æøåéóòôè',
  sv: 'åäöéü',
  fi: 'äöåšž',
  et: 'äöõüšž',
  is: 'áðéíóúýþæö',
  ga: 'áéíóú',
  sq: 'çë',
  // Central Europe (Windows-1250, ISO-8859-2); German's letters are in both too. Slovenian and
  // Croatian first: a text with only "č", "š", "ž" is theirs rather than Czech (which has "á", "í").
  sl: 'čćđšž',
  hr: 'čćđšž',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  hu: 'áéíóöőúüű',
  ro: 'ăâîşţșț',
  // Turkish (Windows-1254, ISO-8859-9): its dotless "ı" and "ğ", "ş" are where Windows-1252 has
  // Icelandic "ý", "ð", "þ"; "â", "î", "û" are in loan words.
  tr: 'çğıöşüâîû',
  // Baltic (Windows-1257, ISO-8859-13); Estonian is above, its "õ", "ä", "ö", "ü" in all the encodings.
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
};

/**
 * Where a language does not put its accented letters (the word in lower case): a Central European
 * letter read as a Western one lands where no Western language has it. French, Catalan, Dutch and
 * Norwegian write "è" before a consonant or at a word's end, never before a vowel (Czech "če" read
 * as "èe"); Italian writes its accents on a word's last letter only ("città", "perché"; Czech "místo"
 * with "ě" read as "mìsto"), French "ù" only in "où"; Portuguese "ã" and "õ" stand before a vowel or
 * "s" or end a word ("não", "lições"; Romanian "hotărât" read as "hotãrât", Hungarian "előtt" as
 * "elõtt"); Spanish "ñ" stands before a vowel ("año"; Polish "mieszkańcy" read as "mieszkañcy").
 * Central European spelling tells its two encodings apart the same way: Czech and Slovak write "di",
 * "ti", "ni" (Slovak "li", "le" too), never "ďi", "ťi", "ňi", "ľi"; Czech "ě" follows one of
 * b, d, f, m, n, p, t, v, and "ů" starts no word; Polish "ą" and "ę" start none, and "ń" stands before
 * no vowel ("ni" is written). So Slovak "žiadajú" saved in ISO-8859-2 and read as Windows-1250,
 * "ľiadajú", is no Slovak. And of these languages only Hungarian has a word of one accented letter
 * ("ő"): Windows-1252's "¼" read as Windows-1250, "Ľ", is none.
 */
const VOWEL = 'aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ';
const MISPLACED: Record<string, RegExp> = {
  // French and Portuguese write "ç" before "a", "o", "u" only ("garçon", "ação"), Catalan at a word's
  // end too ("feliç"): Latvian "pilsēta" read as Windows-1252 is "pilsçta".
  fr: new RegExp(`è[${VOWEL}]|ù.|ç(?![aouâôû])`, 'u'),
  pt: /[ãõ][^aeiosu]|õ$|ç(?![aouãõáóú])/u,
  ca: new RegExp(`è[${VOWEL}]|ç(?=.)(?![aouàòóú])`, 'u'),
  // Icelandic "þ" starts a word, or a compound's second part after a consonant ("Alþingi"), and ends
  // none; "ð" starts none; and its alphabet has no "c", "q", "w", "z" (Turkish "ş", "ğ", "ı" read as
  // Windows-1252: "Beþyol", "baþ", "rýzasý").
  is: /[aeiouyáéíóúýæö]þ|þ$|^ð|[cqwz]/u,
  nl: new RegExp(`è[${VOWEL}]`, 'u'),
  no: new RegExp(`è[${VOWEL}]`, 'u'),
  it: /[àèéìíîòóùú]./u,
  es: new RegExp(`ñ(?![${VOWEL}])`, 'u'),
  cs: /[ďťň][iíě]|(?:^|[^bdfmnptv])ě|^ů|^.$/u,
  sk: /[ďťňľ][eéiíě]|^.$/u,
  pl: /^[ąę]|ń[aeiouyóąę]|^.$/u,
  hu: /^[^ő]$/u,
  sl: /^.$/u,
  hr: /^.$/u,
  ro: /^.$/u,
  // Lithuanian's one word of one accented letter is "į" ("into"), and its nasal vowels stand before
  // no vowel (Slovenian "hišo" in ISO-8859-2 read as Windows-1250 is "hiąo"); Turkish and Latvian
  // have no such word. Turkish "ğ" follows a vowel, always (Latvian "šodien" in Windows-1257 read as
  // Windows-1254 is "ğodien"); "î" ends a word ("millî") and "û" follows "k", "g" or "l" ("mahkûm"):
  // Latvian "rīta", "jūrā" read in either are "rîta", "jûrâ".
  // Nor have Finnish and Estonian ("µ ©" read as ISO-8859-2 is "ľ Š").
  fi: /^.$/u,
  et: /^.$/u,
  tr: /^.$|(?:^|[^aeıioöuüâîû])ğ|î(?=.)|(?:^|[^kgl])û/u,
  lt: new RegExp(`^[^į]$|[ąęįų][${VOWEL}]`, 'u'),
  lv: /^.$/u,
};

const LANGUAGES = Object.keys(LETTERS);
const SHAPES = LANGUAGES.map((l) => MISPLACED[l] ?? null);
/** Each accented letter's languages, one bit each: a word's are those of all its letters, ANDed. */
const LANGUAGES_OF = new Map<string, number>();
LANGUAGES.forEach((l, bit) => {
  for (const c of LETTERS[l]) LANGUAGES_OF.set(c, (LANGUAGES_OF.get(c) ?? 0) | (1 << bit));
});
// Turkish "İ" in lower case is "i" and a combining dot ("İstanbul"): Turkish's, as "ı" is.
LANGUAGES_OF.set('İ'.toLowerCase(), LANGUAGES_OF.get('ı')!);

// Signs of European text (each only where a reading has it: Windows-1250 reads Windows-1252's "¿"
// as "ż"); one between two letters or characters that are not ASCII is a wrong reading's ("mo¿e",
// Polish "może"; "€€€", random bytes), an apostrophe apart.
const SIGN = /[\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u00AB\u00BB\u20AC\u00A3\u00B0\u00A9\u00AE\u2022\u00A7\u00B7\u00A0\u2122\u00D7\u2020\u00BF\u00A1]/u;
const APOSTROPHE = /[\u2019\u00B7]/u;
// Signs of numbers ("1½ cups", "±3", "m²"): beside no letter but a unit's "m" (Windows-1252 reads
// Polish "łódź" as "³ódŸ", "są" as "s¹").
const NUMBER_SIGN = /[\u00B9\u00B2\u00B3\u00BC\u00BD\u00BE\u00B1]/u;
const SUPERSCRIPT = /[\u00B9\u00B2\u00B3]/u;
// The ordinal indicators "º" and "ª" are letters to Unicode but signs of numbers in text ("1º",
// "nº", "1.ª"): after a digit, a full stop or the "n" of "número", before no letter. Windows-1250
// reads them as Romanian "ş" and "Ş": "nş" is no Romanian, "nº" no sign out of place.
const ORDINAL = /[\u00BA\u00AA]/u;
const WORD = /[[\p{L}\p{M}]--[\u00BA\u00AA]]+/gv;
const NON_ASCII_SIGN = /[^\x00-\x7F\s\p{L}\p{M}]|[\u00BA\u00AA]/gu;
const ASCII_LETTER = /[A-Za-z]/;
const NOT_ASCII = /[^\x00-\x7F]/;
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_NOT_ASCII = /[\p{L}\p{M}]|[^\x00-\x7F\s]/u;
const BROKEN = /[\uFFFD\u0080-\u009F]/u;

export interface LatinReading {
  /** Share of the reading's non-ASCII characters that its language writes (signs where they belong), 0–1. */
  score: number;
  /** Share of the accented letters in words that its language writes, signs left out, 0–1 (1 with none: nothing misread). */
  letterScore: number;
  /** That language (ISO 639-1), or null when no word has an accented letter. */
  language: string | null;
  /** For each character of the text: 1 when the reading's language writes it there (or it is ASCII, or a sign in place). */
  fits: Uint8Array;
}

/**
 * A reading judged: a word counts for a language when it writes every letter of it that is not
 * ASCII, where the word has it, in lower case, Title case or capitals ("pŘíčina" is a wrong
 * reading's) and, longer than one letter, with a plain letter too (a word made only of accented
 * letters is Cyrillic or Greek read in a Latin encoding: "Ńŕěűĺ"). A U+FFFD or control character
 * counts twice against.
 */
export function judgeLatin(text: string): LatinReading {
  const words: { index: number; length: number; accented: number; fits: boolean[] }[] = [];
  const good = new Array<number>(LANGUAGES.length).fill(0);
  let counted = 0;
  let letters = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!NOT_ASCII.test(word)) continue;
    const chars = [...word];
    const accented = chars.filter((c) => NOT_ASCII.test(c));
    counted += accented.length;
    letters += accented.length;
    const fits = new Array<boolean>(LANGUAGES.length).fill(false);
    words.push({ index: match.index, length: word.length, accented: accented.length, fits });
    if (chars.length > 1 && !chars.some((c) => ASCII_LETTER.test(c))) continue;
    const rest = word.slice(1);
    if (rest !== rest.toLowerCase() && word !== word.toUpperCase()) continue;
    let languages = -1;
    for (const c of accented) languages &= LANGUAGES_OF.get(c.toLowerCase()) ?? 0;
    if (!languages) continue;
    // Turkish "İ" in lower case is "i" and a combining dot, which no shape expects ("TRAFİĞE").
    const lower = word.toLowerCase().replace(/\u0307/g, '');
    for (let l = 0; l < LANGUAGES.length; l++) {
      if (!(languages & (1 << l)) || SHAPES[l]?.test(lower)) continue;
      fits[l] = true;
      good[l] += accented.length;
    }
  }
  let best = 0;
  for (let l = 1; l < LANGUAGES.length; l++) if (good[l] > good[best]) best = l;
  const fits = new Uint8Array(text.length).fill(1);
  for (const word of words) if (!word.fits[best]) fits.fill(0, word.index, word.index + word.length);
  let signs = 0;
  let broken = 0;
  for (const match of text.matchAll(NON_ASCII_SIGN)) {
    const c = match[0];
    const i = match.index;
    if (BROKEN.test(c)) broken++;
    else counted++;
    const letterAfter = i + 1 < text.length && LETTER.test(text[i + 1]);
    const letterBefore = i > 0 && LETTER.test(text[i - 1]);
    const glued = i > 0 && i + 1 < text.length && LETTER_OR_NOT_ASCII.test(text[i - 1]) && LETTER_OR_NOT_ASCII.test(text[i + 1]) && !APOSTROPHE.test(c);
    const numberSign = NUMBER_SIGN.test(c) && !letterAfter && (!letterBefore || (text[i - 1] === 'm' && SUPERSCRIPT.test(c)));
    const ordinal = ORDINAL.test(c) && !letterAfter && i > 0 && /[0-9.nN]/.test(text[i - 1]);
    if ((SIGN.test(c) && !glued) || numberSign || ordinal) signs++;
    else fits[i] = 0;
  }
  const total = counted + 2 * broken;
  return { score: total ? (good[best] + signs) / total : 0, letterScore: letters ? good[best] / letters : 1, language: good[best] ? LANGUAGES[best] : null, fits };
}

export interface Difference {
  /** Share of the differing characters that each reading's language writes there, 0–1. */
  a: number;
  b: number;
  /** How many of them each reading reads as letters. */
  aLetters: number;
  bLetters: number;
  count: number;
  /** The same shares, of the differing characters that one reading or both read as letters (signs against signs left out). */
  aOfLetters: number;
  bOfLetters: number;
}

/**
 * Two readings of the same single-byte text (one character per byte), compared where they differ:
 * the share of those characters that each one's language writes there, how many each reads as
 * letters, and how many they are.
 */
export function whereTheyDiffer(a: string, aReading: LatinReading, b: string, bReading: LatinReading): Difference {
  let count = 0;
  let aFits = 0;
  let bFits = 0;
  let aLetters = 0;
  let bLetters = 0;
  let withLetters = 0;
  let aLetterFits = 0;
  let bLetterFits = 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    count++;
    aFits += aReading.fits[i];
    bFits += bReading.fits[i];
    const aLetter = LETTER.test(a[i]);
    const bLetter = LETTER.test(b[i]);
    if (aLetter) aLetters++;
    if (bLetter) bLetters++;
    if (!aLetter && !bLetter) continue;
    withLetters++;
    aLetterFits += aReading.fits[i];
    bLetterFits += bReading.fits[i];
  }
  const share = (n: number, of: number) => (of ? n / of : 0);
  return { a: share(aFits, count), b: share(bFits, count), aLetters, bLetters, count, aOfLetters: share(aLetterFits, withLetters), bOfLetters: share(bLetterFits, withLetters) };
}
