/**
 * Slovenian and Croatian, Serbian (Latin) and Bosnian share most of their trigrams, and franc reads a
 * short Slovenian news paragraph as Croatian (or the other way), after which the page is read with
 * the other language's stopwords. Their most frequent function words are spelt apart and settle it:
 * Slovenian "in" (and), "v" (in), "so" (are), "ki" (who, which), "ker" (because), "kjer", "tudi",
 * "še", "bo", "bodo", "kot", "zelo", "lahko", "bil", "kar", "vendar", "saj", "tega" against
 * Croatian, Serbian and Bosnian "i", "u", "su", "koji", "koja", "koje", "jer", "gdje", "gde", "kao",
 * "još", "također", "takođe", "će", "nije", "ili", "što", "šta", "već", "bio", "nakon". Words both
 * write, or that one uses now and then ("pa", "ni", "sam", "ali", "da", "je"), are left out.
 * More of one kind than of the other decides; as many of each, franc's answer stands.
 */
const SLOVENIAN = /(?<!\p{L})(?:in|v|so|ki|ker|kjer|tudi|še|bo|bodo|kot|zelo|lahko|bil|kar|vendar|saj|tega)(?!\p{L})/giu;
const SERBO_CROATIAN =
  /(?<!\p{L})(?:i|u|su|koji|koja|koje|jer|gdje|gde|kao|još|također|takođe|će|nije|ili|što|šta|već|bio|nakon)(?!\p{L})/giu;

/** franc's answers that may be a Slovenian page, or a Croatian, Serbian or Bosnian one read as Slovenian. */
export const MAY_BE_SLOVENIAN = new Set(['slv', 'hrv', 'srp', 'bos']);

/** Slovenian, or franc's answer among Croatian, Serbian and Bosnian ("hrv" when franc said Slovenian). */
export function slovenianOrSerboCroatian(sample: string, franc: string): string {
  const slovenian = sample.match(SLOVENIAN)?.length ?? 0;
  const other = sample.match(SERBO_CROATIAN)?.length ?? 0;
  if (slovenian > other) return 'slv';
  if (other > slovenian && franc === 'slv') return 'hrv';
  return franc;
}

/**
 * Serbian is written in two scripts and franc reads both as Bosnian. Cyrillic names Serbian (Bosnian
 * and Croatian news is written in Latin). In Latin, the reflex of the old vowel jat settles it:
 * Serbian writes it "e" (ekavian: "gde", "posle", "vreme", "deca"), Bosnian and Croatian "je" or "ije"
 * (ijekavian: "gdje", "poslije", "vrijeme", "djeca"). Words whose ekavian form is also another word
 * ("sveta" holy, "dela" deeds) are left out; more ekavian than ijekavian words makes the page Serbian.
 */
const EKAVIAN =
  /(?<!\p{L})(?:gde|negde|posle|pre|vreme|deca|dece|deci|dete|mesto|mesta|mestu|sledeći|sledeća|sledeće|sledećeg|uvek|reč|reči|ceo|cela|celu|celog|deo|delu|primer|primera|vest|vesti|dve|lepo|reka|reke|nedelja|nedelje|verovatno|vek|veka|telo|tela)(?!\p{L})/giu;
const IJEKAVIAN =
  /(?<!\p{L})(?:gdje|negdje|poslije|prije|vrijeme|djeca|djece|djeci|dijete|mjesto|mjesta|mjestu|sljedeći|sljedeća|sljedeće|sljedećeg|uvijek|riječ|riječi|cijeli|cijela|cijelu|cijelog|dio|dijelu|primjer|primjera|vijest|vijesti|dvije|lijepo|rijeka|rijeke|nedjelja|nedjelje|vjerovatno|vjerojatno|vijek|vijeka|tijelo|tijela)(?!\p{L})/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;

/** Serbian ("srp") for a page of Serbo-Croatian franc read as Croatian, Serbian or Bosnian that is Cyrillic or ekavian; else franc's answer. */
export function serbianOrFranc(sample: string, franc: string): string {
  if (franc !== 'hrv' && franc !== 'srp' && franc !== 'bos') return franc;
  if ((sample.match(CYRILLIC)?.length ?? 0) * 2 > (sample.match(LETTER)?.length ?? 0)) return 'srp';
  const ekavian = sample.match(EKAVIAN)?.length ?? 0;
  return ekavian > (sample.match(IJEKAVIAN)?.length ?? 0) ? 'srp' : franc;
}

/** Serbian Cyrillic's letters for Latin's (Gaj's alphabet), the digraphs first. */
const TO_CYRILLIC: [string, string][] = [
  ['lj', 'љ'], ['nj', 'њ'], ['dž', 'џ'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['đ', 'ђ'], ['e', 'е'],
  ['ž', 'ж'], ['z', 'з'], ['i', 'и'], ['j', 'ј'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['ć', 'ћ'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'ц'], ['č', 'ч'], ['š', 'ш'],
];

/** A lower-case Latin Serbo-Croatian word in Serbian Cyrillic ("njihov" → "њихов"). */
export function serbianCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const pair = TO_CYRILLIC.find(([latin]) => word.startsWith(latin, i));
    out += pair ? pair[1] : word[i];
    i += pair ? pair[0].length : 1;
  }
  return out;
}
