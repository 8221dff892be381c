/**
 * A labelled byline in a script without capitals, on a line of its own: Arabic, Persian, Hebrew, Hindi
 * ("بقلم: محمد أحمد", "מאת: דני כהן", "लेखक: राम शर्मा": caseless-labelled-byline.ts) or Chinese and
 * Japanese ("记者 张三", "文／山田花子": cjk-labelled-byline.ts). The text path's header reads both kinds
 * (stages/segment.ts); a saved page's article blocks need the same two readers, once for the line
 * (it is the byline, not the article's text: lib/html/furniture/html-furniture.ts) and once for the
 * author when the page's fields name nobody (stages/html.ts).
 */
import { caselessBylineBetween, caselessLabelledByline } from './caseless-labelled-byline.ts';
import { cjkBylineBetween, cjkLabelledByline } from './cjk-labelled-byline.ts';

/** Whether the line is such a byline: a label and the names after it. */
export function isScriptLabelledByline(line: string): boolean {
  return caselessLabelledByline(line) !== null || cjkLabelledByline(line) !== null;
}

/** The first such byline among the article's lines (or a label alone over the names' line): the names and the line it stands on. */
export function scriptLabelledBylineIn(lines: readonly string[]): { author: string; line: string } | null {
  const found = caselessBylineBetween(lines, 0, lines.length - 1) ?? cjkBylineBetween(lines, 0, lines.length - 1);
  return found ? { author: found.names, line: lines[found.line] } : null;
}
