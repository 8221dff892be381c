/**
 * The site's notices at the foot of the run that closing-notes.ts does not know: an offer of the print
 * issue ("Die aktuelle Ausgabe der … jetzt am Kiosk, im Abo …", "Jetzt 3 Ausgaben GRATIS erhalten!",
 * "Zapraszamy też do subskrypcji …"), how readers send letters or comments and how they are moderated
 * ("Submit a letter to the editor …", "We welcome reader comments …", "Si vous souhaitez critiquer
 * cet article …"), the page's licence or copyright on a line of its own ("Materiał chroniony prawem
 * autorskim …", "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY …"), an advertising
 * disclosure ("Advertising disclosure: We may receive compensation …"), how the
 * site is paid for ("keine Bezahlschranke", "Wesprzyj nas"), a pointer to another of its pages ("Alles
 * über … findest Du hier.", "Weitere Infos unter www.…"). Each reads as a sentence of
 * prose, so the run took it in and the article ended on it.
 *
 * What shows them to be the site's: their words (NOTICE), and where they stand, among the run's last
 * lines, little of the run's prose under them (the site's other lines: more rules for comments, a
 * writer's note, a box's heading). The article ends on the last paragraph above the topmost notice
 * among the run's last ten paragraphs; the same words higher in the article, or with half as much of
 * the run's prose under them as above or more (a report on a magazine, on Creative Commons licences, on how a
 * paper moderates comments), are its own. Used by
 * ../../main-text.ts after the closing notes are found (text seeds only).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** The notices' phrases, in the languages of the news sets (case-folded). */
export const SITE_NOTICE = new RegExp(
  [
    // The print issue offered: where it is sold, a trial of a few issues, a subscription to the weekly.
    String.raw`^die aktuelle ausgabe\b.{0,120}(?<!\p{L})(?:erhältlich|kiosk|im abo|bestellen)(?!\p{L})`,
    String.raw`(?<!\p{L})\d+ ausgaben (?:gratis|kostenlos)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:als )?abo oder einzelheft(?!\p{L})`,
    String.raw`(?<!\p{L})zapraszamy (?:też |również )?do (?:subskrypcji|prenumeraty)(?!\p{L})`,
    // The subscription's terms and its sign-in for readers who have one ("Cancel anytime.", "Already a subscriber? Log in",
    // "Kostenlos registrieren und weiterlesen", "Wählen Sie Ihren Zugang und lesen Sie weiter:").
    String.raw`\bcancel (?:at )?any ?time\b|(?<!\p{L})(?:cancela cuando quieras|jederzeit kündbar)(?!\p{L})`,
    String.raw`\balready (?:a )?(?:subscriber|member)\b|(?<!\p{L})schon (?:registriert|abonnent(?:in)?)\?`,
    String.raw`(?<!\p{L})(?:registrieren|abonnieren) und (?:gratis |kostenlos )?weiterlesen(?!\p{L})|^wählen sie ihr(?:en)? (?:zugang|abo)(?!\p{L})`,
    // Readers' letters and comments: where to send them, how they are moderated.
    String.raw`\b(?:submit|send|write) (?:a |your )letters? to the editor\b`,
    String.raw`\bletters? to the editor via\b`,
    String.raw`^we welcome (?:readers?['’]? |your )?comments\b`,
    String.raw`\bcomments are moderated\b`,
    String.raw`^si vous souhaitez (?:critiquer|commenter|réagir à|développer) cet article\b`,
    String.raw`(?<!\p{L})invitamos a reportar errores(?!\p{L})`,
    // The page's licence or copyright, alone on its line.
    String.raw`^materiał chroniony prawem autorskim(?!\p{L})`,
    String.raw`^(?:dieser (?:text|beitrag|artikel)|(?:die )?texte auf dieser (?:webseite|website|seite)) (?:wurde|wird|ist|steht|stehen)(?!\p{L}).{0,60}(?<!\p{L})(?:lizenz|creative commons)(?!\p{L})`,
    // An advertising disclosure.
    String.raw`\badvertising (?:disclosure|disclaimer)\b`,
    String.raw`\bwe may (?:receive|earn) compensation\b`,
    // The site on how it is paid for: no paywall, no advertising, a donation asked.
    String.raw`(?<!\p{L})(?:keine|ohne) bezahlschranke(?!\p{L})`,
    String.raw`^wir schalten keine werbung(?!\p{L})`,
    String.raw`(?<!\p{L})wesprzyj nas(?!\p{L})`,
    // A pointer to another of the site's pages ("Alles über … findest Du hier.", "Weitere Infos unter www.…", "…, erklären wir in unserem Beitrag …").
    String.raw`^alles (?:über|zu|zum|zur) [^.!?]{1,60} (?:findest du|finden sie) hier\s*[.!]?$`,
    String.raw`^weitere (?:infos?|informationen) (?:unter|auf|bei) (?:www\.|https?:)`,
    String.raw`(?<!\p{L})(?:erklären|zeigen|verraten) wir (?:dir |ihnen |euch )?in unserem (?:beitrag|artikel|ratgeber)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** A notice is a line or two of the site's: a longer paragraph is the article speaking of such things. */
const NOTICE_WORDS = 60;
/** How many paragraphs up from the run's end a notice is looked for: a page's foot holds a few lines of the site's under it. */
const NOTICE_REACH = 10;
const NOTICE_WHY = "a notice of the site's closing the article (its print issue, readers' letters, a licence, an advertising disclosure)";

/**
 * The article's new last line above the site's notices at the run's foot (SITE_NOTICE), each notice
 * left out and reported; `end` when none of the run's last paragraphs is such a notice. The lines
 * under the topmost notice (more of the site's rules, a writer's note, a box's heading) go with it,
 * unless they weigh as much as half the article above it: then the notice's words are the article's.
 */
export function aboveTheSitesNotices(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  const isNotice = (i: number) => blocks[i].cls !== 'bad' && blocks[i].features.words <= NOTICE_WORDS && SITE_NOTICE.test(lines[i].trim());
  let top = -1;
  for (let i = end, paragraphs = 0; i > start && paragraphs < NOTICE_REACH; i--) {
    if (blocks[i].cls === 'bad') continue;
    if (blocks[i].cls !== 'short') paragraphs++;
    if (isNotice(i)) top = i;
  }
  if (top === -1) return end;
  // (The notices under the topmost are the site's too: their words are not the article going on.)
  const proseWords = (from: number, to: number) => {
    let words = 0;
    for (let i = from; i <= to; i++) if ((blocks[i].cls === 'good' || blocks[i].cls === 'near') && !isNotice(i)) words += blocks[i].features.words;
    return words;
  };
  if (2 * proseWords(top + 1, end) > proseWords(start, top - 1)) return end;
  for (let i = top; i <= end; i++) if (isNotice(i)) leaveOut(blocks[i], NOTICE_WHY, runEndingWeight(blocks[i]));
  let cut = top - 1;
  // The article ends on a line of its own weight, as the run does.
  while (cut > start && blocks[cut].weight <= 0) cut--;
  return cut;
}
