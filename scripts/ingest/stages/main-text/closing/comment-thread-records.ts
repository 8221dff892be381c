/**
 * Readers' comments under the article with no heading of their own ("12 Comments", "Leave a reply")
 * to wall them off: the page shows one record a comment, each in the same shape, its commenter's name
 * on a short line, a time line beside it ("3 years ago", "March 4, 2021 at 5:12 pm", "vor 3 Tagen",
 * "3日前"), the comment's prose, then its buttons ("Reply", "Like", "Antworten", a vote count beside them). The
 * run of prose stops at the first reply button (main-text.ts commentWalls), but the first comment's
 * name, time and prose stand above it, and the run keeps them as the article's last paragraph.
 *
 * What tells a thread from an article that repeats names and times is the buttons: an interview's
 * turns ("Jane Doe, 10:32" / her answer) and a live report's entries ("10:32" / "Jane Porter" / the
 * post / "Share") repeat a name and a time over prose too, but no reply, like or report button under
 * each. So a record is a time line ("8d" and "Feb 19" too) with a short name line right above or
 * under it, the comment under them, then a button line before the next record's head; two such
 * records in a row are a thread. A page may write the name on the time's line ("Julia 14.09.2022 um
 * 21.11"): a time alone over prose and a button then, three records in a row for a thread. The
 * article ends above the first record (the lines between its last paragraph and the record, a
 * "Discussion" label or a count, weigh nothing and go with it), and each of the thread's lines inside
 * the run is reported with the reason.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

export const COMMENT_THREAD_RECORDS = "readers' comments under the article (a name, a time, the comment, its reply or like buttons, repeated)";

/**
 * One button, in the languages of most news on the web: reply, like, report, vote. "Share" is none of
 * them: a live report shares each of its entries.
 */
const BUTTON_WORD =
  /^(?:reply|replies|like|likes|liked|unlike|report|flag|upvote|downvote|vote|antworten|antwort|melden|gefällt mir|répondre|réponses?|j'aime|signaler|responder|respuestas?|me gusta|denunciar|curtir|respostas?|rispondi|risposte|mi piace|segnala|odpowiedz|odpowiedzi|lubię to|zgłoś|beantwoorden|reageer|vind ik leuk|ответить|ответы|нравится|пожаловаться|返信|いいね|通報|回复|回覆|举报|赞|답글|좋아요|신고)$/iu;
/** What may stand beside a button on its line: a count, a dot, a share button, an arrow. */
const BESIDE = /^(?:\d{1,5}|[+−-]\d{1,5}|[•·|›»▲▼↑↓⬆⬇♥❤👍👎]+|share|teilen|partager|compartir|compartilhar|condividi|udostępnij|поделиться|共有|分享)$/iu;
/** A button line: one to five pieces, each a button or beside one, at least one a button. */
function isButtonLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 60) return false;
  // innerText runs a row of buttons together with spaces, dots or nothing between capitalised words ("LikeReply").
  const pieces = t
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[•·|]/u)
    .flatMap((p) => (BUTTON_WORD.test(p.trim()) || BESIDE.test(p.trim()) ? [p.trim()] : p.trim().split(/\s+/)))
    .filter(Boolean);
  if (pieces.length > 5) return false;
  let button = false;
  for (const p of pieces) {
    if (BUTTON_WORD.test(p)) button = true;
    else if (!BESIDE.test(p)) return false;
  }
  return button;
}

/** A day without its year ("Feb 19", "Jan 23, 2025Edited"): the short stamp of a comment this year. */
const DAY_STAMP = /^\p{L}{3,9}\.?\s\d{1,2}(?:,\s\d{4})?\p{L}{0,8}$/u;
/** An age in a letter or two ("8d", "17h", "3w", "2mo"), as comment threads write it. */
const SHORT_AGE = /^\d{1,3}\s?(?:s|m|h|d|w|mo|y|min|hr|j|t|д|ч|н|м|г)$/u;
/** A time line: an age, a date or time stamp, short. */
function isTimeLine(line: string, b: ClassedBlock): boolean {
  if (b.features.words > 9) return false;
  const t = line.trim();
  return b.features.age || b.features.dateLine || DAY_STAMP.test(t) || SHORT_AGE.test(t);
}
/** A commenter's name or handle: a short line, no sentence (an initial's full stop is none: "Heike S."), no stamp, no button. */
const NAME_WORDS = 5;
const INITIAL_AT_THE_END = /(?:^|\s)\p{Lu}\.$/u;
function isNameLine(line: string, b: ClassedBlock): boolean {
  const t = line.trim();
  if (!t || t.length > 60 || b.features.words > NAME_WORDS || b.features.age || b.features.dateLine) return false;
  return (!b.features.sentenceEnd || INITIAL_AT_THE_END.test(t)) && !isButtonLine(t);
}
/** Prose, or a comment's words: a comment may be a short line with no full stop ("thanks for sharing these insights"). */
const isProse = (b: ClassedBlock) => b.cls === 'good' || b.cls === 'near' || (b.features.words >= 4 && b.features.sentenceEnd);
const COMMENT_WORDS = 3;
const isCommentText = (line: string, b: ClassedBlock) => isProse(b) || (b.features.words >= COMMENT_WORDS && !b.features.chrome && !isButtonLine(line));

/** How far under the run's end the thread's records may go on: a few comments. */
const REACH = 60;
/** Lines of one comment at most, from its head to its buttons. */
const RECORD_LINES = 25;
/** Records in a row that make a thread. */
const RECORDS = 2;
/** Words of paragraphs above the thread at least: the article it closes. */
const ARTICLE_WORDS = 40;

interface Head {
  /** The record's first line (its name or its time, whichever stands above). */
  first: number;
  /** Its last head line: the prose starts under it. */
  last: number;
  /** A name line stands beside the time (else the name is on the time's line, "Julia 14.09.2022 um 21.11", or shown by none). */
  named: boolean;
}

/** The head of a record at line i: a time line, with a name line right above or under it if the page gives the name a line. */
function headAt(lines: string[], blocks: ClassedBlock[], i: number): Head | null {
  if (!isTimeLine(lines[i], blocks[i])) return null;
  if (i > 0 && isNameLine(lines[i - 1], blocks[i - 1])) return { first: i - 1, last: i, named: true };
  if (i + 1 < lines.length && isNameLine(lines[i + 1], blocks[i + 1]) && !isProse(blocks[i + 1])) return { first: i, last: i + 1, named: true };
  return { first: i, last: i, named: false };
}

/**
 * The thread's records from the head `first`: each head, then prose, then a button line before the
 * next head. Returns the heads of the records in a row ([] when `first` heads none).
 */
function recordsFrom(lines: string[], blocks: ClassedBlock[], first: Head, to: number): Head[] {
  const records: Head[] = [];
  // The thread's last record in view may say the page hides more under it ("1 reply", "5 more comments…"): one more record.
  let hidden = false;
  let head: Head | null = first;
  while (head) {
    let prose = false;
    let button = -1;
    for (let k = head.last + 1; k <= to && k <= head.last + RECORD_LINES; k++) {
      if (isButtonLine(lines[k])) {
        if (prose) {
          button = k;
          break;
        }
        continue;
      }
      if (headAt(lines, blocks, k)) break;
      if (isCommentText(lines[k], blocks[k])) prose = true;
    }
    if (button === -1) break;
    records.push(head);
    // The next record's head, under the buttons (a reply's comes right under its parent's).
    let k = button + 1;
    while (k <= to && isButtonLine(lines[k])) k++;
    head = null;
    for (let j = k; j <= to && j <= k + NEXT_HEAD && !head; j++) {
      if (MORE_COMMENTS.test(lines[j].trim())) hidden = true;
      const h = headAt(lines, blocks, j);
      if (h && h.first >= k) head = h;
    }
  }
  return hidden && records.length ? [...records, records[records.length - 1]] : records;
}
/**
 * A link to the replies or comments the page hides: a count of them ("1 reply", "2 replies by Ann Lee
 * and others", "5 more comments…", "View 3 replies", "3 weitere Antworten", "Ver 2 respuestas").
 */
const MORE_COMMENTS =
  /^(?:(?:view|show|see|load|ver|voir|afficher|mostrar|zeige|anzeigen|alle)\s)?\d{1,5}\s(?:more\s|weitere\s|autres?\s|más\s|mais\s|altre\s|ещё\s|еще\s)?(?:repl(?:y|ies)|comments?|antworten|kommentare?|réponses?|commentaires?|respuestas?|comentarios?|respostas?|comentários?|risposte|commenti|odpowiedzi|komentarz[ey]?|ответ\p{L}{0,3}|комментари\p{L}{0,3})(?:\s.{0,60})?$/iu;
/** Lines between one comment's buttons and the next one's head at most ("View 2 replies", an avatar's initials). */
const NEXT_HEAD = 4;

/**
 * Returns the article's last line: above the first record of a thread of readers' comments the run
 * (start..end) reached into. The thread's lines inside the run are marked with the reason.
 */
export function aboveACommentThread(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  const to = Math.min(lines.length - 1, end + REACH);
  let words = 0;
  for (let i = start; i <= end; i++) {
    const head = i > start ? headAt(lines, blocks, i) : null;
    if (head && head.first > start && words >= ARTICLE_WORDS) {
      const records = recordsFrom(lines, blocks, head, to);
      // A time alone over prose and a button is a thread's only when it repeats once more: names show a commenter, a time alone may be an entry's.
      if (records.length >= RECORDS + (head.named ? 0 : 1)) return cutAbove(blocks, start, end, records[0].first);
    }
    if (isProse(blocks[i])) words += blocks[i].features.words;
  }
  return end;
}

/** Ends the article above the thread's first line, its lines inside the run marked. */
function cutAbove(blocks: ClassedBlock[], start: number, end: number, first: number): number {
  for (let k = first; k <= end; k++) {
    const b = blocks[k];
    if (b.cls !== 'bad') leaveOut(b, COMMENT_THREAD_RECORDS, runEndingWeight(b, 2));
  }
  let cut = first - 1;
  while (cut > start && blocks[cut].weight <= 0) cut--;
  return cut;
}
