/**
 * The site's own closing lines under an article: an appeal for donations or support, "If you liked
 * this article…", an invitation to its forums or to a sister title, a disclaimer on the views
 * expressed or that the page is no professional advice ("for informational purposes only"), a note
 * on affiliate links, "Have a tip? … may be reached at …", a note to readers who block its ads, a pointer to
 * more of its stories. Most name no "you", so they are not read as
 * calls to action; they read as prose. They are the site's furniture only where
 * they close the article (main-text looks for them among the run's last lines): the same words
 * inside an article (a story about a charity's donations, a review of affiliate programmes) are its
 * own.
 */
import { AD_BLOCKER_NOTICE } from '../chrome/ad-blocker-notice.ts';

/** Phrases of such notes, in English and the languages of most news on the web. */
export const CLOSING_NOTE = new RegExp(
  [
    // Affiliate links and the commission the site earns on them.
    String.raw`\baffiliate links?\b`,
    String.raw`\b(?:we|i) (?:may |might |will |could )?(?:earn|receive|get|make) (?:an? )?(?:small |tiny )?(?:affiliate )?commissions?\b`,
    // Disclaimers: the views expressed are the author's own.
    String.raw`\b(?:views|opinions) expressed\b.{0,120}\b(?:(?:are|is) (?:solely )?(?:those of|(?:the|their|his|her) (?:authors?['’]s? )?own)|do(?:es)? not (?:necessarily )?(?:reflect|represent))`,
    // Disclaimers: the page is no professional advice (legal, financial, medical), a supplement's note.
    String.raw`\bfor (?:general )?(?:informational|information|educational)(?: (?:and|or) (?:informational|educational))? purposes only\b`,
    String.raw`\bnot (?:been )?evaluated by the food and drug administration\b`,
    String.raw`\bnot (?:intended|meant|designed) (?:as|to (?:be|constitute|replace|serve as))\b.{0,60}\b(?:advice|a substitute)\b`,
    String.raw`\b(?:substitute|replacement) for (?:professional |qualified )?(?:medical |legal |financial )?(?:advice|diagnosis|counsel)\b`,
    String.raw`\bdo(?:es)? not (?:constitute|provide)\b.{0,60}\b(?:legal|financial|investment|medical|tax|professional) advice\b`,
    // An appeal for money or support.
    // ("support our work" alone is as often a club's or a school's own prose: the reader is asked.)
    String.raw`\b(?:(?:please|consider) support(?:ing)? (?:us|our (?:work|journalism|mission|site|blog))|support us\b|donat(?:e|ing) (?:to us|today|now|a small amount|via)|make a (?:tax-deductible )?donation|become a (?:patron|supporter)\b)`,
    // Support for the site's journalism ("Support our award-winning journalism", "Invest in journalism").
    String.raw`\b(?:support (?:our|independent|quality|local|trusted|nonprofit|non-profit)(?: [\p{L}-]+){0,2} journalism|invest in (?:our |local |independent )?journalism)\b`,
    String.raw`\bif you(?:['’]ve)? (?:liked|enjoyed|found (?:this|it) (?:useful|helpful|interesting)) (?:this|our|the) (?:article|post|story|piece|interview|blog|read)`,
    // The site's community and sister titles.
    String.raw`\bjoin our\b.{0,40}\bforums?\b`,
    String.raw`\b(?:subscribe to|check out|read) our sister (?:title|publication|site|magazine)`,
    // How to reach the writer or the desk with a tip or a correction.
    // ("X can be reached at …" alone is kept by some sites' articles as their last line: the tip's question decides.)
    String.raw`\bhave a (?:news )?tip\?`,
    // An appeal that asks what the story just read was worth, or says the news is given for free.
    String.raw`\bthe (?:story|article) you(?:['’]ve)? just read\b`,
    String.raw`\bprovide our readers\b.{0,100}\bfor free\b`,
    // An appeal to follow the site: as a source of a search engine, a channel of a messenger.
    String.raw`\bas a preferred source on google\b`,
    String.raw`(?<!\p{L})cek berita dan artikel\b`,
    // A call for readers' own stories, or for tips given in confidence.
    String.raw`^we want to hear from you\b`,
    String.raw`(?<!\p{L})vertraulich und sicher\b`,
    // A note on where the report comes from: an agency's copy run unedited, the sources it draws on.
    String.raw`(?<!\p{L})diese meldung redaktionell nicht bearbeitet\b`,
    String.raw`(?<!\p{L})automatisch von der\b.{0,60}\bübernommen\b`,
    String.raw`^mit (?:informationen|material) (?:der|von|aus)\b.{0,160}\bnachrichtenagentur`,
    // The kind of piece the site says this is ("Detta är en nyhetsartikel." and what that means there).
    String.raw`^detta är en (?:nyhetsartikel|krönika|ledare|recension|debattartikel)\b`,
    // A sister title's content shown here, and why.
    String.raw`(?<!\p{L})partnermarke\b`,
    // An investment's risk, as a finance page's disclaimer states it.
    String.raw`(?<!\p{L})totalverlust des eingesetzten kapitals\b`,
    // The site's note to readers who block its ads (chrome/ad-blocker-notice.ts: not an article's sentence on ad blockers, the reader is spoken to).
    AD_BLOCKER_NOTICE.source,
    // A pointer to more of the site's stories ("For more stories like this, …", "Mehr über X lesen Sie hier."): short,
    // and the German one ends on "hier", the link's word (an article's "Mehr über die Pläne lesen Sie im Bericht …" goes on).
    String.raw`^for more (?:stories|articles|news) like this\b`,
    String.raw`^mehr (?:über|zu|zum|zur) [^.!?]{1,60} lesen sie hier\s*[.!:]?$`,
    String.raw`^lesen sie (?:hier )?mehr (?:zum thema|dazu|darüber)\s*[.!:]?$`,
    String.raw`^más noticias como esta\b`,
    // The same notes in other languages: donations and support, affiliate links, disclaimers.
    String.raw`(?<!\p{L})(?:unterstützen sie (?:uns|unsere|(?:den |unabhängigen )?(?:qualitäts)?journalismus)|apoya (?:el|nuestro) periodismo|soutenez (?:le|notre) journalisme|sostieni il (?:nostro )?giornalismo|apoie o (?:nosso )?jornalismo|soutenez(?:-nous| notre)|faire un don|apoya (?:nuestro|a)|apoie (?:o nosso|a nossa|nosso|nossa)|faça uma doação|sostieni(?:ci)?|partnerlinks?|affiliate-links?|liens? d['’]affiliation|enlaces? de afiliados?|links? de afiliados?)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/**
 * A word or phrase every alternative of CLOSING_NOTE holds as it is written, with its flags: where none
 * is, CLOSING_NOTE cannot match. The pattern (word boundaries and letter classes, case-folded, at every
 * character) is asked of an extract's last lines on every saved page (stages/main-text.ts
 * mayCloseOnTheSitesLines); this plain scan rejects four lines in five at a third of its cost.
 * tests/ingest/closing-note-words.test.ts holds every alternative of CLOSING_NOTE to one of these
 * words: a new alternative needs its word here.
 */
export const CLOSING_NOTE_WORDS =
  /affiliat|afiliado|commission|expressed|purposes only|evaluated by|advice|substitute|replacement|support|donat|become a|journalism|if you|forum|our sister|tip\?|just read|for free|preferred source|cek berita|hear from you|vertraulich|meldung|übernommen|nachrichtenagentur|detta är en|partnermarke|totalverlust|unterstützen sie|apoya |soutenez|sostieni|apoie |faire un don|faça uma doação|partnerlink|block|bloqueador de anuncios|bloqueur de pub|like this|lesen sie|noticias como/iu;

/** Whether a line holds one of the site's closing notes (CLOSING_NOTE), the cheap scan first. */
export function isClosingNote(line: string): boolean {
  return CLOSING_NOTE_WORDS.test(line) && CLOSING_NOTE.test(line);
}
