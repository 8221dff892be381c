/**
 * A picture's caption whose credit in brackets innerText broke over lines: "English ivy is easy to
 * grow (" / "Image:" / "Getty Images/iStockphoto)". The page sets the credit's label and name in
 * elements of their own inside the caption's bracket, so the caption ends on the open bracket and the
 * credit closes it two lines below. The caption reads as a short line of the article, the credit's
 * lines as short lines among its paragraphs: the run kept them. A line that ends on an open bracket
 * with a picture's label right under it is such a caption (a listing's "foo(" has its arguments
 * under it, not "Image:"); the caption, the label and the credit that closes the bracket are left
 * out, weighing as little as a caption does, so the article runs on past them. Used by
 * detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutAsCaption } from '../shared/leave-out.ts';

/** The caption's last characters: the bracket its credit opens ("… in Plymouth tonight (", or "(" alone). */
const OPENS_ITS_CREDIT = /(?:^|\s)\($/u;
/** The credit's label, perhaps with the credit and its closing bracket on the same line. */
const PICTURE_LABEL = /^(?:images?|pictures?|photos?|photograph|credits?|fotos?|bild(?:er)?|zdjęcie)\s*[:：]/iu;
/** Words of the credit's name on the line under the label. */
const CREDIT_WORDS = 8;

const CAPTION_WHY = 'a picture\'s caption, its credit in brackets broken over the lines under it';
const CREDIT_WHY = 'a picture\'s credit in brackets, broken over lines under its caption';

export function captionsWithBrokenCredits(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const caption = lines[i].trim();
    if (!caption.endsWith('(') || !OPENS_ITS_CREDIT.test(caption)) continue;
    const label = lines[i + 1].trim();
    if (!PICTURE_LABEL.test(label) || blocks[i + 1].features.words > CREDIT_WORDS) continue;
    // The credit closes the bracket on the label's line or on the line under it.
    let last = i + 1;
    if (!label.endsWith(')') && i + 2 < lines.length && lines[i + 2].trim().endsWith(')') && blocks[i + 2].features.words <= CREDIT_WORDS) last = i + 2;
    leaveOutAsCaption(blocks[i], CAPTION_WHY);
    for (let k = i + 1; k <= last; k++) leaveOutAsCaption(blocks[k], CREDIT_WHY);
    i = last;
  }
}
