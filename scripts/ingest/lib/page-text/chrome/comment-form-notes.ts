/**
 * The notes a comment form carries, in English and the languages of most news on the web (chrome
 * rule `comment-form-note`): that the site filters spam with Akismet ("This site uses Akismet to
 * reduce spam. Learn how your comment data is processed."), that the reader must sign in or register
 * to comment ("Sie müssen sich anmelden, um Kommentare zu schreiben.", "Para comentar debes
 * registrarte."), keep to the netiquette, and that the e-mail field will not be published ("E-Mail
 * (wird benötigt und nicht veröffentlicht)"). Each names the comment, the reader's sign-in or the form's
 * field in the form's own voice; no article writes them. A line is at most 240 characters.
 */
export const COMMENT_FORM_NOTE =
  /^(?=[^]{0,240}$)(?:[^]*?(?<!\p{L})akismet(?!\p{L})[^]*?(?:spam|indésirables)[^]*|(?:you must be|you need to be) logged in to (?:post|leave|write) a comment\.?|(?:sie müssen|du musst) (?:sich |dich )?(?:angemeldet sein|anmelden|einloggen|registrieren),? um (?:einen )?(?:kommentar|kommentare) (?:zu )?(?:schreiben|verfassen|abgeben|abzugeben)\.?|bitte (?:registrieren sie sich|melden sie sich an) und halten sie sich an (?:unsere )?netiquette\.?|para comentar (?:debes|debe|tienes que|tiene que) (?:registrarte|registrarse|iniciar sesión|estar registrado)\b[^]*|(?:e-?mail|mail)\s*\((?:wird |will )?(?:benötigt|required|erforderlich)?[^)]{0,20}?(?:nicht veröffentlicht|not be published)[^)]{0,20}\)[^]{0,30})$/iu;

/** A line COMMENT_FORM_NOTE may match has one of these: most lines are not looked at further. */
export const COMMENT_FORM_NOTE_MAY_MATCH = /akismet|comment|kommentar|netiquette|comentar|published|veröffentlicht/i;
