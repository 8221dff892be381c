/**
 * Readability flattens boxes before it scores the page: a <div> holding one <p> (its text wrapped
 * into one first, when it stands in the <div> itself) is replaced by that <p>, and a box holding one
 * box is replaced by the inner one, which takes the outer one's attributes. Either way a box's class
 * can be lost: the author's bio of `<div class="author-bio">Ann Lee grew up…</div>` reaches the
 * article as a bare <p>, and lib/html/furniture/html-furniture.ts no longer sees the label. So, where
 * Readability finds a box with a single child to flatten (_hasSingleTagInsideElement, the test it
 * makes just before), the label of the child, else of the box, is kept on the child, which is what
 * takes the box's place. Only the label is kept (as furnitureLabel reads it); Readability's
 * own work is unchanged.
 */
import { furnitureLabel, type FurnitureBox } from '../furniture/html-furniture.ts';

interface Labelled {
  nodeName: string;
  getAttribute?(name: string): string | null;
  /** The furniture label of the box this element took the place of (boxLabel). */
  _boxLabel?: FurnitureBox;
}
interface Box extends Labelled {
  children: ArrayLike<Box>;
}

type Flattening = { _hasSingleTagInsideElement(element: Box, tag: string): boolean };

export function keepLabelsOfFlattenedBoxes(reader: object): void {
  const r = reader as Flattening;
  const single = r._hasSingleTagInsideElement;
  r._hasSingleTagInsideElement = function (this: unknown, element: Box, tag: string) {
    const found = single.call(this, element, tag);
    if (found) {
      const child = element.children[0];
      const label = boxLabel(child) ?? boxLabel(element);
      if (label) child._boxLabel = label;
    }
    return found;
  };
}

/** The element's furniture label, or that of the box Readability replaced with it. */
export function boxLabel(element: Labelled): FurnitureBox | null {
  return element._boxLabel ?? furnitureLabel(element);
}
