/**
 * The site's note that it earns from the links on its pages, wherever the page sets it (above the
 * header, under the headline, at the foot): "PC World is supported by its readers. When you buy
 * through links on our site, we may earn an affiliate commission.", "We may receive compensation when
 * you click on links to those products.", "Für Links auf dieser Seite erhält die Redaktion ggf. eine
 * Provision vom Händler." (chrome rule `affiliate-links-note`).
 *
 * Both halves must be there: the links, and the site ("we", or a German site in the third person)
 * earning from them. An article on affiliate programmes reports what others earn ("publishers
 * receive a commission"), and a longer paragraph is the article's (the rule's lines are at most
 * AFFILIATE_NOTE_CHARACTERS long). boxes/affiliate-disclosure.ts finds the looser notes main-text
 * judges by where they stand.
 */
export const AFFILIATE_NOTE_CHARACTERS = 400;

export const AFFILIATE_LINKS_NOTE = new RegExp(
  String.raw`^(?=[^]{0,${AFFILIATE_NOTE_CHARACTERS}}$)(?=[^]*?(?<!\p{L})(?:links?|verlinkungen)(?!\p{L}))[^]*?(?:` +
    [
      // "we may earn an affiliate commission", "we may receive compensation", "I earn a small commission".
      String.raw`(?<!\p{L})(?:we|i) (?:also )?(?:may |might |will |could |can )?(?:earn|receive|get|make) (?:an? )?(?:small |tiny )?(?:affiliate )?(?:commissions?|compensation)(?!\p{L})`,
      // "erhält GIGA ggf. eine Provision", "erhalten wir eine kleine Provision".
      String.raw`(?<!\p{L})(?:erhält|bekommt|erhalten wir|bekommen wir|verdienen wir)(?!\p{L}).{0,60}?(?<!\p{L})provision`,
    ].join('|') +
    ')',
  'iu',
);

/** A line AFFILIATE_LINKS_NOTE may match has one of these words: most lines are not looked at further. */
export const AFFILIATE_LINKS_NOTE_MAY_MATCH = /commission|compensation|provision/i;
