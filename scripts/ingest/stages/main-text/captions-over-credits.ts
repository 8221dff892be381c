/**
 * A picture's caption on its own line over its credit alone: "Das Kraftwerk im Morgennebel." /
 * "© Hafenbild/Jana Rose" (or "Foto: Jana Rose", "Photo: Jane Roe"). The credit is known as a
 * caption by its own line; the caption above it is a short sentence among the paragraphs and reads
 * as one, so the run kept it. A short sentence (a full stop, at most CAPTION_WORDS words) right over
 * a credit alone is the picture's caption when the article goes on under the credit: left out with its
 * reason, weighing as a caption does. A subheading (no full stop) stays, and so does a longer
 * paragraph over a picture that has no caption, and the page's last line over a credit (the site's
 * mark at the foot). A credit is a name or two, no figures: "© dpa-infocom, dpa:230428-99-…" and
 * "© 2024 Harbor Post" sign the article, not a picture. Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../main-text.ts';
import { leaveOut } from './leave-out.ts';

/** A credit alone on its line: the © or a picture's label, then a name or two (no figures, sixty characters at most). */
const CREDIT_ALONE = /^(?:©\s*|(?:Fotos?|FOTOS?|Photos?|PHOTOS?|Bild|BILD)\s*:\s*)\p{L}[^\d]{0,60}$/u;
/** Words of a caption, at least and at most: longer is a paragraph over a picture with no caption. */
const CAPTION_WORDS = { min: 4, max: 20 };
/** A caption is a sentence or two that ends on its full stop (a subheading does not). */
const ENDS_ON_A_SENTENCE = /[\p{L}\p{N})”"'’»«][.!?]["'”’»«)]?$/u;
/** Words of the article's line under the credit, at least: the run goes on there. */
const PROSE_UNDER = 12;

const WHY = 'a picture\'s caption over its credit (a short sentence right above the credit alone)';

export function captionsOverTheirCredits(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const credit = lines[i + 1].trim();
    if (!blocks[i + 1].features.caption || !CREDIT_ALONE.test(credit)) continue;
    const b = blocks[i];
    const words = b.features.words;
    if (b.features.caption || words < CAPTION_WORDS.min || words > CAPTION_WORDS.max || !ENDS_ON_A_SENTENCE.test(lines[i].trim())) continue;
    if (blocks[i + 2].features.words < PROSE_UNDER) continue;
    leaveOut(b, WHY);
  }
}
