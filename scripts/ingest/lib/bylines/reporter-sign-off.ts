/**
 * A Korean article's byline, where the role noun follows the name: "홍길동 기자" ("Hong Gildong,
 * reporter"), often with the writer's e-mail after it or on the next line, and a place before it
 * ("서울, 부산 홍길동 기자 hong@example.kr"). Korean news pages sign their articles so under the headline
 * or at the article's end, one such line per writer; no English-style label stands before the name,
 * so the header's label readers (byline-labels.ts) never see it. The text path's header (stages/segment.ts)
 * asks for it when nothing else names the writer.
 */
import { joinNames } from './author.ts';

/**
 * The words that say what kind of reporter, where a name would stand: "사진 기자" (photo reporter),
 * "전문 기자" (specialist), "수습 기자" (trainee), … A role before the noun, no person.
 */
const ROLE_WORDS = new Set(['사진', '영상', '취재', '전문', '수습', '객원', '선임', '인턴', '담당', '편집', '기획', '특별', '시민', '학생', '명예', '방송', '현장', '일보', '신문', '뉴스', '기자']);

/**
 * The sign-off line: up to three words of place before the name (a comma or a space between), the
 * name (two to four Hangul syllables: Korean names are written so, with no space inside), a space,
 * "기자", then at most an e-mail address (bare, or in brackets). Group 1 is the name. Each part is
 * a bounded run of one class, so the pattern is linear.
 */
/** An e-mail address, each part bounded. */
const EMAIL = String.raw`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}`;
const SIGN_OFF = new RegExp(String.raw`^(?:[\p{Script=Hangul}]{1,8}(?:,\s?|\s)){0,3}?([\p{Script=Hangul}]{2,4})\s기자(?:\s*[(<[]?${EMAIL}[)>\]]?)?$`, 'u');

/** An e-mail address alone on its line (the writer's, under the sign-off in its own element; closing one on the HTML path: lib/html/furniture/closing-address.ts). */
export const EMAIL_LINE = new RegExp(`^${EMAIL}$`, 'u');

/** The longest line read as a sign-off: a place, a name, the noun and an address. */
const MAX_SIGN_OFF_CHARS = 120;

/** The name a sign-off line gives ("순천, 광양 구현모 기자 a@b.kr" → "구현모"), or null. */
export function signedReporter(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_SIGN_OFF_CHARS) return null;
  const name = SIGN_OFF.exec(text)?.[1];
  return name && !ROLE_WORDS.has(name) ? name : null;
}

/**
 * The writers a Korean page signs its article with: the first sign-off line from `from` on (through
 * `to`), with the sign-off lines around it that only an e-mail line or a blank sets apart (several
 * writers, one line each; the list may start over the range read), joined as a list ("배윤경, 이상현
 * and 한수진"). Null when no line signs.
 */
export function reporterSignOff(lines: readonly string[], from: number, to: number): { names: string; line: number } | null {
  for (let i = Math.max(0, from); i <= Math.min(to, lines.length - 1); i++) {
    if (!signedReporter(lines[i])) continue;
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const line = lines[j].trim();
      if (!line || EMAIL_LINE.test(line)) continue;
      if (!signedReporter(line)) break;
      first = j;
    }
    const names: string[] = [];
    for (let j = first; j < lines.length; j++) {
      const line = lines[j].trim();
      if (!line || EMAIL_LINE.test(line)) continue;
      const name = signedReporter(line);
      if (!name) break;
      if (!names.includes(name)) names.push(name);
    }
    return { names: joinNames(names), line: first };
  }
  return null;
}
