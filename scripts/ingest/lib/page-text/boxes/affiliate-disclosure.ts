/**
 * A site's note on its affiliate links, as review and shopping pages print it above the article:
 * "We may earn a commission from links on this page…", "This post contains affiliate links…", "As an
 * affiliate, I earn from qualifying purchases", "… is reader-supported". closing-note.ts finds the
 * same notes under the article; main-text looks for these only among the run's first lines
 * (belowTheOpeningDisclosures): a paragraph on affiliate programmes inside an article is its own.
 */
export const AFFILIATE_DISCLOSURE = new RegExp(
  [
    String.raw`\baffiliate (?:links?|commissions?)\b`,
    String.raw`\b(?:we|i) (?:also )?(?:may |might |will |could |can )?(?:earn|receive|get|make) (?:an? )?(?:small |tiny )?(?:affiliate )?commissions?\b`,
    String.raw`\bearn from qualifying purchases\b`,
    String.raw`\breader-supported\b|\bsupported by (?:our )?readers\b`,
    // The same notes in other languages.
    String.raw`(?<!\p{L})(?:partnerlinks?|affiliate-links?|liens? d['’]affiliation|enlaces? de afiliados?|links? de afiliados?|link di affiliazione)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** A longer paragraph is the article speaking of affiliate links, not the site's note on them. */
export const DISCLOSURE_WORDS = 70;

/** A short line that goes on from the note: "See our disclosure policy.", "Read our editorial policy." */
export const DISCLOSURE_FOLLOW_UP = /\b(?:disclosures?|polic(?:y|ies)|editorial (?:standards|guidelines))\b/i;
