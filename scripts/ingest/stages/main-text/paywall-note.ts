/**
 * A Japanese page's note that the rest of the article is for its paying members ("この記事は会員限定
 * です。", "有料会員になると…お読みいただけます。", "残り1200文字"), and the sign-up box under it
 * (what members get, the log-in button). Such a note speaks of the article, not in it: it stands under
 * the article's last paragraph, among short lines, with nothing but the box's lines under it in the
 * run. The article ends above it. A sentence of the article on a service's paying members says none
 * of a note's words ("会員限定", "続きを", "お読みいただけます"). Used by detectMainText after the run's
 * end is found.
 */
import type { ClassedBlock } from '../main-text.ts';

/** The note's words: members only, the rest to read, the characters left (lib/html/furniture/members-note.ts reads them too). */
export const MEMBERS_NOTE =
  /この記事は(?:有料)?(?:会員|購読者)(?:限定|専用)|(?:有料)?会員(?:限定|専用)(?:の|記事|です)|有料会員(?:になる|に登録|の方)|(?:会員登録|ログイン)(?:する|して)(?:と|続き)|続きを(?:読む|お読み)|お読みいただけます|残り\s*[\d０-９,，]+\s*文字/u;
/** Lines of the box a walk up from the run's end passes over before it gives up (the HTML path's blocks too). */
export const MEMBERS_NOTE_REACH = 12;
export const MEMBERS_NOTE_WHY = 'a note that the rest of the article is for paying members, and its sign-up box';

export function aboveTheMembersNote(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let note = -1;
  for (let i = end; i > start && i > end - MEMBERS_NOTE_REACH && blocks[i].cls !== 'good'; i--) if (MEMBERS_NOTE.test(lines[i])) note = i;
  if (note === -1) return end;
  for (let i = note; i <= end; i++) if (blocks[i].cls !== 'bad') Object.assign(blocks[i], { cls: 'bad', why: MEMBERS_NOTE_WHY, weight: -(10 + Math.min(blocks[i].features.words, 40)) });
  let cut = note - 1;
  while (cut > start && blocks[cut].weight <= 0) cut--;
  return cut;
}
