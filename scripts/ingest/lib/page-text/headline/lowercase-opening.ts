/**
 * A line that opens on a small word in lower case and goes on in capitals: a button's tail ("or
 * Create Your Own"), a product's list of features ("für In- und Outdoor, mit Fernbedienung"), a
 * shop's terms ("ab 75 Euro Bestellwert …"), a sentence cut short. A headline opens on a capital, or
 * is set in lower case throughout ("what is once sprung cannot …", a blog's style). Only a function
 * word (a stopword of the languages most news is in) opens such a fragment: a name set in lower case
 * ("adidas", "creditshelf") may open a headline, and so may a first word with a capital or a figure
 * inside ("iPhone", "n8n", "macOS") or joined by a hyphen or an underscore ("e-Bikes").
 */
import { stopwordsFor } from '../language/language.ts';

/** The first word in lower-case letters only, then the rest of the line. */
const LOWER_FIRST_WORD = /^(\p{Ll}+)\s+(\S.*)$/u;
/** A name's particle, written in lower case before the capitalised name ("de Blasio", "van Gogh", "von der Leyen"). */
const NAME_PARTICLE = /^(?:de|del|della|der|den|di|da|dos|du|van|von|ten|ter|le|la|al|el|bin|ibn|af|zu)$/u;
/** The languages whose function words are read: those of most news written in capitals. */
const LANGUAGES = ['eng', 'deu', 'fra', 'spa', 'ita', 'nld', 'por'];
let functionWords: ReadonlySet<string> | null = null;

export function lowercaseOpening(line: string): boolean {
  const m = LOWER_FIRST_WORD.exec(line.trim());
  if (!m || NAME_PARTICLE.test(m[1])) return false;
  functionWords ??= new Set(LANGUAGES.flatMap((l) => [...stopwordsFor(l)]));
  return functionWords.has(m[1]) && /(?:^|\s)\p{Lu}/u.test(m[2]);
}
