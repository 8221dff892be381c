/**
 * A copyright line is the page's footer, and a browser's text copy often runs the footer's links onto
 * it: "©2025 Example Bank. Privacy. Terms of Use." The outlet is the name before those links, not the
 * line's whole rest. A link is told by the words footers name their legal pages with, in the languages
 * of most news on the web; it must start a piece after a separator (". ", " | ", " · ", " • ", " - "),
 * so a name that holds such a word ("Privacy International") keeps it.
 */

/** The first word or two of a footer's legal or service link (also read by main-text/shared/site-link-label.ts). */
export const FOOTER_LINK_WORDS = [
  'privacy', 'terms', 'cookies?', 'contact', 'sitemap', 'site map', 'legal', 'imprint', 'accessibility', 'disclaimer',
  'about us', 'advertise', 'careers', // English
  'impressum', 'datenschutz', 'agb', 'kontakt', 'nutzungsbedingungen', // German
  'mentions légales', 'confidentialité', 'conditions', 'politique', // French
  'aviso legal', 'política', 'privacidad', 'términos', 'contacto', // Spanish, Portuguese
  'privacy policy', 'informativa', 'note legali', // Italian
  'polityka', 'regulamin', // Polish
];
/**
 * The account links a footer runs on after the name too ("Example Bank. Log in | Privacy Policy"); only
 * here, where they follow a separator after a copyright's name (a menu's "Login" is another rule's).
 */
const ACCOUNT_LINK_WORDS = ['log ?in', 'sign ?in', 'sign ?up', 'register', 'subscribe', 'anmelden', 'connexion', 'se connecter', 'iniciar sesión', 'accedi'];
const LINKS_AFTER_NAME = new RegExp(`(?:\\.\\s+|\\s+[|·•–-]\\s+)(?:${[...FOOTER_LINK_WORDS, ...ACCOUNT_LINK_WORDS].join('|')})(?![\\p{L}\\p{N}])[\\s\\S]*$`, 'iu');
/** A separator first: the year ran straight into it ("© 2017 | “Your Alternative Voice”"), and no name came before. */
const SEPARATOR_FIRST = /^[|·•–-]\s/;

/**
 * The name a copyright line gives, without the footer links run on after it ("Example Bank. Privacy.
 * Terms of Use" → "Example Bank"); empty when the line gives none before a separator.
 */
export function withoutFooterLinks(name: string): string {
  if (SEPARATOR_FIRST.test(name.trim())) return '';
  return name.replace(LINKS_AFTER_NAME, '').trim();
}
