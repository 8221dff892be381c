/**
 * The placeholder a German page shows where an embedded video or post waits for the reader's consent:
 * "Empfohlener redaktioneller Inhalt", "An dieser Stelle findest du …", "Externe Inhalte
 * erlauben", "Ich bin damit einverstanden, dass mir … angezeigt werden". Its
 * lines read as prose between the article's paragraphs. They are furniture weighing little (the
 * article runs on past them), and so is a line between two of them (the placeholder's "you can show
 * it with a click"). Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../main-text.ts';
import { leaveOut } from './leave-out.ts';

const PLACEHOLDER =
  /^(?:ich bin damit einverstanden, dass mir .{0,40}inhalte? .{0,40}angezeigt (?:werden|wird)|.{0,80}personenbezogene daten (?:können|könnten) (?:dabei )?an drittplattformen übermittelt werden|an dieser stelle find(?:en sie|est du) (?:einen|ein) .{0,60}externen? inhalt|empfohlener redaktioneller inhalt|externer inhalt(?: nicht verfügbar)?|externen? inhalte? (?:anzeigen|laden|erlauben)|[\p{L}-]{1,20}-inhalte? (?:erlauben|anzeigen|laden)|link zum [\p{L}-]{1,20}-inhalt)/iu;
const PLACEHOLDER_MAY_MATCH = /einverstanden|drittplattform|an dieser stelle|redaktioneller inhalt|inhalte?\b/i;
/** Lines between two of the placeholder's that are its own. */
const GAP = 2;
const WHY = 'the placeholder of embedded external content, waiting for consent';

/** Whether a line is one of the German placeholder's own (used by the HTML path too, lib/html/furniture/consent-placeholder.ts). */
export function isGermanPlaceholderLine(line: string): boolean {
  return line.length <= 400 && PLACEHOLDER_MAY_MATCH.test(line) && PLACEHOLDER.test(line);
}

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
