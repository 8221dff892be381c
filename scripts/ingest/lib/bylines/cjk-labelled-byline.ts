/**
 * A Chinese or Japanese byline, its label before the names on a line of its own: "记者 张三" (reporter),
 * "作者：张三" (author), "文／山田花子", "取材・文：山田花子" (reporting and text), "记者 张三、李四",
 * bracketed or not ("（记者 张三）"). The names have no capitals and often no space before them, so the
 * label readers of byline-labels.ts, which check a name's shape by its case, never read them. The text
 * path's header (stages/segment.ts) asks for one when nothing else names the writer.
 */
import { joinNames } from './author.ts';

/**
 * The labels that say who wrote the text: Chinese 记者/記者 (reporter), 作者 (author), 撰文 and 执笔/執筆
 * (written by), Japanese 筆者 and 著者 (writer), 文 (text) and its compounds with the reporting or the
 * pictures ("取材・文", "文・写真"). An editor's (编辑, 編集) or a photographer's (摄影, 写真) label alone
 * names no writer, and is none of these. 文 alone is a word too: it is a label only with a mark after it
 * (LINE), the others also with a space.
 */
const SPACED_LABELS = '取材・文・写真|取材・文|文・写真|文と写真|记者|記者|作者|撰文|执笔|執筆|筆者|著者';
const LABEL = `(?:${SPACED_LABELS}|文)`;

/**
 * One name: two to four Han characters (a Chinese name, a Japanese one written in kanji), or a
 * Japanese name of up to six Han or kana characters with one space between surname and given name.
 */
const NAME = String.raw`(?:\p{Script=Han}{2,4}|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,4}[ 　][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,4})`;

/**
 * The whole line: an opening bracket or not, the label, a colon, a slash, a bar or a space (文 only
 * with a mark: alone it is a word), then one name or several set apart by "、", a comma or a space,
 * then the closing bracket. Group 1 is the names. Each run is bounded, so the pattern is linear.
 */
const LINE = new RegExp(
  String.raw`^[【\[（(]?\s{0,2}(?:(?:${LABEL})\s{0,2}[:：/／|｜]|(?:${SPACED_LABELS})[ 　])\s{0,2}(${NAME}(?:\s{0,2}[、,，]\s{0,2}${NAME}|[ 　]\p{Script=Han}{2,4}){0,5})\s{0,2}[】\]）)]?$`,
  'u',
);

/** The longest line read as such a byline: a label and six names. */
const MAX_LINE_CHARS = 80;

/** The names a Chinese or Japanese byline line gives ("记者 张三、李四" → "张三 and 李四"), or null. */
export function cjkLabelledByline(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const names = LINE.exec(text)?.[1];
  if (!names) return null;
  // "、" and commas set the names apart; a space only between names of Han characters alone ("张三 李四"),
  // as one inside a Japanese name sets its surname from its given name ("山田 花子").
  const parts = names.split(/\s{0,2}[、,，]\s{0,2}/u).flatMap((p) => (/^\p{Script=Han}{2,4}(?:[ 　]\p{Script=Han}{2,4}){2,}$/u.test(p) ? p.split(/[ 　]/u) : [p]));
  return joinNames(parts.map((p) => p.trim()).filter(Boolean));
}

/** The first line from `from` through `to` that is such a byline: its names and where it stands, or null. */
export function cjkBylineBetween(lines: readonly string[], from: number, to: number): { names: string; line: number } | null {
  for (let i = Math.max(0, from); i <= Math.min(to, lines.length - 1); i++) {
    const names = cjkLabelledByline(lines[i]);
    if (names) return { names, line: i };
  }
  return null;
}
