/**
 * The element a piece of text stands in: from the root down, the first child whose text, squeezed
 * (every run of whitespace one space, trimmed), holds the probe, until no child does.
 *
 * Squeezing each level's children anew read the text of the path's every level again, up to the
 * page's depth times its text (a thread nested 400 deep). Here the root's text is squeezed once and
 * every element's text is a stretch of it: a run of whitespace cut by an element's edge is still
 * whitespace inside it, squeezed to the one space the whole run became, and trimmed away at its
 * ends; a run inside it is the one space of the whole. So an element's squeezed text is the whole's
 * squeezed text between where its first and its last character went, trimmed. (trim and \s know the
 * same whitespace.) Whether a stretch holds the probe is then where the probe's first occurrence
 * at or after its start ends.
 */
import { singleSpaced } from './html-blocks.ts';

export interface TextNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

const TEXT = 3;
const ELEMENT = 1;
/** A run of whitespace, as singleSpaced replaces it. */
const RUN = /\s+/;

/** Where each element's text starts and ends in its root's text (what textContent concatenates: text and element children). */
function rawStretches<T extends TextNode>(root: T): Map<T, [number, number]> {
  const stretches = new Map<T, [number, number]>();
  let at = 0;
  const stack: { node: T; next: number; start: number }[] = [{ node: root, next: 0, start: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next >= top.node.childNodes.length) {
      stretches.set(top.node, [top.start, at]);
      stack.pop();
      continue;
    }
    const child = top.node.childNodes[top.next++] as T;
    if (child.nodeType === TEXT) at += (child.textContent ?? '').length;
    else if (child.nodeType === ELEMENT) stack.push({ node: child, next: 0, start: at });
  }
  return stretches;
}

export interface ProbeHolder<T> {
  /** Whether the node's squeezed text holds the probe (the node: the root or an element under it). */
  holds(node: T): boolean;
}

export function probeHolder<T extends TextNode>(root: T, probe: string): ProbeHolder<T> {
  const whole = root.textContent ?? '';
  const stretches = rawStretches(root);
  // Where each character of the whole went in its squeezed text: a run of whitespace to its one space.
  const squeezed = singleSpaced(whole);
  const to = new Int32Array(whole.length + 1);
  let out = 0;
  let last = 0;
  const runs = new RegExp(RUN.source, 'g');
  for (let run = runs.exec(whole); run !== null; run = runs.exec(whole)) {
    for (let i = last; i < run.index; i++) to[i] = out++;
    last = run.index + run[0].length;
    to.fill(out++, run.index, last);
  }
  for (let i = last; i < whole.length; i++) to[i] = out++;
  to[whole.length] = out;
  const starts: number[] = [];
  if (probe) for (let p = squeezed.indexOf(probe); p !== -1; p = squeezed.indexOf(probe, p + 1)) starts.push(p);

  const holds = (node: T): boolean => {
    if (!probe) return true;
    const stretch = stretches.get(node);
    if (!stretch) return false;
    const [rawStart, rawEnd] = stretch;
    let start = to[rawStart];
    let end = rawEnd > rawStart ? to[rawEnd - 1] + 1 : start;
    while (start < end && squeezed.charCodeAt(start) === 32) start++;
    while (end > start && squeezed.charCodeAt(end - 1) === 32) end--;
    // The first occurrence at or after the start: the one that ends soonest.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo] + probe.length <= end;
  };
  return { holds };
}
