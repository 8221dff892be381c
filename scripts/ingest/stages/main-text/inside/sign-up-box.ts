/**
 * A newsletter's sign-up box on the page (lib/page-text/boxes/sign-up-box.ts: its name, pitch, field and
 * button over the consent line). Its lines are furniture. Where the article's prose goes on right
 * under the box, the box stands between paragraphs: all its lines, the consent too, weigh little, so
 * the article runs on past it, and its name ("Top Stories") heads no box of other stories, so the
 * paragraphs under it are not taken for teasers. Elsewhere (a box closing the article, teasers under
 * it) each line weighs as it reads: a consent worded as a call to action still ends the article.
 * Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { signUpBoxAround, SIGN_UP_BOX_WHY } from '../../../lib/page-text/boxes/sign-up-box.ts';

/** Lines under the box in which the article's next paragraph shows the box stood inside it. */
const PROSE_UNDER = 3;

export function signUpBoxesBetweenParagraphs(lines: string[], blocks: ClassedBlock[]): void {
  blocks.forEach((consent, c) => {
    if (consent.features.chrome?.id !== 'sign-up-consent') return;
    const { top, bottom } = signUpBoxAround(lines, c);
    const inside = blocks.slice(bottom + 1, bottom + 1 + PROSE_UNDER).some((b) => b.cls === 'good');
    for (let i = top; i <= bottom; i++) {
      const b = blocks[i];
      // The features may be shared with the page's other copies of the line: they are copied, not changed.
      if (inside) Object.assign(b, { cls: 'bad', why: i === c ? b.why : SIGN_UP_BOX_WHY, headlineLike: false, weight: -2, features: { ...b.features, boxHeading: false } });
      else if (i !== c) Object.assign(b, { cls: 'bad', why: SIGN_UP_BOX_WHY, headlineLike: false, weight: Math.min(b.weight, -2) });
    }
  });
}
