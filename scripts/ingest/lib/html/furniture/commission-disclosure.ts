/**
 * The site's note that it earns a commission when the reader buys through its links, written without
 * the word "affiliate" that html-furniture.ts's affiliate disclosure reads: "We may earn commission from
 * links on this page, but we only recommend products we back.", "When you buy through our links, we may
 * earn a commission.", "If you find this helpful and buy through my links, I may receive a small
 * commission.", "Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision". A review site
 * or a magazine prints it over (or under) the article, in one template for all its pages: it speaks of
 * the page, not of the article's subject. Found with html-kept-chrome.ts above the article on the
 * metadata and aed sets' dev pages (four sites and more); no dev truth of the body, metadata, fundus,
 * utomo or aed sets holds such a line without the word "affiliate" (those with it the affiliate rule
 * judges already).
 *
 * What keeps the article's own lines: the note is short (a sentence or two); it says the site is paid
 * (an earning verb next to the commission) in the site's own voice ("we", "my", "unser", "nous"), and
 * for the reader's purchase or click on its links; reported speech is the story's ("… get a commission
 * when you buy it, the agent said", a quote): a report on commissions names no page of its own.
 */
import { PAGE_VOICE } from '../../page-text/lines/block-features.ts';

export const COMMISSION_DISCLOSURE_WHY = "the site's note that it earns a commission on the reader's purchases through its links";

/** A note of a sentence or two; a paragraph on commissions is the article's. */
const NOTE_WORDS = 60;
const NOTE_CHARS = 480;

/** The commission in the languages of most news on the web (lower case: the precheck's stems). */
const COMMISSION_STEMS = ['commission', 'provision', 'comisi', 'comiss'];

/**
 * The site is paid: an earning verb and the commission within a few words of each other, in either
 * order (German puts the verb after its object: "… eine kleine Provision erhalten").
 */
const EARN = String.raw`(?:earn|earns|earned|receive|receives|get|gets|make|makes|be paid|erhalten|erhält|bekommen|bekommt|verdienen|verdient|percevoir|percevons|perçoit|perçois|recevoir|recevons|reçoit|toucher|touchons|touche|gagner|gagnons|recibir|recibimos|recibe|ganar|ganamos|gana|obtener|obtenemos|obtiene|cobrar|cobramos|receber|recebemos|recebe|ganhar|ganhamos|ganha|ricevere|riceviamo|riceve|guadagnare|guadagniamo|guadagna|percepire|percepiamo)`;
const NOUN = String.raw`(?:commissions?|provisions?(?:en)?|comisi[oó]n(?:es)?|comiss[aã]o|comissões|commissione|commissioni)`;
const SITE_EARNS = new RegExp(String.raw`(?<!\p{L})${EARN}(?!\p{L})[^.!?]{0,40}?(?<!\p{L})${NOUN}(?!\p{L})|(?<!\p{L})${NOUN}(?!\p{L})[^.!?]{0,25}?(?<!\p{L})${EARN}(?!\p{L})`, 'iu');

/** …for the reader's purchase or click on the site's links ("buy through our links", "links on this page", "über diese Links einkaufst"). */
const THROUGH_LINKS = /(?<!\p{L})(?:links?|enlaces?|liens?|buy|buying|purchases?|purchasing|shop|shopping|click|kauf\p{L}*|einkauf\p{L}*|bestell\p{L}*|achat\p{L}*|achet\p{L}*|compra\p{L}*|acquist\p{L}*)(?!\p{L})/iu;

/** The blog's writer in the first person, which PAGE_VOICE leaves to its possessives ("… I may receive a small commission"). */
const WRITER_SPEAKS = /(?<!\p{L})(?:I|[Ii]ch|[Jj]e|[Jj]['’])(?!\p{L})/u;

/** Reported speech is the story's: "… they get a commission, the agent said", a quotation. */
const REPORTED = /(?<!\p{L})(?:said|says|told|according to|sagte|sagt|a déclaré|dijo|disse)(?!\p{L})|["“”„«»]/iu;

/** Whether a block is the site's note that it earns a commission on the reader's purchases through its links. */
export function isCommissionDisclosure(text: string): boolean {
  if (text.length > NOTE_CHARS) return false;
  const lower = text.toLowerCase();
  // Cheap precheck: the commission's stem, searched, not matched (most blocks name none).
  if (!COMMISSION_STEMS.some((stem) => lower.includes(stem))) return false;
  // A note that names its affiliate links is the affiliate rule's (html-furniture.ts), with its own bounds.
  if (lower.includes('affiliat')) return false;
  if (text.split(/\s+/).length > NOTE_WORDS) return false;
  return SITE_EARNS.test(text) && THROUGH_LINKS.test(text) && (PAGE_VOICE.test(text) || WRITER_SPEAKS.test(text)) && !REPORTED.test(text);
}
