/**
 * French typography (and Swiss German's guillemets) writes a space before ":", ";", "!", "?", "»" and
 * after "«": "Guerre en Ukraine : la Russie affirme". Sources type it as a plain space, where the
 * browser may end a line, so a title or paragraph wrapped with ": la Russie affirme" or "?" alone at
 * the start of the next line, which a reader takes for a broken layout. Where the site shows such text
 * the space becomes a no-break space: it looks the same and the mark stays with its word. The data
 * (content, API, search) keeps the source's spaces.
 */

/** A space between a word and a mark that closes on it ("Ukraine :", "vraiment ?", "Nous »"). */
const BEFORE_MARK = /(?<=[\p{L}\p{N}\p{Pe}\p{Pf}.…"'%]) (?=[:;!?»›]+(?:\s|$|[\p{P}]))/gu;
/** The same at the start of a text that follows an inline tag ("<em>Russie</em> !"): the word is the tag's. */
const BEFORE_MARK_AFTER_TAG = /^ (?=[:;!?»›]+(?:\s|$|[\p{P}]))/u;
/** A space after an opening guillemet ("« Nous"). */
const AFTER_GUILLEMET = /(?<=(?:^|[\s(\[])[«‹]) (?=\S)/gu;

/** Text with the spaces that tie a mark to its word made no-break spaces. */
export function keepMarksWithWords(text: string, afterTag = false): string {
  if (!/ [:;!?»›]|[«‹] /.test(text)) return text;
  const tied = text.replace(BEFORE_MARK, '\u00A0').replace(AFTER_GUILLEMET, '\u00A0');
  return afterTag ? tied.replace(BEFORE_MARK_AFTER_TAG, '\u00A0') : tied;
}

/** An inline element's end tag: the text after it goes on the same word's line. */
const CLOSES_INLINE = /^<\/(?:em|strong|b|i|a|span|code|sup|sub|q|cite|bdi|mark|small)>$/i;

/** The same in rendered HTML: the text between tags only, never a tag's attributes; a `<pre>` block keeps its spaces as written. */
export function keepMarksWithWordsInHtml(html: string): string {
  if (!/ [:;!?»›]|[«‹] /.test(html)) return html;
  let inPre = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part, i, parts) => {
      if (i % 2 === 1) {
        if (/^<pre[\s>]/i.test(part)) inPre++;
        else if (/^<\/pre>/i.test(part)) inPre = Math.max(0, inPre - 1);
        return part;
      }
      return inPre ? part : keepMarksWithWords(part, i > 0 && CLOSES_INLINE.test(parts[i - 1]));
    })
    .join('');
}
