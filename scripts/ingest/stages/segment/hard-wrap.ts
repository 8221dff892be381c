/**
 * hard-wrap: the text's lines as segment reads them. Each line single-spaced (a line of marks or spaces
 * alone is blank), and where a source wrapped its paragraphs at a fixed width (the whole text, or only
 * the article among a page of menus), the line breaks inside a paragraph joined; each line keeps the
 * index of the line of the text it starts on.
 */
import { Report } from '../../report.ts';
import { endsLikeSentence } from '../../lib/page-text/language/text.ts';
import { trimmedInsideMarks } from '../../lib/page-text/language/shown-line.ts';
import { isDirectionalMark } from '../../lib/page-text/language/directional-marks.ts';

/** How much longer than the width a text is wrapped at (its lines' 90th percentile) a wrapped line may be: a tenth. */
const PAST_THE_WIDTH = 1.1;

/**
 * Some sources wrap paragraphs at a fixed width. A line that fills the width and does not end a
 * sentence continues on the next line: join those, and leave every other line break alone (header
 * lines and short lines are never joined).
 */
export function unwrapHardWrapped(text: string, report: Report): string[] {
  return unwrapHardWrappedWithOrigins(text, report).lines;
}

/** unwrapHardWrapped's lines, each with the index of the line of `text` it starts on (the lines it joined follow that one). */
export function unwrapHardWrappedWithOrigins(text: string, report: Report): { lines: string[]; origins: number[] } {
  const lines = text.split('\n').map(singleSpaced);
  const lengths = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // A wrap breaks every line at its width or a word short of it: a line well past the width (a headline
  // the page set apart, longer than the wrapped teasers around it) was never broken by it and goes on nowhere.
  const fills = (l: string) => width >= 40 && width <= 100 && l.length >= width * 0.75 && l.length <= width * PAST_THE_WIDTH && !endsLikeSentence(l);
  const continued = lines.filter((l, i) => fills(l) && lines[i + 1]).length;
  const candidates = lines.filter((l) => l.length >= width * 0.75).length;
  // Only a text that is mostly wrapped is unwrapped: one long headline does not make a wrap.
  // A page of many short lines (menus, link lists) with a few long ones is not wrapped either:
  // in a wrapped text most lines fill the width.
  const nonEmpty = lengths.length;
  if (continued < 2 || continued < candidates * 0.5 || candidates < nonEmpty * 0.4 || !sentencesRunAcrossBreaks(lines, fills)) {
    const filled: number[] = [];
    for (let i = 0; i < lines.length; i++) if (lines[i]) filled.push(i);
    const stretches = joinWrappedStretches(filled.map((i) => lines[i]), report);
    return { lines: stretches.lines, origins: stretches.origins.map((k) => filled[k]) };
  }
  const out: string[] = [];
  const origins: number[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    origins.push(i);
    let line = lines[i];
    while (fills(lines[i]) && lines[i + 1]) {
      line += ' ' + lines[++i];
      joined++;
    }
    out.push(line);
  }
  report.add('segment', 'hard-wrap', 'changed', undefined, `${joined} line breaks inside paragraphs joined`);
  return { lines: out, origins };
}

/**
 * Prose wrapped at a width breaks its sentences anywhere, so many of its full lines hold the end of
 * one sentence and the start of the next. Lines that fill one width for another reason hold none: a
 * list of other stories whose headlines the page cut to one length, a table's rows. Those are no
 * wrapped text, and joining them made one paragraph of a page's teasers, which then outweighed the
 * article. At least this share of the lines that would be joined hold a sentence's end inside,
 * once there are enough of them to tell: a short note's few long sentences may end only at its breaks.
 */
const SENTENCE_INSIDE_SHARE = 0.1;
const LINES_TO_TELL = 10;
/** A sentence's end, then more of the line: a space and a word, or (Chinese, Japanese) the next character. */
const SENTENCE_END_INSIDE = /[.!?।]["'”’)]*\s+\S|[。！？]["'”’」』)]*\S/u;

function sentencesRunAcrossBreaks(lines: string[], fills: (l: string) => boolean): boolean {
  let joined = 0;
  let inside = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!fills(lines[i]) || !lines[i + 1]) continue;
    joined++;
    if (SENTENCE_END_INSIDE.test(lines[i])) inside++;
  }
  return joined < LINES_TO_TELL || inside >= joined * SENTENCE_INSIDE_SHARE;
}

/** A wrapped line is most of a line of text; a menu's or a heading's is shorter. */
const WRAPPED_LINE_CHARS = 45;
/** Line breaks inside sentences that make a page's article wrapped (a stray one is a heading over lower-case text). */
const WRAPPED_BREAKS = 4;
/** A line wrapped inside a sentence ends on a word or a comma (code ends on a bracket or a semicolon). */
const WRAP_END = /[\p{L}\p{N},]$/u;
/** Source code a page shows (its lines go on in lower case too): brackets, assignments, comments. */
const CODE = /[{}=;<>]|\/\//;
/** A line that starts in the middle of a sentence: a lower-case word ("iPhone" and "eBay" are names; "https:" and "www." are addresses). */
const GOES_ON = /^\p{Ll}{2,}(?![\p{Lu}\p{N}:/.@_])/u;

/**
 * A page of menus and links (lines of their own) whose article the site wrapped at a fixed width
 * (a `<br>` every 80 characters): the whole page is not wrapped, its article is. A long line that
 * ends inside a sentence and a next line that goes on in lower case are one sentence; when the page
 * breaks sentences so several times, twice in a row somewhere (a paragraph of three lines), its
 * article is wrapped and every such break is joined. Menus, headings and lines that end a sentence
 * are never joined.
 */
function joinWrappedStretches(lines: string[], report: Report): { lines: string[]; origins: number[] } {
  const breaks = (i: number) =>
    lines[i].length >= WRAPPED_LINE_CHARS && i + 1 < lines.length && WRAP_END.test(lines[i]) && GOES_ON.test(lines[i + 1]) && !CODE.test(lines[i]) && !CODE.test(lines[i + 1]);
  const inside = new Uint8Array(lines.length);
  let count = 0;
  let twice = false;
  for (let i = 0; i < lines.length; i++) {
    if (!breaks(i)) continue;
    inside[i] = 1;
    count++;
    if (i > 0 && inside[i - 1]) twice = true;
  }
  if (count < WRAPPED_BREAKS || !twice) return { lines, origins: lines.map((_, i) => i) };
  const out: string[] = [];
  const origins: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    origins.push(i);
    let line = lines[i];
    while (inside[i]) line += ' ' + lines[++i];
    out.push(line);
  }
  report.add('segment', 'hard-wrap', 'changed', undefined, `${count} line breaks inside sentences joined (the article is wrapped, the page's menus are not)`);
  return { lines: out, origins };
}

/**
 * The line trimmed, every run of whitespace in it one space; most lines have none to change and are not
 * copied. A line in an isolate is trimmed inside it ("\u2068 Text \u2069" as `dir="auto"` copies an
 * indented line), and one of marks alone shows nothing: it is a blank line, as one of spaces is.
 */
function singleSpaced(line: string): string {
  const trimmed = line.trim();
  const spaced = ODD_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return spaced && (isDirectionalMark(spaced.charCodeAt(0)) || isDirectionalMark(spaced.charCodeAt(spaced.length - 1))) ? trimmedInsideMarks(spaced) : spaced;
}
/** Whitespace that is not a single plain space. */
const ODD_SPACE = /[^\S ]|  /;
