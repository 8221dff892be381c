/**
 * The blocks of Readability's first answer that a later answer, taken in its place, no longer holds.
 * A swap of answers drops whatever the first one held and the second does not: without this list the
 * first answer's text would leave the body with no report naming it.
 */
import { singleSpaced, type HtmlBlock } from './html-blocks.ts';

const squeeze = (text: string) => singleSpaced(text).trim();

/** Each block of `first` whose text is not found in `second` (blocks may be split or joined differently). */
export function blocksNotHeld(first: readonly HtmlBlock[], second: readonly HtmlBlock[]): HtmlBlock[] {
  const held = second.map((b) => squeeze(b.text)).join(' ');
  return first.filter((b) => {
    const text = squeeze(b.text);
    return text !== '' && !held.includes(text);
  });
}
