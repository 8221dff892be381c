/**
 * The site's note on its affiliate links or advertisers wherever it stands on the page: over the
 * headline ("PC Gamer is supported by its audience. When you buy through links on our site, we may
 * earn an affiliate commission."), between a guide's products ("Letzte Aktualisierung am … / Bei den
 * Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API"),
 * under a "*Werbung." label ("Dieser Beitrag enthält Werbung für …"). above/opening-disclosures.ts
 * finds such a note only among the run's first lines, and closing-notes.ts only at its foot; a note
 * the run's start passes by (it stands above the headline) or that sits between paragraphs stayed.
 *
 * What shows it to be the site's: its words (a note on commissions or advertisers, AFFILIATE_NOTE),
 * said in the site's voice or of this page ("we", "our site", "auf dieser Seite", "dieser Beitrag",
 * "die Verlinkungen"), and its length (a line or two: an article on affiliate marketing speaks of such
 * programmes in longer paragraphs, and in the third person). Left out as a caption is, so the run
 * crosses it. Used by ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { AFFILIATE_DISCLOSURE } from '../../../lib/page-text/boxes/affiliate-disclosure.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** Notes on what the site earns from its links or its advertisers, beyond lib/page-text/boxes/affiliate-disclosure.ts. */
const ADVERTISER_NOTE = new RegExp(
  [
    String.raw`\bwe may (?:receive|earn|get) compensation\b`,
    String.raw`\bis supported by its (?:audience|readers)\b`,
    String.raw`\bproduct advertising api\b`,
    String.raw`(?<!\p{L})(?:erhält|erhalten|bekommt|bekommen)(?: \p{L}+){0,2} (?:ggf\. |gegebenenfalls |eventuell |möglicherweise )?eine provision(?!\p{L})`,
    String.raw`(?<!\p{L})(?:dieser beitrag|dieser artikel|dieses video) enthält (?:werbung|anzeigen|affiliate)`,
  ].join('|'),
  'iu',
);

/**
 * The site speaking of its own links, or of this page: "we may earn", "our site", "our advertisers",
 * "this post", "auf dieser Seite", "dieser Beitrag", "die Verlinkungen". Not "we" alone: an article
 * says "the brands we asked said they earn a commission".
 */
const SITE_VOICE = new RegExp(
  [
    String.raw`\b(?:we|i) (?:(?:may|might|could|can|will|also|do) )?(?:earn|receive|get|make)\b`,
    String.raw`\bour (?:site|website|links|partners|advertisers|audience|readers)\b`,
    String.raw`\b(?:this|the) (?:page|post|article|site|website)\b`,
    String.raw`\bsupported by its\b`,
    String.raw`(?<!\p{L})(?:(?:auf )?dieser seite|dieser beitrag|dieser artikel|dieses video|den verlinkungen|cet article|ce site|este (?:artículo|post)|esta página|nous (?:pouvons|percevons|touchons)|podemos (?:recibir|ganar))(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** A note is a line or two; a longer paragraph is an article on such programmes. */
const NOTE_WORDS = 45;
const NOTE_WHY = "the site's note on its affiliate links or advertisers";

export function affiliateNotesOfTheSite(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.cls === 'bad' || b.features.words > NOTE_WORDS) continue;
    const line = lines[i];
    if ((AFFILIATE_DISCLOSURE.test(line) || ADVERTISER_NOTE.test(line)) && SITE_VOICE.test(line)) leaveOut(b, NOTE_WHY);
  }
}
