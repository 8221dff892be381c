/**
 * "Lauren Berg MS, RDN, LD", "John Roe PhD": a degree or a licence written after the name with only a
 * space between. The byline cleaner (author.ts) keeps credentials after a comma ("Anna Berg, MS, RD"),
 * as every field and reader of both paths writes them; run on with a space they read as the name's last
 * word, so the name is given as "Lauren Berg MS". Here the comma is set back where the byline left it
 * out: "Lauren Berg, MS, RDN, LD".
 */

/**
 * Academic degrees and health or finance licences as bylines write them after a name, in the case
 * they are written in. Not "MA" or "DO" (a surname in capitals: "Li MA", "Jean DO"), nor a
 * generation's "III" or "Jr." (part of the name), nor a trade's certifications: only titles a reader
 * knows as a degree or a licence.
 */
const DEGREES_AND_LICENCES = new Set([
  'PhD', 'Ph.D.', 'Ph.D', 'DPhil', 'MD', 'M.D.', 'D.O.', 'MBBS', 'MBChB', 'DDS', 'DMD', 'DVM', 'PharmD', 'PsyD', 'EdD', 'DrPH', 'JD', 'LLM',
  'MS', 'M.S.', 'MSc', 'MPH', 'MBA', 'MFA', 'MEd', 'MSW', 'MSN', 'BSN', 'RN', 'NP', 'APRN', 'FNP', 'FNP-C', 'DNP', 'PA-C',
  'RD', 'RDN', 'LD', 'LDN', 'CDN', 'CDE', 'CDCES', 'CSSD', 'CPT', 'CSCS', 'LCSW', 'LMFT', 'LPC', 'CPA', 'CFP', 'CFP®', 'CFA',
  'FACP', 'FACS', 'FAAP', 'FACLM', 'FRCP', 'FRCS',
]);

/** A word of a name in mixed case ("Lauren", "O'Neil", "Berg-Lund") or an initial ("A."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’][\p{L}'’-]*|\p{Lu}\.)$/u;

/**
 * The name with a comma before the credentials run onto it ("John Roe PhD" → "John Roe, PhD"), or
 * the name as it was. The name before them keeps two words at least, each written as a name's in
 * mixed case ("Li MD Wang" has none at its end; "ANNA BERG MD" tells no boundary).
 */
export function credentialsSetOff(name: string): string {
  // Most names end in lower case: a credential's last letter is a capital, a stop or "®" ("MSc", "MEd" aside).
  const lastChar = name.charCodeAt(name.length - 1);
  if (lastChar >= 97 && lastChar <= 122 && !/(?:MSc|MEd|DPhil|MBChB)$/.test(name)) return name;
  const words = name.split(' ');
  let k = words.length;
  while (k > 0 && DEGREES_AND_LICENCES.has(words[k - 1])) k--;
  if (k === words.length || k < 2 || !words.slice(0, k).every((w) => NAME_WORD.test(w))) return name;
  return `${words.slice(0, k).join(' ')}, ${words.slice(k).join(', ')}`;
}
