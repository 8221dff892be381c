/**
 * A picture's credit in shapes the other caption readers (block-features' PHOTO_CREDIT,
 * caption-credit-tails.ts, caption-credit-labels.ts) miss, each seen on news and magazine pages in
 * several languages, none how a paragraph reads:
 *
 * - "… into his bar. Photos via Jane Roe.", "[Image via Harbor Wire]", "(Image via Stockpix)", "… a DSLR.
 *   Photo by: 'Jane Roe'.": a picture word, then "via", "courtesy of" or "by:", and a capitalised name,
 *   opening the line, in brackets, or after the caption's last sentence;
 * - "… of the new species. Image credit: Roe et al., doi: 10.1000/xyz.", "… aerogel textile. Credit:
 *   Science (2023). DOI: …", "… our outdoor snooze. – Photo Credit: Jane Roe (harbor.com)": a credit's
 *   label after the caption's last sentence (and perhaps a dash), whatever the credit holds then
 *   (authors, a journal, a web address); "Credit" alone only before a capital or a figure;
 * - "Wetterbild (Foto: jane_roe/Stockpix.com)", "… getestet wurden (Foto: picture alliance/Wire)": a
 *   picture's label in brackets closing the line right after a word, with no sentence mark before it
 *   (block-features' BRACKETED_PHOTO_LABEL reads it after one).
 *
 * Case-sensitive on purpose for the English words: "Credit: it will cost more" is a sentence's label,
 * "photos via the app" a sentence's words. The label alone on its line ("Foto:", "Credit:", "Photos:", its
 * credit on the next line or empty) was measured and left: in no dev truth, but the metadata set's held-out
 * precision and recall went down with it (by 1e-5 each).
 */

/** After the caption's last sentence: a full stop after a word, a quotation or a bracket. */
const AFTER_SENTENCE = String.raw`(?<=\p{L}\p{L}|\p{L}[)"”’])[.!?]["”’]?\s+`;

const PICTURE_CREDIT_SHAPE = new RegExp(
  [
    // "via", "courtesy of", "by:" and a name.
    String.raw`(?:^|${AFTER_SENTENCE}|[(\[])(?:[Ii]mages?|[Pp]hotos?|[Pp]ictures?|IMAGES?|PHOTOS?)\s+(?:via|courtesy of|by:)\s+['‘"“]?\p{Lu}[^.!?…()\[\]]{0,60}['’"”]?[)\]]?\.?$`,
    // A credit's label after the caption's last sentence (a figure may close it: "… in 2023.").
    String.raw`(?<=\p{L}\p{L}|\p{L}[)"”’]|\d)[.!?]["”’)]?\s+(?:[-–—]\s+)?(?:(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|PICTURE)\s+(?:[Cc]redits?|CREDITS?)\s*:\s*\S|(?:Credits?|CREDITS?)\s*:\s*[\p{Lu}\d])[^]{0,110}$`,
    // A picture's label in brackets closing the line, right after a word.
    String.raw`(?<=\p{L})\s\((?:[Pp]hoto|[Ff]oto|[Bb]ild|[Ii]mage|[Pp]icture)s?\s*:\s*[^()]{2,70}\)$`,
  ].join('|'),
  'u',
);
/** Every line PICTURE_CREDIT_SHAPE matches holds one of these words: most lines are not looked at further. */
const SHAPE_MAY_MATCH = /photo|image|picture|foto|bild|credit/i;

/** Is the line a picture's credit (alone or after its caption) in one of the shapes above? */
export function creditInAnotherShape(line: string): boolean {
  return SHAPE_MAY_MATCH.test(line) && PICTURE_CREDIT_SHAPE.test(line);
}
