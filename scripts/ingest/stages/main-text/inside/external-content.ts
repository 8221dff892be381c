/**
 * The placeholder a German page shows where an embedded video or post waits for the reader's consent:
 * "Empfohlener redaktioneller Inhalt", "An dieser Stelle findest du …", "Externe Inhalte
 * erlauben", "Ich bin damit einverstanden, dass mir … angezeigt werden". Its
 * lines read as prose between the article's paragraphs. They are furniture weighing little (the
 * article runs on past them), and so is a line between two of them (the placeholder's "you can show
 * it with a click"). Used by detectMainText before the run is found. The placeholder's lines are read
 * as the HTML path reads them (lib/page-text/boxes/german-consent-placeholder-lines.ts).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';
import { isGermanPlaceholderLine } from '../../../lib/page-text/boxes/german-consent-placeholder-lines.ts';

/** Lines between two of the placeholder's that are its own. */
const GAP = 2;
const WHY = 'the placeholder of embedded external content, waiting for consent';

export function placeholdersOfExternalContent(lines: string[], blocks: ClassedBlock[], lang: string): void {
  if (lang !== 'de') return;
  let last = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || !isGermanPlaceholderLine(line)) continue;
    const from = i - last <= GAP + 1 ? last + 1 : i;
    for (let k = from; k <= i; k++) leaveOut(blocks[k], WHY);
    last = i;
  }
}
