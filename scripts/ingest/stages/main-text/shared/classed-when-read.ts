/**
 * The classed lines of an article as a list whose each line is classed when a rule first reads it
 * (closingLinesOfArticle, ../../main-text.ts): the closing rules walk up from the article's foot and
 * read few lines above it, and classing a line reads every feature the text path has (a dozen patterns
 * a line), so an HTML extract's lines were classed whole for rules that read only its last lines.
 *
 * A line's class depends only on its own features and the page's stopword threshold, both fixed before
 * the rules run, so a line classed late is the line classed first; what a rule then changes in it
 * (leaveOut) stays, as in a list classed whole. The list reads as an array (indices, `length`, its
 * methods: every index is there), each index classed once.
 */
import type { ClassedBlock } from '../../main-text.ts';

export function classedWhenRead(count: number, classOf: (i: number) => ClassedBlock): ClassedBlock[] {
  const classed: ClassedBlock[] = new Array(count);
  return new Proxy(classed, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = indexOf(key, count);
        if (i !== -1) return (target[i] ??= classOf(i));
      }
      return Reflect.get(target, key, receiver);
    },
    // Every index holds a line (the array's methods skip an index not there: map, forEach, some).
    has(target, key) {
      return (typeof key === 'string' && indexOf(key, count) !== -1) || Reflect.has(target, key);
    },
  });
}

/** The index a property key names, -1 when it names none below `count` ("length", "map", "-1", "01"). */
function indexOf(key: string, count: number): number {
  const first = key.charCodeAt(0);
  if (first < 0x30 || first > 0x39 || (first === 0x30 && key.length > 1)) return -1;
  const i = Number(key);
  return Number.isInteger(i) && i < count ? i : -1;
}
