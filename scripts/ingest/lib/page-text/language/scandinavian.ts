/**
 * franc-min has a model for Swedish and none for Danish or Norwegian: it takes a Norwegian page for
 * Swedish, a Danish one for Swedish or Dutch, and the page is then read with that language's
 * stopwords ("och", "inte", "är"; "het", "niet"), which its own "og", "ikke", "er" are not. A line's
 * stopword share is how the main-text stage tells a sentence from a label, so such a page's
 * sentences read as little better than its menus.
 *
 * The words the languages spell apart settle it, counted in the sample franc read: Swedish "och",
 * "inte", "är", "att", "för"; Danish and Norwegian both "og", "ikke", "jeg", "hvor", "også"; then
 * Norwegian "av", "hva", "mye", "noen", "ble", "etter", "enn", "nå" against Danish "af", "hvad",
 * "meget", "nogen", "blev", "siger", "tilbage" (words Swedish writes alike, "sig", "efter", are left
 * out of Danish's); Dutch "het", "niet", "een", "van". The language with the most wins; when franc's
 * own has as many, its answer stands.
 */
const MARKS: Record<string, RegExp> = {
  swe: /(?<!\p{L})(?:och|inte|är|att|också|från|när|här|någon|något|några|mycket|skulle|jag|ett|för|vill|ska)(?!\p{L})/giu,
  nob: /(?<!\p{L})(?:og|ikke|jeg|hvor|også|av|hva|mye|noen|ble|mellom|gjennom|sier|seg|etter|fikk|vært|tilbake|nå|enn)(?!\p{L})/giu,
  dan: /(?<!\p{L})(?:og|ikke|jeg|hvor|også|af|hvad|meget|nogen|blev|mellem|gennem|siger|fik|været|tilbage)(?!\p{L})/giu,
  nld: /(?<!\p{L})(?:het|niet|een|van|zijn|wordt|ook|dat|naar|uit|bij)(?!\p{L})/giu,
};

/**
 * franc's answers that may be a Danish or Norwegian page: with franc's Danish and Norwegian models
 * (franc-more-models.ts) it names them too, and takes one for the other on a short sample.
 */
export const MAY_BE_DANISH_OR_NORWEGIAN = new Set(['swe', 'nld', 'dan', 'nob']);

/** The language of a sample franc read as Swedish or Dutch: Swedish, Danish, Norwegian (Bokmål) or Dutch. */
export function swedishDanishNorwegianOrDutch(sample: string, franc: string): string {
  const count = (iso3: string) => sample.match(MARKS[iso3])?.length ?? 0;
  let best = franc;
  let most = count(franc);
  // Danish before Norwegian: as many marks of each (only the words they share), Danish's longer list.
  for (const iso3 of ['dan', 'nob', 'swe']) {
    if (iso3 === franc) continue;
    const n = count(iso3);
    if (n > most) [best, most] = [iso3, n];
  }
  return best;
}
