/**
 * Whether an article's MDX body compiles with the site's MDX compiler (satteri's mdxToJs, with the
 * features astro.config.mjs gives @astrojs/mdx: no GFM, no smart punctuation) and shows each line's
 * text as the ingest kept it: an entity decoded, an autolink made or a character lost between the
 * record and the page is text a reader sees otherwise than the source wrote it.
 */
import { mdxToJs } from 'satteri';
import type { Paragraph } from '../../ingest/types.ts';
import { spacedAsText } from '../../ingest/lib/html/article/verbatim-lines.ts';

/** The JS string literals of compiled code, read as the strings they are. */
function stringsOf(code: string): Set<string> {
  const strings = new Set<string>();
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
    try {
      // JSON has no `\0`, no `\'` and no raw tab, which the compiled code may hold: read those as JS would.
      strings.add(JSON.parse(`"${m[1].replace(/\\0(?![0-9])/g, '\\u0000').replace(/\\'/g, "'").replace(/\t/g, '\\t')}"`) as string);
    } catch {
      // Not a JSON-readable literal: left out (the check then reports the line, to look at).
    }
  }
  return strings;
}

/** Null when the body compiles and every line's text is one string of the compiled page; else what went wrong. */
export async function pageCompileError(body: string, paragraphs: Paragraph[]): Promise<string | null> {
  let code: string;
  try {
    ({ code } = (await mdxToJs(body, { features: { gfm: false, smartPunctuation: false }, jsxImportSource: 'astro', elementAttributeNameCase: 'html' })) as { code: string });
  } catch (error) {
    return `does not compile: ${String((error as Error).message ?? error).slice(0, 300)}`;
  }
  const strings = stringsOf(code);
  for (const p of paragraphs) {
    // A table row's text is its cells' (each a cell of its own); a preformatted line as written, a <br> for each line
    // break, when it is the line's text but for spacing (else as its text reads: stages/emit.ts preNode).
    const asWritten = p.kind === 'pre' && p.verbatim !== undefined && spacedAsText(p.verbatim) === p.text;
    const shown = p.kind === 'row' && p.cells ? p.cells : asWritten ? p.verbatim!.split('\n') : [p.text];
    for (const text of shown) {
      if (text && !strings.has(text)) return `${p.id} is not shown as kept: ${JSON.stringify(text.slice(0, 120))}`;
    }
  }
  return null;
}
