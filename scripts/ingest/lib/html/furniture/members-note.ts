/**
 * A Japanese page's note that the rest of the article is for its paying members ("この記事は会員限定
 * です。"), and the sign-up box under it (what members get, the log-in link, the site's links): read
 * with the words the text path reads it by (lib/page-text/boxes/members-note-words.ts). The extractor
 * keeps the box with the article's opening, its only prose: the note speaks of the article, not in it.
 * It stands among the article's last blocks with nothing under it but the box's short lines; a
 * paragraph under it (longer than a box's line) says the note is a sentence of the article, and
 * nothing is marked.
 */
import { MEMBERS_NOTE, MEMBERS_NOTE_REACH, MEMBERS_NOTE_WHY } from '../../page-text/boxes/members-note-words.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

/** The longest line of a sign-up box, in characters (its lines name what members get in a few words): a paragraph of the article in Japanese is longer. */
const BOX_LINE_CHARS = 50;

/**
 * Marks the note and every block under it, when the note stands among the last blocks (not marked yet,
 * as far as the text path reaches) over the box's short lines only.
 */
export function markMembersNote(blocks: Block[]): void {
  let note = -1;
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < MEMBERS_NOTE_REACH; i--) {
    if (blocks[i].furniture) continue;
    seen++;
    if (MEMBERS_NOTE.test(blocks[i].text)) note = i;
    else if (blocks[i].text.length > BOX_LINE_CHARS) break;
  }
  if (note === -1) return;
  for (let i = note; i < blocks.length; i++) blocks[i].furniture ??= MEMBERS_NOTE_WHY;
}
