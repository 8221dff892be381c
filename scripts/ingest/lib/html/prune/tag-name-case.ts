/**
 * An element's tag name in upper case, as the walks over a page's DOM compare it ("P", "ARTICLE").
 * The page's DOM (lib/html/prune/html-dom.ts) names its elements in upper case already, and
 * String.prototype.toUpperCase copies the name into a new string all the same (~20 ns an element,
 * asked for every element of every walk); a name with no lower-case ASCII letter and nothing outside
 * ASCII is its own upper case, and is returned as it is. Any other name goes through toUpperCase.
 */
export function upperCaseTag(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c >= 0x80) return name.toUpperCase();
  }
  return name;
}

/**
 * A parser's tag name (lower case, as htmlparser2 reports it) in upper case, remembered per name: a
 * page names a few dozen tags, each thousands of times. Bounded like the DOM's own table of names.
 */
const upperOf = new Map<string, string>();
export function upperCaseParsedTag(name: string): string {
  let upper = upperOf.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (upperOf.size < 10_000) upperOf.set(name, upper);
  }
  return upper;
}
