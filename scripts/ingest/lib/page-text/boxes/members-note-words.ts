/**
 * The words of a Japanese page's note that the rest of the article is for its paying members ("この記事は
 * 会員限定です。", "有料会員になると…お読みいただけます。", "残り1200文字"), how far up from the
 * article's end a walk looks for it, and the reason given for leaving it out with its sign-up box. One
 * list for both paths: the text path's rule (stages/main-text/closing/paywall-note.ts) and the HTML path's
 * (lib/html/furniture/members-note.ts), so the two cannot drift apart.
 */

/** The note's words: members only, the rest to read, the characters left. */
export const MEMBERS_NOTE =
  /この記事は(?:有料)?(?:会員|購読者)(?:限定|専用)|(?:有料)?会員(?:限定|専用)(?:の|記事|です)|有料会員(?:になる|に登録|の方)|(?:会員登録|ログイン)(?:する|して)(?:と|続き)|続きを(?:読む|お読み)|お読みいただけます|残り\s*[\d０-９,，]+\s*文字/u;
/** Lines of the box a walk up from the run's end passes over before it gives up (the HTML path's blocks too). */
export const MEMBERS_NOTE_REACH = 12;
export const MEMBERS_NOTE_WHY = 'a note that the rest of the article is for paying members, and its sign-up box';
