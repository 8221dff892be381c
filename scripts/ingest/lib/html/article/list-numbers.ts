/**
 * The numbers a browser shows before a numbered list's items: an <ol> counts from its `start` (1
 * when it has none), down when it is `reversed` (from its number of items), and an <li> with a
 * `value` takes that number, the items after it counting on from there. A list that a page splits
 * around a paragraph (`<ol start="3">`) goes on from 3 on the article's page too (stages/emit.ts).
 * A number the browser would not read (`start="abc"`) is no number: the list counts as it would.
 */
interface ListNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<ListNode>;
  getAttribute?(name: string): string | null;
}

export interface ListNumbering {
  /** The number of the list's next item, `li` (its `value` read). */
  next(li: ListNode): number;
}

export function listNumbering(ol: ListNode): ListNumbering {
  const reversed = ol.getAttribute?.('reversed') != null;
  const step = reversed ? -1 : 1;
  let number = htmlInteger(ol.getAttribute?.('start') ?? null) ?? (reversed ? ownItems(ol) : 1);
  return {
    next(li) {
      const own = htmlInteger(li.getAttribute?.('value') ?? null);
      const shown = own ?? number;
      number = shown + step;
      return shown;
    },
  };
}

/** The list's own items (its <li> children), which a reversed list counts down from. */
function ownItems(ol: ListNode): number {
  let n = 0;
  for (let i = 0; i < ol.childNodes.length; i++) {
    const child = ol.childNodes[i];
    if (child.nodeType === 1 && child.nodeName.toUpperCase() === 'LI') n++;
  }
  return n;
}

/** Out of a browser's range (a 32-bit integer), the number is not read. */
const LIMIT = 2 ** 31 - 1;

/**
 * HTML's rules for parsing integers, as a browser reads `start` and `value`: spaces before it, a sign,
 * then digits, whatever follows them ignored ("5th" is 5); no digits, no number.
 */
export function htmlInteger(value: string | null): number | undefined {
  if (value === null) return undefined;
  const m = /^[ \t\n\f\r]*([-+]?)(\d+)/.exec(value);
  if (!m) return undefined;
  const digits = m[2].replace(/^0+(?=\d)/, '');
  if (digits.length > 10) return undefined;
  // `+ 0`: "-0" is 0.
  const n = (m[1] === '-' ? -1 : 1) * Number(digits) + 0;
  return Math.abs(n) > LIMIT ? undefined : n;
}
