/**
 * A message a PHP site's server printed into the page instead of (or over) the page's own text:
 * "Deprecated: Assigning the return value of new by reference is deprecated in
 * /www/htdocs/blog/wp-settings.php on line 520", "Warning: Cannot modify header information - headers
 * already sent in /var/www/index.php on line 12". PHP writes its messages in English whatever the
 * site's language, always in one form: the kind of message, a colon, what went wrong, then the
 * script's file and its line. A scraper copies them as lines of text at the top of the page, where
 * the headline and the article's opening would be: they are neither, in any language.
 */

/** The kinds of message PHP prints, at the line's start ("PHP Warning:" as a log writes it). */
const KINDS = String.raw`(?:PHP\s+)?(?:Deprecated|(?:Catchable |Recoverable )?Fatal error|Parse error|Warning|Notice|Strict Standards)\s*:`;

/**
 * The kind, the colon, the message, "in FILE on line N": the file a script's full path ("/var/www/…",
 * "C:\xampp\…"), so that a headline's "Warning: … in Leeds on line 4" is none.
 */
// Each part has a bound (a message, a path, what PHP writes between the file and its line): a line that
// only opens like one ("Warning: " and a long text with " in /…" over and over) is let go in a few steps.
export const SERVER_ERROR_LINE = new RegExp(String.raw`^${KINDS}\s+.{1,1000}?\sin\s+(?:[A-Za-z]:)?[\\/]\S{0,500}?\.(?:php\d?|inc|phtml)\b.{0,100}?\son\s+line\s+\d+\.?$`, 'iu');

/** Every line SERVER_ERROR_LINE matches opens on one of the kinds: most lines are not looked at further. */
export const SERVER_ERROR_LINE_MAY_MATCH = new RegExp(`^${KINDS}`, 'i');
