/**
 * The placeholder a page shows where an embedded video or post waits for the reader's consent, when no
 * class names its box (html-furniture.ts's "consent" word): a line that tells the reader external or
 * third-party content is shown here once they agree ("To see it, you must agree to the loading of
 * external content", "En cliquant sur « Afficher », vous acceptez …"), and its button ("Load external
 * content", "Externe Inhalte laden"). Its own words are the evidence: the external content, the
 * reader's agreement, and the reader addressed; an article's sentence about consent and third-party
 * platforms speaks of others, not to "you". The German placeholder's fixed lines are read as the text
 * path reads them (lib/page-text/boxes/german-consent-placeholder-lines.ts). Used by
 * lib/html/furniture/html-furniture.ts.
 */
import { isGermanPlaceholderLine } from '../../page-text/boxes/german-consent-placeholder-lines.ts';
import { countWords } from '../../page-text/language/text.ts';
import { READER_ADDRESSED } from '../../page-text/boxes/reader-addressed.ts';

/** External content, by the words consent managers use, in the languages of most news on the web. */
const EXTERNAL =
  /\b(?:external (?:content|media)|third[- ]party (?:content|provider|platform|service)s?|contenus? (?:externes?|tiers)|contenido externo|contenuti? estern[oi]|externe inhoud|conteúdo externo|treści? zewnętrzn\p{L}*|externe[nrm]? inhalte?|drittanbieter\p{L}*|drittplattform\p{L}*)/iu;
/**
 * A word every alternative of EXTERNAL holds, with its flags: where none is, EXTERNAL cannot match, and
 * this plain scan (no word boundary, no letter class) costs half of EXTERNAL's on the lines it rejects,
 * nearly all of an article's.
 */
const MAY_BE_EXTERNAL = /extern|third|conte|treś|dritt/iu;
/**
 * A word that either pre-check (MAY_BE_EXTERNAL, or the German lines' own: isGermanPlaceholderLine) needs:
 * every block the extractor kept is asked both, and one scan of the union rejects nearly all of an
 * article's in place of two. Each alternative is part of one of theirs ("inhalt" of "inhalte?\b" and
 * "redaktioneller inhalt", "dritt" of "drittplattform"), and the flags "iu" fold at least as the German
 * check's "i" does for its ASCII words, so it matches wherever either could.
 */
const MAY_BE_PLACEHOLDER = /einverstanden|einverständnis|freischalten|datenschutzeinstellungen|an dieser stelle|inhalt|extern|third|conte|treś|dritt/iu;
/** The patterns and their checks, for the tests that hold the ones to the others. */
export const EXTERNAL_PATTERNS = { EXTERNAL, MAY_BE_EXTERNAL, MAY_BE_PLACEHOLDER };
/** The reader's agreement. */
const AGREE =
  /\b(?:agree|consent|accept|allow|enable|acceptez|accepter|autorise[rz]?|consentement|acepta[rs]?|consiente|accett\p{L}*|consenso|akzeptier\p{L}*|einverstanden|zustimm\p{L}*|einwillig\p{L}*|erlaub\p{L}*|zgod\p{L}*|akkoord|toestemming)/iu;
/**
 * Beside the words that address the reader anywhere (reader-addressed.ts), a placeholder's few lines
 * can afford those that do so only in some languages: "Sie" at a sentence's start (capitalised: the
 * formal you, not "she"), Dutch "je", Italian "Lei", and the reader's own voice of a button's
 * sentence ("Ich bin einverstanden, dass mir externe Inhalte angezeigt werden").
 */
const READER_HERE = /\b(?:lei|je|ich|mir)\b/iu;
const READER_FORMAL = /\bSie\b/u;
/** The button: "Load external content", "Afficher le contenu externe". */
const ACTION = /\b(?:show|load|display|view|afficher|charger|mostrar|cargar|mostra|carica|anzeigen|laden|zeigen|tonen|pokaż|załaduj)\b/iu;
const BUTTON_WORDS = 5;
const LINE_CHARS = 400;

export function isConsentPlaceholder(text: string): boolean {
  if (text.length > LINE_CHARS || !MAY_BE_PLACEHOLDER.test(text)) return false;
  if (isGermanPlaceholderLine(text)) return true;
  if (!MAY_BE_EXTERNAL.test(text) || !EXTERNAL.test(text)) return false;
  if (countWords(text, BUTTON_WORDS + 1) <= BUTTON_WORDS) return ACTION.test(text);
  return AGREE.test(text) && (READER_ADDRESSED.test(text) || READER_HERE.test(text) || READER_FORMAL.test(text));
}
