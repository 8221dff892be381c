/**
 * A Japanese page's note that the rest of the article is for its paying members ("この記事は会員限定
 * です。", "有料会員になると…お読みいただけます。", "残り1200文字"), and the sign-up box under it
 * (what members get, the log-in button). Such a note speaks of the article, not in it: it stands under
 * the article's last paragraph, among short lines, with nothing but the box's lines under it in the
 * run. The article ends above it. A sentence of the article on a service's paying members says none
 * of a note's words ("会員限定", "続きを", "お読みいただけます"). Used by detectMainText after the run's
 * end is found. Its words are the HTML path's too (lib/page-text/boxes/members-note-words.ts).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { MEMBERS_NOTE, MEMBERS_NOTE_REACH, MEMBERS_NOTE_WHY } from '../../../lib/page-text/boxes/members-note-words.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

export function aboveTheMembersNote(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let note = -1;
  for (let i = end; i > start && i > end - MEMBERS_NOTE_REACH && blocks[i].cls !== 'good'; i--) if (MEMBERS_NOTE.test(lines[i])) note = i;
  if (note === -1) return end;
  for (let i = note; i <= end; i++) if (blocks[i].cls !== 'bad') leaveOut(blocks[i], MEMBERS_NOTE_WHY, runEndingWeight(blocks[i]));
  let cut = note - 1;
  while (cut > start && blocks[cut].weight <= 0) cut--;
  return cut;
}
