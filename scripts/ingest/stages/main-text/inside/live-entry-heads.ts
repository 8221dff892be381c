/**
 * A live report's entry heads: "21:00Antony Clements-Thrower", "20:42KEY EVENT", "2 hours ago10:05 Jon
 * King". A page updated through the day heads each entry with its time and its writer (or a mark
 * for the key ones); innerText runs the time into the name. The line is the entry's stamp and
 * byline, not its text, but it is short and prose surrounds it, so the run kept it. A time alone
 * over an entry ("10 p.m.") is read by main-text.ts (headsAnEntry) and stays. Only where the page
 * heads several entries so (ENTRY_HEADS) is a line read as one: a single "9:30 Opening Ceremony" is
 * a schedule's row. Each head is left out, weighing as little as a caption, so the run goes on past
 * it. Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** How long ago (a live page counts back), the time of day, then the writer's name or the entry's mark. */
const ENTRY_HEAD =
  /^(?:\d{1,2}\s*(?:mins?|minutes?|hours?|hrs?)\s+ago\s*)?\d{1,2}:\d{2}\s*(?:KEY EVENT|BREAKING|PINNED|\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+(?:-\p{Lu}[\p{Ll}'’.-]+)?){1,3})$/u;
/** Entry heads on the page at least: a live report has many entries. */
const ENTRY_HEADS = 3;

export const LIVE_ENTRY_HEAD_WHY = "a live report's entry head (its time and its writer)";

export function entryHeadsOfALiveReport(lines: string[], blocks: ClassedBlock[]): void {
  const heads: number[] = [];
  lines.forEach((line, i) => {
    if (blocks[i].cls !== 'good' && line.length <= 60 && ENTRY_HEAD.test(line.trim())) heads.push(i);
  });
  if (heads.length < ENTRY_HEADS) return;
  for (const i of heads) if (blocks[i].cls !== 'bad' || blocks[i].weight < -2) leaveOut(blocks[i], LIVE_ENTRY_HEAD_WHY);
}
