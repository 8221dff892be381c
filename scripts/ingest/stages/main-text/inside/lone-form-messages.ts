/**
 * A web form's own lines alone on their line: a field's label with its required mark ("Name *", "Email*",
 * "Phone *") or the e-mail field's alone ("Email Address"), the comment form's "Save my name, email, and website in
 * this browser for the next time I comment.", the messages the form shows once sent ("Thank you! Your submission has been received!",
 * "Oops! Something went wrong while submitting the form.", "There was an issue with the form. Please try
 * again.", "Something went wrong. Please try again later.") and a widget's placeholder while its content
 * loads ("Loading..."). A page's contact, sign-up or comment form stands under the article
 * or between its paragraphs; innerText keeps its labels and the messages the page hides until they are
 * needed, and a short line of them weighed as one and the run kept it. No article writes a field's label
 * with its star, nor these messages alone on a line: a sentence that says something went wrong in the
 * story ("Something went wrong with the launch.") has more to say, and stays.
 * The text path's dev bodies (session 54, at dfe1b84b) kept about 35 of these lines (meta on 16 pages of as many
 * sites, body 1), none of them a truth's; "Company", "Website" and "name" without a star are truth lines there.
 * Under the first paragraph only, as lone-share-buttons.ts and for its reason: over it the header's rules
 * read the lines.
 * Read by detectMainText (through shared/lone-control-lines.ts) before the run is found.
 */
import type { LoneControl } from '../shared/lone-control-lines.ts';

/** A form's field, in English and the languages of most news on the web. */
const FIELD = String.raw`(?:(?:first|last|full|your) )?(?:name|e-?mail(?: address)?|phone(?: number)?|website|company|message|comment|opt-in|vorname|nachname|e-mail-adresse|nom|prénom|courriel|nombre|correo(?: electrónico)?|teléfono|nome|telefono)`;

const FORM_LINE = new RegExp(
  `^(?:${[
    // "Name *", "Email*": the field's label and the mark that it must be filled
    String.raw`${FIELD}\s?\*`,
    // the e-mail field's label needs no star: no article heads a section so ("Company", "Website", "Name" do)
    String.raw`(?:your )?e-?mail address`,
    // the box a blog's comment form ticks to remember the reader
    String.raw`save my name, e-?mail,? and website in this browser for the next time i comment\.?`,
    // the messages once the form is sent, as the site builders word them
    String.raw`thank you!? your submission has been received!?`,
    String.raw`(?:oops!?\s*)?something went wrong while submitting the form[.!]?`,
    String.raw`(?:oops!?\s*)?something went wrong[.!]\s*please try again(?: later)?[.!]?`,
    String.raw`there was (?:an issue|a problem|an error) with (?:the|your) (?:form|submission)[.!]?(?:\s*please try again(?: later)?[.!]?)?`,
    // a widget's placeholder while its content loads; not "Loading paragraph...": a page whose article never
    // loaded shows one for each paragraph, and with them gone the run only moved from one box to another
    String.raw`loading\s?(?:\.{3}|…)`,
  ].join('|')})$`,
  'iu',
);
/** The longest line is under ninety characters: longer lines are not looked at further. */
const MAX_CHARS = 90;

export const FORM_LINE_WHY = "a web form's field label, its message once sent, or a widget's loading placeholder, alone on its line";

// The comment form's line is a sentence long enough to read as prose; its whole wording is the form's.
export const LONE_FORM_LINES: LoneControl = { line: FORM_LINE, maxChars: MAX_CHARS, why: FORM_LINE_WHY, prose: true };
