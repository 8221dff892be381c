/**
 * A shop's price button alone on its line, as a text copy keeps it: "$26 AT SEPHORA", "$19 $14 AT
 * GLOSSIER" (the old price, then the sale price), "$285 AT REI (MEN'S REGULAR)", "$1,599.00 from Lowe's",
 * "29,99 € bei Amazon", "ab 19,99 € bei Otto", "24,90 € chez Fnac". A buying guide or a review sets one under
 * each product it names, between the article's paragraphs; short, it weighed as a heading and the run kept it.
 * The whole line is the button: one price or two, "at" / "from" (or the same word in German or French),
 * then the shop's name, at most five words, perhaps a variant in brackets, and no full stop at the end. A sentence
 * that names a price and a shop ("$26 at Sephora is a steal for a gloss this good.") has more words after
 * the shop, and is none. With no price, only the button that asks to see the price or the deal is taken
 * ("Check price at REI", "See it at Amazon", "View Deal"): no dev truth keeps one, while the metadata set's
 * truth keeps some of the others ("View at Amazon", "Buy on Adorama"), which stay.
 *
 * Each alternative is words in a fixed order, anchored at both ends: tried once, from the line's start.
 */

/** A price in figures with its currency before or after it: "$26", "US$1,599.00", "£25", "29,99 €", "19.99 EUR". */
const PRICE = String.raw`(?:(?:US|AU|CA|NZ|C|A)?[$€£]\s?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s?(?:€|£|\$|EUR|USD|GBP|CHF|Euro))`;
/** The word before the shop: English "at" / "from", German "bei", French "chez". */
const AT = String.raw`(?:at|from|bei|chez)`;
/**
 * The shop's name: one to five words, the first capitalised (matched case-sensitively inside the case-blind
 * pattern) or a web address ("Sea to Summit", "Lowe's", "ampfit.com"); "$10 at the door", "$5 from each
 * sale" are no shop.
 */
const SHOP = String.raw`(?:(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}.'’&+-]*|[\p{L}\p{N}-]+\.[\p{L}]{2,})(?: [\p{L}\p{N}&][\p{L}\p{N}.'’&+-]*){0,4}`;
/** A variant of the product in brackets after the shop: "(MEN'S REGULAR)", "(on sale!)". */
const VARIANT = String.raw`(?: \([^()]{1,40}\))?`;

/**
 * The same button with no price, where it asks to see the price or the deal: "Check price at REI",
 * "See price at Amazon", "See it at Amazon", "View Deal". ("View at Amazon", "Buy on Adorama" stay: see above.)
 */
const PRICE_OR_DEAL = String.raw`(?:(?:check|see|compare) (?:the )?prices?|see it) (?:at|on) ${SHOP}${VARIANT}|(?:view|see|get) (?:the )?deal`;

export const SHOP_PRICE_BUTTON = new RegExp(
  String.raw`^(?:(?:(?:ab|from|dès) )?${PRICE}(?:\s*[-–/]?\s*${PRICE})? ${AT} ${SHOP}${VARIANT}|${PRICE_OR_DEAL})(?<![.!?])$`,
  'iu',
);

/**
 * Every line SHOP_PRICE_BUTTON matches opens on its price (a currency sign, or figures and a currency) or on
 * the button's verb: most lines are not looked at further.
 */
export const SHOP_PRICE_BUTTON_MAY_MATCH = /^(?:(?:ab|from|dès) )?(?:[$€£]|(?:us|au|ca|nz|c|a)\$|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp|chf))|^(?:check|see|compare|view|get) /i;
