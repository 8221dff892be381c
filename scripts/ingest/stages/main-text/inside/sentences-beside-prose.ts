/**
 * Short sentences beside prose ("The talks resume on Monday.") and terse sentences in lower case
 * under the first paragraph (a how-to's steps, a checklist's advice): the article's own, as in
 * jusText's context pass, so they weigh a little for the run. Used by ../../main-text.ts as it
 * weighs the lines.
 */
import type { ClassedBlock } from '../../main-text.ts';

/**
 * A short sentence ("The talks resume on Monday.") right beside prose is the article's own, as in
 * jusText's context pass: it takes a small positive weight, so it stays at either end of the run.
 */
export function shortSentencesBesideProse(blocks: ClassedBlock[]): void {
  const prose = (b: ClassedBlock | undefined) => !!b && (b.cls === 'good' || b.cls === 'near');
  blocks.forEach((b, i) => {
    if (b.cls !== 'short' || !b.features.sentenceEnd || b.features.truncated || b.headlineLike) return;
    if (prose(blocks[i - 1]) || prose(blocks[i + 1])) b.weight = Math.max(1, b.features.words * 0.5);
  });
}

/** A terse sentence is written in lower case, unlike a title or a menu's label. */
const TERSE_CAPITALS = 0.5;

/**
 * "Always read reviews and confirm contracts in writing.": a whole sentence in lower case, too terse
 * for the language's share of stopwords (a how-to's steps, a checklist's advice), below the page's
 * first paragraph, with no furniture close under it. It stays a short line, but it weighs a little for
 * the article, as a short sentence beside prose does: headlines and labels end on no full stop. Above the first paragraph such lines
 * are as often a menu's descriptions of the site's products, and weigh as before.
 */
export function terseSentencesUnderProse(blocks: ClassedBlock[], cjk: boolean): void {
  const minWords = cjk ? 12 : 7;
  const terse = (b: ClassedBlock) => b.cls === 'short' && !b.headlineLike && b.features.sentenceEnd && !b.features.truncated && b.features.words >= minWords && b.features.capitalShare < TERSE_CAPITALS;
  // No furniture follows close under it: a sentence right above a comment section or a footer's
  // links (a site's blurb, a sign-off) is judged as before.
  const goesOn = (i: number) => {
    for (let k = i + 1; k <= i + TERSE_REACH && k < blocks.length; k++) if (blocks[k].cls === 'bad') return false;
    return true;
  };
  let under = false;
  blocks.forEach((b, i) => {
    if (b.cls === 'good') under = true;
    else if (under && b.weight === -1 && terse(b) && goesOn(i)) b.weight = b.features.words * 0.5;
  });
}
/** How far under a terse sentence furniture shows it closes the article. */
const TERSE_REACH = 3;
