/**
 * A paywall box among the run's first lines, above the article's first paragraph ("Jetzt
 * weiterlesen!" / "Für 0.99 € können Sie diesen Artikel erwerben." / "Sie sind bereits Kunde?" /
 * "Anmelden"): its short lines read as sentences, so the run takes them in. Found by its own words
 * (lib/page-text/boxes/paywall-box-words.ts): the offer to buy the article or the question to readers
 * who already pay. The box's lines from the run's start down to its last such line, and the short
 * buttons right under it ("Anmelden", "Log in"), are left out and reported; the article starts under
 * them. A paragraph of prose above the box stops the walk: the article started there, and a box lower
 * down is not at its top. Used by ../../main-text.ts once the article's start is known.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { ALREADY_A_SUBSCRIBER, BUY_THIS_ARTICLE, PAYWALL_BOX_WHY, PAYWALL_LINE_WORDS } from '../../../lib/page-text/boxes/paywall-box-words.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** How many lines at the top of the run the box may take. */
const PAYWALL_REACH = 8;
/** A button under the box's question: a few words, no sentence end ("Anmelden", "Log in", "Jetzt abonnieren"). */
const BUTTON_WORDS = 3;

const isPaywallLine = (line: string, b: ClassedBlock) =>
  b.features.words <= PAYWALL_LINE_WORDS && (ALREADY_A_SUBSCRIBER.test(line.trim()) || BUY_THIS_ARTICLE.test(line));

/** The first line under the paywall box at the top of the run, or `start` when there is none. */
export function belowThePaywallBox(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let last = -1;
  for (let i = start; i <= end && i < start + PAYWALL_REACH; i++) {
    const b = blocks[i];
    if (b.cls === 'bad') continue;
    if (isPaywallLine(lines[i], b)) last = i;
    else if (b.cls === 'good' || b.features.words > PAYWALL_LINE_WORDS) break;
  }
  if (last === -1) return start;
  let below = last + 1;
  while (below <= end && blocks[below].cls !== 'good' && blocks[below].features.words <= BUTTON_WORDS && !blocks[below].features.sentenceEnd) below++;
  if (below > end) return start;
  for (let i = start; i < below; i++) if (blocks[i].cls !== 'bad') leaveOut(blocks[i], PAYWALL_BOX_WHY, runEndingWeight(blocks[i]));
  return below;
}
