/**
 * A line that opens on a word in lower case and goes on in capitals: a fragment of the page's
 * furniture run together ("vorlesen Druckansicht Kommentare lesen"), a button's tail ("or Create Your
 * Own"), a product's list of features ("für In- und Outdoor, mit Fernbedienung") or a sentence cut
 * short. A headline opens on a capital, or is set in lower case throughout ("what is once sprung
 * cannot …", a blog's style). Left alone: a first word with a capital or a figure inside ("iPhone",
 * "n8n", "macOS"), or joined by a hyphen or an underscore ("e-Bikes", "rustc_codegen_gcc"), and a
 * name's particle before the name ("de Blasio", "van Gogh", "von der Leyen").
 */

/** The first word in lower-case letters only, then the rest of the line. */
const LOWER_FIRST_WORD = /^(\p{Ll}+)\s+(\S.*)$/u;
/** A name's particle, written in lower case before the capitalised name. */
const NAME_PARTICLE = /^(?:de|del|della|der|den|di|da|dos|du|van|von|ten|ter|le|la|al|el|bin|ibn|af|zu)$/u;

export function lowercaseOpening(line: string): boolean {
  const m = LOWER_FIRST_WORD.exec(line.trim());
  if (!m || NAME_PARTICLE.test(m[1])) return false;
  return /(?:^|\s)\p{Lu}/u.test(m[2]);
}
