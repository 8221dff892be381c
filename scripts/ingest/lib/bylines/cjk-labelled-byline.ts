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

/**
 * "本报记者 张三" (this paper's reporter), "新华社记者 张三 李四": the outlet or the desk run into the
 * reporter's label, then Chinese names of two or three Han characters (a longer run after such a
 * label is a headline's words: "女记者 亲历战火"). Group 1 is the names.
 */
const CN_NAME = String.raw`\p{Script=Han}{2,3}`;
const PREFIXED_LINE = new RegExp(
  String.raw`^[【\[（(]?\s{0,2}\p{Script=Han}{1,8}(?:记者|記者)(?:\s{0,2}[:：/／|｜]\s{0,2}|[ 　]\s{0,2})(${CN_NAME}(?:\s{0,2}[、,，]\s{0,2}${CN_NAME}|[ 　]${CN_NAME}){0,5})\s{0,2}[】\]）)]?$`,
  'u',
);

/**
 * A Japanese name as a byline writes it before the reporter's noun or in brackets: three to five Han
 * characters ("山田太郎"; two are as often a word or an agency's short name, "共同", "時事"), or a
 * surname and a given name of Han or kana with a space between ("山田 はなこ").
 */
const JA_NAME = String.raw`(?:\p{Script=Han}{3,5}|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,4}[ 　][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,4})`;
/**
 * "山田太郎記者", "共同通信 山田太郎記者", "山田太郎 記者": the reporter's noun after the name, an
 * outlet before it or not (set apart by a space: run into the name, no reader could tell where it
 * ends). Group 1 is the name; the outlet is no person, and is left.
 */
const NAME_THEN_REPORTER = new RegExp(
  String.raw`^(?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・A-Za-z0-9]{2,12}[ 　])?(${JA_NAME})[ 　]?(?:記者|记者)$`,
  'u',
);
/** "（山田太郎）" under the headline: the writer's name in brackets alone on its line. Group 1 is the name. */
const BRACKETED_NAME = new RegExp(String.raw`^[（(]\s{0,2}(${JA_NAME})\s{0,2}[）)]$`, 'u');

/**
 * The ends of an outlet's, a desk's or a post's name, and no person's: a company (社), a news agency
 * (通信), a newspaper (新聞, 新闻, 日报, 報), a dispatch (電), a department (部), a bureau (局), a
 * station (台), a site (网, 網), a body (会, 院, 所, 庁, 省, 团, 團, 組, 组). "朝日新聞記者", "社会部記者",
 * "（新華社）" name nobody.
 */
const NOT_A_PERSON_END = /(?:社|通信|新聞|新闻|日报|日報|報|报|電|电|部|局|台|网|網|会|會|院|所|庁|省|团|團|組|组)$/u;
/** Words of a picture's or a table's credit, in brackets under a headline ("（資料写真）", "（本社撮影）"), and of a role. */
const NOT_A_PERSON_WORD = /写真|撮影|提供|資料|画像|図|表|照片|图片|圖片|摄|攝|视频|視頻|動画|特派|編集|编辑|見習|実習|实习|特約|特约|駐在|常驻/u;

const personName = (name: string) => !NOT_A_PERSON_END.test(name) && !NOT_A_PERSON_WORD.test(name);

/** The name of a line that names the reporter before the noun ("共同通信 山田太郎記者" → "山田太郎"), or null. */
export function nameBeforeReporterNoun(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const name = NAME_THEN_REPORTER.exec(text)?.[1];
  return name && personName(name) ? name : null;
}

/** The name a line holds in brackets alone ("（山田太郎）" → "山田太郎"), or null: read only under the headline. */
export function bracketedCjkName(line: string): string | null {
  const text = line.trim();
  const name = BRACKETED_NAME.exec(text)?.[1];
  return name && personName(name) ? name : null;
}

/** The longest line read as such a byline: a label and six names. */
const MAX_LINE_CHARS = 80;

/** The names a Chinese or Japanese byline line gives ("记者 张三、李四" → "张三 and 李四"), or null. */
export function cjkLabelledByline(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_LINE_CHARS) return null;
  const suffixed = nameBeforeReporterNoun(text);
  if (suffixed) return suffixed;
  const names = LINE.exec(text)?.[1];
  if (names) {
    // "、" and commas set the names apart; a space only between names of Han characters alone ("张三 李四"),
    // as one inside a Japanese name sets its surname from its given name ("山田 花子").
    const parts = names.split(/\s{0,2}[、,，]\s{0,2}/u).flatMap((p) => (/^\p{Script=Han}{2,4}(?:[ 　]\p{Script=Han}{2,4}){2,}$/u.test(p) ? p.split(/[ 　]/u) : [p]));
    return peopleOnly(parts);
  }
  // After an outlet's label the names are Chinese, two or three characters each: a space sets them apart too.
  const prefixed = PREFIXED_LINE.exec(text)?.[1];
  return prefixed ? peopleOnly(prefixed.split(/\s{0,2}[、,，]\s{0,2}|[ 　]/u)) : null;
}

/** The parts that name people, joined as a list ("作者：编辑部", the editorial department, names nobody), or null when none does. */
function peopleOnly(parts: readonly string[]): string | null {
  const people = parts.map((p) => p.trim()).filter((p) => p && personName(p.replace(/[ 　]/gu, '')));
  return people.length ? joinNames(people) : null;
}

/** A label's mark after it ("作者：", "文／"), or brackets round the line: what a headline never writes so. */
const MARKED_BYLINE = /^[【\[（(]|(?:记者|記者|作者|撰文|执笔|執筆|筆者|著者|文)\s{0,2}[:：/／|｜]/u;

/**
 * Whether a line is a Chinese or Japanese byline beyond doubt, so no headline: a label with its mark
 * or in brackets ("作者：张三", "（记者 张三）"), names of two or three Han characters after the label
 * ("记者 张三", "本报记者 张三"), or an outlet and a name before the reporter's noun ("共同通信
 * 山田太郎記者"). "记者 走访企业" (the reporter visits firms) may be either, and is left to the headline's reader.
 */
export function cjkBylineLine(line: string): boolean {
  const text = line.trim();
  const names = cjkLabelledByline(text);
  if (!names) return false;
  if (MARKED_BYLINE.test(text) || /^\S+[ 　]\S+(?:記者|记者)$/u.test(text)) return true;
  return names.split(/, | and /).every((n) => /^\p{Script=Han}{2,3}$/u.test(n));
}

/**
 * The first line from `from` through `to` that is such a byline: its names and where it stands, or
 * null. The headline's line (`headline`) is none, whatever its words ("记者 走访企业").
 */
export function cjkBylineBetween(lines: readonly string[], from: number, to: number, headline = -1): { names: string; line: number } | null {
  for (let i = Math.max(0, from); i <= Math.min(to, lines.length - 1); i++) {
    if (i === headline) continue;
    const names = cjkLabelledByline(lines[i]);
    if (names) return { names, line: i };
  }
  return null;
}
