/**
 * A name the page writes twice: alone on a line beside the headline (the byline, with no label, no
 * stamp beside it that the header's readers know), and again opening a paragraph about that person
 * (the writer's biography, under the article or in a side box: "Emmanuel John" / … / "Emmanuel John
 * is a full-stack developer and writer. …", "Anna Berg" / … / "Anna Berg covers science for …"). The
 * biography says the name is a person's and that the page is theirs; a heading or a section's name
 * beside the headline has none.
 */
import { personNameAlone } from './name-lines.ts';

/** How many lines over or under the headline the name may stand (a kicker, a stamp, a reading time between). */
export const NAME_BESIDE_HEADLINE_REACH = 5;

/**
 * The name alone on a line within NAME_BESIDE_HEADLINE_REACH lines of the headline (line `headline`)
 * that another line of the page opens, with a paragraph of prose after it (`prose`), or null. Only a
 * name in mixed case whose words the page never writes in lower case (`lower`), and no "&" (a firm's).
 */
export function nameWithItsBio(lines: readonly string[], headline: number, lower: () => ReadonlySet<string>, prose: (text: string) => boolean): string | null {
  if (headline < 0) return null;
  const from = Math.max(0, headline - NAME_BESIDE_HEADLINE_REACH);
  const to = Math.min(lines.length - 1, headline + NAME_BESIDE_HEADLINE_REACH);
  for (let i = from; i <= to; i++) {
    if (i === headline) continue;
    const name = lines[i].trim();
    if (name.includes('&') || !personNameAlone(name, lower)) continue;
    const opening = `${name} `;
    for (let k = 0; k < lines.length; k++) {
      if (k === i) continue;
      const line = lines[k].trimStart();
      if (line.startsWith(opening) && prose(line.slice(opening.length))) return name;
    }
  }
  return null;
}
