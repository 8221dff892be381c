/**
 * Where each line of a page stands, by its text: the index the headline's menu checks share
 * (headline.ts repeatedMenuMemo, menu-entry-elsewhere.ts). Built once, when first asked, so a page
 * whose lines are never asked about pays nothing.
 */
export function linePositions(lines: readonly string[]): (line: string) => readonly number[] {
  let at: Map<string, number[]> | null = null;
  return (line) => {
    if (!at) {
      at = new Map();
      lines.forEach((l, k) => {
        const list = at!.get(l);
        if (list) list.push(k);
        else at!.set(l, [k]);
      });
    }
    return at.get(line) ?? [];
  };
}
