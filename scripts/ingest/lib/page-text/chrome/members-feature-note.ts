/**
 * A Japanese page's note under one of its buttons that the feature is for signed-up members (chrome
 * rule `members-feature-note`): "記事に『リアクション』ができます。ご利用には会員登録が必要です。",
 * "『カテゴリーをフォロー』すると、マイページで記事を読むことができます。会員の方のみご利用いただけます。".
 * The button's name in 『』, what the reader "can" do with it (できます), then the members-only sentence
 * closing the line: the page's own voice to its reader. An article's sentence on a service that needs
 * a sign-up tells what happened ("…アプリを公開した。ご利用には会員登録が必要です。"), not what the reader can do.
 * The note on the rest of the article being for members is another rule's (boxes/members-note-words.ts).
 */

/** The members-only sentence that closes the note: "ご利用には会員登録が必要です", "会員の方のみご利用いただけます". */
const MEMBERS_ONLY = '(?:ご利用には(?:無料)?(?:会員登録|ログイン)が必要です|(?:有料)?会員の方のみ(?:ご利用|お使い)いただけます)';

/** The whole line, at most 120 characters: a button's name and "can", then the members-only sentence. */
export const MEMBERS_FEATURE_NOTE = new RegExp(`^(?=[^]{0,120}$)[^。]*『[^』]{1,20}』[^。]*できます。\\s*${MEMBERS_ONLY}。?$`, 'u');
/** Every line MEMBERS_FEATURE_NOTE matches has this: most lines are not looked at further. */
export const MEMBERS_FEATURE_NOTE_MAY_MATCH = /会員/u;
