/**
 * Does a note under a person's name open on that person as its subject (author-note-at-the-foot.ts)?
 * Notes on an author open on her whole name and a verb ("Jana Berg schreibt…"), but also on her whole
 * name and an apposition ("Dr Jana Berg, the site's lead editor, …"), or, under a line of the box's own
 * (her trade, "Author"), on her first name alone and a verb ("Jana has covered…"). A title-case heading
 * over a paragraph on its subject ("Apple Intelligence" / "Apple is rolling out…") has no trade line
 * between, so the first name alone counts only with one.
 */

/** After the name, the note's verb: a space and a lower-case word. */
const SUBJECT_GOES_ON = /^\s\p{Ll}/u;
/** After the whole name, an apposition: a comma and a space. */
const APPOSITION = /^,\s/;
/** Letters of a first name at least: an initial ("J.") is no name to open on. */
const FIRST_NAME_LETTERS = 3;

export function noteOpensOnThePerson(opening: string, name: string, underALineOfTheBox: boolean): boolean {
  const text = opening.trimStart();
  if (text.startsWith(name)) {
    const rest = text.slice(name.length);
    return SUBJECT_GOES_ON.test(rest) || APPOSITION.test(rest);
  }
  if (!underALineOfTheBox) return false;
  const first = name.split(/\s+/)[0];
  if (first.length < FIRST_NAME_LETTERS || first.endsWith('.')) return false;
  return text.startsWith(first) && SUBJECT_GOES_ON.test(text.slice(first.length));
}
