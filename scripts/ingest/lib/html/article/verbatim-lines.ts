/**
 * A <pre> block (code, a poem, a table set in spaces) is read as every block is: its runs of spaces,
 * tabs and line breaks made one space, so the stages after it read its words as they read any line.
 * What the page wrote is kept beside it, to be shown as written (stages/emit.ts): each line's text
 * as its text nodes hold it, a <br> starting the next line as it starts the next block line.
 * Kept only when it is the same words, told apart only by their spacing, and only when it differs.
 */

/** Every run of whitespace one space, trimmed: how a block's text reads a line as written. */
export const spacedAsText = (written: string): string => written.replace(/\s+/g, ' ').trim();

/**
 * `segments`: a <pre>'s text since its last block, as written, cut at each <br>; `lines`: the block
 * lines read from it. Each line's text as written (its blank lines before and spaces after dropped),
 * or undefined where it is the line itself; undefined for all when the segments are not the lines.
 */
export function verbatimLines(segments: readonly string[], lines: readonly string[]): (string | undefined)[] | undefined {
  const written = segments.filter((s) => spacedAsText(s) !== '');
  if (written.length !== lines.length) return undefined;
  const out: (string | undefined)[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (spacedAsText(written[i]) !== lines[i]) return undefined;
    const shown = asWritten(written[i]);
    out.push(shown === lines[i] ? undefined : shown);
  }
  return out;
}

/**
 * A line as written: its line breaks one kind (\n), a form feed or vertical tab a space (spacing the
 * line's text reads as a space, and a control character the MDX file must not hold), the blank lines
 * before it and the spaces after it dropped.
 */
function asWritten(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\f\v]/g, ' ').replace(/^(?:[^\S\n]*\n)+/, '').trimEnd();
}
