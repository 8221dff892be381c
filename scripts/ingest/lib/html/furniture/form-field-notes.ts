/**
 * The notes a form writes beside its fields, left in the article's box when a comment or newsletter form
 * stands under it: "Required, will not be published" (a comment form's e-mail field, its label apart),
 * "Please enter a valid email address to continue" (a sign-up box's check). They speak to the reader
 * filling the form, in the form's own voice; no article writes them as a line of its own. The text path's
 * chrome rule `comment-form-note` takes the e-mail field's note where the label and the note are one line;
 * the saved page's markup sets them apart, so the HTML path sees the note alone.
 */
const FORM_FIELD_NOTE =
  /^(?:\(?(?:required|obligatory),? (?:but )?(?:will|would) not be (?:published|shared|displayed)\)?|(?:please )?enter (?:a |an |your )?(?:valid )?e-?mail(?: address)?(?: to (?:continue|subscribe|sign up))?)[.!]?$/i;
/** Longer than any note above: a line this long is not looked at. */
const NOTE_CHARS = 60;

/** Why a form's field note leaves the article. */
export const FORM_FIELD_NOTE_WHY = "a form's note beside its field (a comment or sign-up form's e-mail)";

export function isFormFieldNote(text: string): boolean {
  return text.length <= NOTE_CHARS && FORM_FIELD_NOTE.test(text.trim());
}
