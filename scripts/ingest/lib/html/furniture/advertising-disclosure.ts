/**
 * The site's note that a post is advertising, or that its advertisers may pay for the reader's clicks:
 * "*Werbung. Dieser Beitrag enthält Werbung für …", "Dieser Artikel enthält Affiliate-Links",
 * "Cet article contient des liens sponsorisés", "Este artículo contiene publicidad", "This post
 * contains references to products from one or more of our advertisers. We may receive compensation
 * when you click on links …". A blog or a review site prints it over (or under) the article, the way
 * html-furniture.ts's affiliate disclosure stands: it speaks of the page, not of the article's subject.
 * What keeps the article's own lines: the page must say it of itself ("this post / article contains",
 * "our advertisers" and the site's pay), in a line of a few sentences; a report on advertising
 * ("Der Konzern enthält sich der Werbung", "advertisers paid $2bn") names no post of its own and no
 * pay of its own. Found on the snippet set's dev pages (the HTML path kept it above two articles); no
 * dev truth of the body, metadata, fundus, aed or utomo sets holds such a line.
 */

/** A note of a sentence or two; a paragraph on advertising is the article's. */
const NOTE_WORDS = 60;
const NOTE_CHARS = 480;

/** "This post / Dieser Beitrag / Cet article … contains advertising, sponsored or affiliate links", in the languages of most news on the web. */
const POST_CONTAINS_ADVERTISING = new RegExp(
  [
    // German: "Dieser Beitrag enthält Werbung", "Der Artikel enthält (unbezahlte) Werbung / Affiliate-Links / Werbelinks".
    String.raw`\b(?:dieser|der|dieses|das) (?:beitrag|artikel|post|blogpost|blogbeitrag|text|video) enthält (?:\p{L}+ )?(?:werbung|werbelinks?|affiliate-links?|partnerlinks?|anzeigen)\b`,
    // French: "Cet article contient de la publicité / des liens sponsorisés / affiliés".
    String.raw`\bcet (?:article|billet) contient (?:de la publicité|des liens (?:sponsorisés|affiliés|d['’]affiliation|commerciaux))`,
    // Spanish, Portuguese, Italian: "Este artículo contiene publicidad / enlaces de afiliados", "Questo articolo contiene link di affiliazione".
    String.raw`\b(?:este|esta|questo) (?:artículo|post|entrada|artigo|publicação|articolo) (?:contiene|contém|contem) (?:publicidad|publicidade|pubblicità|enlaces (?:patrocinados|de afiliados?)|links? (?:patrocinados|de afiliados?|di affiliazione|sponsorizzati))`,
    // English: "This post contains sponsored / paid content", "This article is sponsored by …".
    String.raw`^this (?:post|article|content|story) (?:contains (?:sponsored|paid|advertising)|is (?:sponsored|paid for|an advertisement))\b`,
  ].join('|'),
  'iu',
);
/** "… products from one or more of our advertisers. We may receive compensation …": the site's advertisers and its pay. */
const OUR_ADVERTISERS = /\bour (?:advertisers|advertising partners|sponsors)\b/i;
const SITE_PAID = /\b(?:we|i) (?:may |might |will |could |can )?(?:receive|earn|get|be paid)\b[^.!?]{0,40}\b(?:compensation|commissions?|a fee|money|paid)\b|\bcompensat\w+\b/i;

export const ADVERTISING_DISCLOSURE_WHY = 'the site\'s note that the post is advertising or paid by its advertisers';

export function isAdvertisingDisclosure(text: string): boolean {
  if (text.length > NOTE_CHARS) return false;
  const lower = text.toLowerCase();
  // Cheap precheck: each note names advertising, an advertiser or a sponsor in one of these stems.
  if (!/werb|anzeig|affiliat|partnerlink|publicid|pubblicit|sponsor|patrocin|advertis|afilia|affilia/.test(lower)) return false;
  if (text.split(/\s+/).length > NOTE_WORDS) return false;
  return POST_CONTAINS_ADVERTISING.test(text.trim().replace(/^[*\s]+/, '').replace(/^(?:werbung|anzeige|advertisement|publicidad|publicité)\s*[.:|–—-]\s*/iu, '')) || (OUR_ADVERTISERS.test(text) && SITE_PAID.test(text));
}
