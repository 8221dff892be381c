/**
 * A title the site prints inside its own quotation marks (the briefing's “title”, Briefing.astro). A title
 * with double marks of its own came out doubled: “"Stadium ban" and two fines…”. English nests a
 * quotation in single marks, so inside the site's pair the title's own double marks become ‘…’; a title
 * that is one quotation from end to end ("We will not leave") keeps its own pair alone, the site adding
 * none. Marks that do not pair (12" screen) and guillemets (distinct from the site's marks) stay as written.
 */
import { clip } from './text.ts';

/** A title's own pair around all of it: its opening mark → its closing one. */
const WHOLE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '”': '”' };
/** Double marks a title may quote with. */
const DOUBLE = /["“”„«»]/;
/** Double marks nested as single inside the site's “…” (guillemets are distinct already). */
const NESTABLE = /["“”„]/g;
/** A mark opens when it starts the title or follows a space or an opening bracket or dash. */
const OPENS_AFTER = /[\s([{—–/-]/;

export interface QuotedTitle { text: string; marks: boolean }

/** The title's text and whether the site's quotation marks go around it, clipped to `max` characters when given. */
export function quotedTitle(title: string, max?: number): QuotedTitle {
  const close = WHOLE_PAIRS[title[0]];
  const inner = title.slice(1, -1);
  if (close && title.length > 2 && title.endsWith(close) && !DOUBLE.test(inner)) {
    return { text: max && title.length > max ? title[0] + clip(inner, max - 2) + close : title, marks: false };
  }
  const nested = nestQuotes(title);
  const text = max ? clip(nested, max) : nested;
  // A clip inside a quotation closes it after the ellipsis, so the reader sees where it ends.
  const open = (text.match(/‘/g) ?? []).length - (text.match(/’/g) ?? []).length;
  return { text: open > 0 && text !== nested ? text + '’' : text, marks: true };
}

/** The title's double marks as single ones, when they pair up as open-close in turn; else the title as written. */
function nestQuotes(title: string): string {
  const marks = [...title.matchAll(NESTABLE)];
  if (marks.length === 0 || marks.length % 2 === 1) return title;
  const opens = marks.map((m) => m.index === 0 || OPENS_AFTER.test(title[m.index - 1]));
  if (opens.some((o, i) => o !== (i % 2 === 0))) return title;
  let i = 0;
  return title.replace(NESTABLE, () => (opens[i++] ? '‘' : '’'));
}
