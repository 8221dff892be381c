/** proseChars of an answer's blocks counted once for the steps that ask it again (stages/html.ts). */
import { proseChars, type HtmlBlock } from './html-blocks.ts';

/**
 * proseChars of the last blocks it was asked about, remembered for them: the steps before the furniture
 * marks (withoutFurniture, which changes what proseChars reads) ask it of the same answer up to four
 * times, and each count reads every block's words.
 */
export type ProseOf = (blocks: readonly HtmlBlock[]) => number;
export function proseOnce(): ProseOf {
  let last: readonly HtmlBlock[] | null = null;
  let chars = 0;
  return (blocks) => {
    if (blocks !== last) {
      last = blocks;
      chars = proseChars(blocks);
    }
    return chars;
  };
}
