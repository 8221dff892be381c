/**
 * Two words a call to action is read by, which article prose also uses in other senses: "Email" (a
 * noun as often as a verb: "Email marketing enables…") and "inbox" (a mail tool's inbox is no sign-up
 * form's "straight to your inbox"). Each is read here in the call's sense only; block-features.ts asks.
 * ("us" is still read in any case, the country "US" too: reading it case-sensitively cost a held-out
 * page on the fundus set, see the cta44 report.)
 */

/**
 * "Email" opening a line is the reader's imperative when an object follows ("Email us", "Email the
 * editor", "Email your questions to…", "Email to a friend", "Email: …", "Email news@…"); a noun opens
 * "Email marketing enables…", "Email notifications for…", "Email/ SMS campaigns".
 */
const EMAIL_VERB = /^email(?:\s*:|\s+(?:us|me|him|her|them|it|this|these|our|the|your|a|an|to|at))(?!\p{L})/iu;
/**
 * A sign-up box's heading ("Email Newsletters", "Email Updates") and a share row's button ("Email •
 * Twitter"), alone on their line: the call's words, though no verb.
 */
const EMAIL_BOX_LABEL = /^email\s+(?:newsletters?|updates|alerts)$|^email\s*[•·|]/iu;
/** "Email dan@example.com", "Email Jane Doe at jane@example.com": an address to write to. */
const EMAIL_OPENING = /^email\s/iu;
const ADDRESS = /[^\s@]@[^\s@]+\.\p{L}/u;
export function emailImperative(line: string): boolean {
  return EMAIL_VERB.test(line) || EMAIL_BOX_LABEL.test(line) || (EMAIL_OPENING.test(line) && ADDRESS.test(line));
}

/**
 * The reader's inbox, as a sign-up form names it: "your inbox", "your email inbox", "tu inbox",
 * "votre inbox". A mail tool's "unified inbox", "get to the inbox" is the article's subject.
 */
const READER_INBOX = /(?<!\p{L})(?:your|tu|tua|sua|seu|su|votre|ta|ton|deine[mn]?|ihre[mn]?|il tuo|la tua)\s+(?:e-?mail\s+)?inbox(?!\p{L})/giu;
/** A form's slogan closes on the reader's inbox: "ECO-ACTION IN YOUR INBOX!", "The week's news, in your inbox." */
const CLOSING_ON_READER_INBOX = /(?<!\p{L})(?:your|tu|tua|sua|seu|su|votre|ta|ton|deine[mn]?|ihre[mn]?|il tuo|la tua)\s+(?:e-?mail\s+)?inbox[.!]?$/iu;
/**
 * A form's verb that sends something to that inbox ("Get…", "Receive…", "delivered", "Subscribe"),
 * its promise ("every week", "the latest", "No spam") or its address field ("email address"): "CVs in your inbox within 72 hours" has neither, nor closes on it.
 */
const SIGN_UP_NEARBY =
  /(?<!\p{L})(?:get|receive|delivered|deliver(?:s|ing)?|sent|send|(?:un|re)?subscri\p{L}*|every (?:day|week|month|morning|evening)|daily|weekly|monthly|latest|no spam|keep an eye|sign(?:ed)?[ -]?up|check|join|straight|directly|e-?mail address|recib\p{L}*|receb\p{L}*|recev\p{L}*|reçoi\p{L}*|erhalt\p{L}*|abonn\p{L}*|suscr\p{L}*|inscr\p{L}*|iscriv\p{L}*|ricev\p{L}*)(?!\p{L})/iu;
/** How many times a line names the reader's inbox in a sign-up form's words (0 when it has no form's verb or field and does not close on it). */
export function signUpInboxWords(line: string): number {
  if (!line.toLowerCase().includes('inbox')) return 0;
  const inboxes = line.match(READER_INBOX)?.length ?? 0;
  return inboxes > 0 && (SIGN_UP_NEARBY.test(line) || CLOSING_ON_READER_INBOX.test(line)) ? inboxes : 0;
}
