/**
 * The reader addressed: the words a page's own furniture uses to speak to "you", where an article's
 * prose speaks of others. One list for the rules that tell furniture by it: a site's promotions closing
 * the article (stages/main-text/closing/closing-promotions.ts) and the placeholder of embedded content waiting
 * for consent (lib/html/furniture/consent-placeholder.ts).
 *
 * German's polite "Sie", "Ihnen", "Ihr" count only capitalised inside a sentence: lower case they are
 * "they", "them", "her", and at a sentence's start "Sie" is as often "she" or "they". The familiar
 * forms and the other languages' words count in any position, with a capital first letter or none.
 * Words that are a pronoun of the reader in one language and of another person in a language the same
 * rules read are not here ("je": Dutch "you", French "I"; "lei": Italian polite "you" and "she"), nor
 * is "Sie" at a sentence's start: a rule that can afford them adds them itself.
 */
const POLITE_GERMAN = String.raw`(?<=[\p{Ll},;:–-]\s)(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)(?!\p{L})`;
const SECOND_PERSON = String.raw`(?<!\p{L})(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\p{L}*|[Ee]uch|[Ee]uer|[Ee]ure[mnrs]?|[Yy]ou|[Yy]our|[Vv]ous|[Vv]otre|[Tt]u|[Uu]sted|[Uu]stedes|[Vv]oi|[Uu]w|[Jj]ij)(?!\p{L})`;

/** A word that speaks to the reader: "you", "Sie" inside a sentence, "du", "vous", "usted". */
export const READER_ADDRESSED = new RegExp(`${POLITE_GERMAN}|${SECOND_PERSON}`, 'u');
