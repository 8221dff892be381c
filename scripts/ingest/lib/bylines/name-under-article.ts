/**
 * A writer's signature under the article: the name alone on the first line after its last paragraph,
 * the way many newsrooms sign a piece at its foot rather than under the headline ("… trong vòng 5
 * năm." / "Lê Phương", "… годами." / "Андрей Колесников" / "Газета «Коммерсантъ» №84 …", "… next
 * spring." / "Anna Berg"). Read only when nothing above named the writer (stages/segment.ts), and only
 * as a name is shaped in a script with capitals: two to four capitalised words in mixed case with no
 * sentence mark (bareName), none of them a word the page writes in lower case (a section's, a
 * heading's or a button's words are: "Related Stories", "Read More"), and standing as a block of its own:
 * the first entry of a footer's menu ("Maps and Directions" / "Public Safety and Parking") or a
 * contact's card ("Anna Berg" / "Extension Associate") has its next line right under it.
 */
import { endsLikeSentence } from '../page-text/language/text.ts';
import { SEPARATOR_LINE } from './byline-labels.ts';
import { personNameAlone } from './name-lines.ts';

/**
 * The name signed under the article's last paragraph (line `bodyEnd`), and its line; or null. The
 * paragraph must end as a sentence does: a run that ends on a list or a heading may have stopped short
 * of the article's end, and a capitalised line under it is as likely the next item's. `lower` is the
 * page's words written in lower case (name-lines.ts lowerCaseWords); `blockEndsAt(i)` says whether a
 * blank line (or the page's end) follows line `i` in the page as written: the reader's lines have no
 * blank ones left.
 */
export function nameUnderLastParagraph(lines: readonly string[], bodyEnd: number, lower: () => ReadonlySet<string>, blockEndsAt: (i: number) => boolean): { name: string; at: number } | null {
  if (bodyEnd < 0 || bodyEnd >= lines.length - 1 || !endsLikeSentence(lines[bodyEnd])) return null;
  let at = bodyEnd + 1;
  while (at < lines.length && (!lines[at].trim() || SEPARATOR_LINE.test(lines[at]))) at++;
  // A block of its own: a blank line under it, or the page's end. A menu's or a list's first entry has the next entry right under it ("Privacy Policy" / "Contact Us").
  if (at >= lines.length || !blockEndsAt(at)) return null;
  const text = lines[at].trim();
  // "&" joins a firm's or a menu's words here ("Privacy & Terms"), as beside a stamp (stages/segment.ts).
  if (text.includes('&') || !personNameAlone(text, lower)) return null;
  return { name: text, at };
}
