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
