/**
 * A standfirst written without its full stop, right under the headline ("Next steps of the squad in
 * March with two friendlies against Norway"): the article's own line, kept where dedupe drops other
 * header lines that do not read as text. Header lines may follow it (a caption, a sub-heading, the
 * lead when the run starts lower): the place under the headline is the sign, not what comes after. What else
 * stands there is a byline, a date or time, a caption with its credit, a row of labels or a
 * breadcrumb: each carries figures, a name's "by", a credit in brackets or a separator, and a
 * standfirst none of them, and it has words in lower case: a row of names or a second headline in
 * Title Case has not. And it is long against a short headline (TIMES_THE_HEADLINE).
 */
import { countWords } from '../language/text.ts';
import { notAHeadline } from './title.ts';

/** A standfirst says something: a clause of some length, not a label or a tag. */
const MIN_WORDS = 8;
/** Longer than this it is a paragraph, which readsAsText judges. */
const MAX_WORDS = 40;
/**
 * How many times the headline's words the line has at least. A headline of a few words ("Regatta
 * postponed") leaves the telling to the line under it; a line no longer than its headline stands
 * there as often as a second headline, another story's teaser or a video's title. Half as long again
 * is a clause of its own: at 2.5 times, standfirsts under headlines of seven words and more went
 * (snippet set's dev pages: three true passages back, one line its truth leaves out kept).
 */
const TIMES_THE_HEADLINE = 1.5;

/** `headerLines`: the header's lines in page order, the headline among them; `line` is one of them. */
export function standfirstUnderHeadline(line: string, headerLines: readonly string[], headline: string): boolean {
  const k = headerLines.indexOf(line);
  if (k < 1 || headerLines[k - 1] !== headline) return false;
  const t = line.trim();
  const words = countWords(t, MAX_WORDS + 1);
  if (words < MIN_WORDS || words > MAX_WORDS || words < TIMES_THE_HEADLINE * countWords(headline, MAX_WORDS)) return false;
  if (NOT_PROSE_MARK.test(t) || BYLINE_WORD.test(t) || notAHeadline(t)) return false;
  // Fields in a row ("Posted by: … - Category: … - Tags: …") have a label each; a standfirst one clause.
  if ((t.match(FIELD_LABEL) ?? []).length >= 2) return false;
  // A clause has words of its own in lower case (German too: its verbs, articles and prepositions);
  // a row of names ("Jane Roe and John Doe City Herald") or a second headline in Title Case has none.
  return LOWER_CASE_WORD.test(t);
}

/** "Category: ", "Tags: ": a field's label inside the line. */
const FIELD_LABEL = /\p{L}[:：]\s/gu;
/** A word of four letters or more in lower case ("and", "of", "der" are shorter: Title Case keeps them small). */
const LOWER_CASE_WORD = /(?:^|[\s"'“„‘(])\p{Ll}[\p{L}'’-]{3}/u;

/** Figures (a date, a time, a count), a row's or a breadcrumb's separator, a bracket or colon closing the line (a credit, a label). */
const NOT_PROSE_MARK = /\d|[|/>»·•@]|[)\]:]$/u;
/** "Guide by Jane Roe", "Von Jane Roe", "par …", "por …": a byline (the word, then a capitalised name). */
const BYLINE_WORD = /(?:^|\s)(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Dd]i|[Dd]a)\s+\p{Lu}/u;
