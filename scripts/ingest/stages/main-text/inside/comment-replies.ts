/**
 * A comment's reply button run into its commenter's name by the page's innerText ("harbor_fan
 * antworten", "ann aus dem norden Reply"), under the comment whose header showed that name alone a
 * few lines above. Block features know the name-then-button line only where the name is capitalised
 * words (a person's); handles and phrases in lower case, with digits or marks, are as common. The
 * name shown twice, once alone and once before the button, marks the line as the comment section's,
 * whatever the name's shape; a sentence ending on the verb ("…auf alle Fragen antworten") repeats no
 * line above it. Used by detectMainText before the lines are classed: the comment section's walls
 * are found from such marks.
 */
import type { BlockFeatures } from '../../../lib/page-text/lines/block-features.ts';

/** The name, then the reply button, in the languages of most news on the web. */
const NAME_THEN_BUTTON = /^(.{1,60}?)\s+(?:antworten|reply|répondre|responder|rispondi|odpowiedz|ответить|beantwoorden|svara|vastaa|odpovědět)$/iu;
const BUTTON_MAY_MATCH = /antworten|reply|répondre|responder|rispondi|odpowiedz|ответить|beantwoorden|svara|vastaa|odpovědět/i;
/** How far above the button the comment's header (its name alone) may stand: a comment of a few paragraphs. */
const HEADER_REACH = 30;

export function repliesUnderTheirNames(lines: string[], features: BlockFeatures[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (features[i].commentMark || line.length > 80 || !BUTTON_MAY_MATCH.test(line)) continue;
    const name = NAME_THEN_BUTTON.exec(line)?.[1];
    if (!name) continue;
    for (let k = i - 1; k >= 0 && k >= i - HEADER_REACH; k--) {
      if (lines[k].trim() !== name) continue;
      features[i] = { ...features[i], commentMark: true };
      break;
    }
  }
}
