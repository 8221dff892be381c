/**
 * A page's text as a regular expression that matches just that text. Only the characters that are
 * special outside a character class are escaped: in a Unicode pattern (flag `u`) an escaped
 * character that is not special (`\-`) is a syntax error, so a user name with a hyphen would fail
 * its page.
 */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
