/**
 * The serializer's own text handler (mdast-util-to-markdown), given only the unsafe patterns that
 * can match the text at hand.
 *
 * To make a text node safe, the serializer runs every unsafe pattern it knows (about 70: list
 * markers, emphasis, MDX's braces and tags, our `import`/`export` guards…) as a regular expression
 * over the whole text, one scan each, and escapes where any matched. Each pattern's expression holds
 * its character literally (compilePattern: `character`, escaped when a regex metacharacter), and one
 * "at a break" (`atBreak`, not tied to the node before) starts with a line ending (`[\r\n][\t ]*`):
 * a pattern whose character is not in the text, or a break pattern in a text without a line
 * ending, cannot match, so leaving it out changes no escape. A paragraph holds no line ending and
 * only a few of the characters, so most of the ~70 scans go. The escaping itself is still the
 * serializer's (its `safe`, the same handler): tests/ingest/emit-text-patterns.test.ts holds the
 * bytes to the plain serializer's on nasty and random text. About two thirds of the MDX body's time
 * (~5 % of a cold ingest of saved pages).
 */
import { defaultHandlers, type Handle, type Unsafe } from 'mdast-util-to-markdown';

/** Marks in `seen` the ASCII characters of `text`; whether it holds any other. */
function markAscii(text: string, seen: Uint8Array): boolean {
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) seen[code] = 1;
    else other = true;
  }
  return other;
}

/**
 * The patterns of `all` that can match somewhere in the text `safe` reads: `before`, `text` and
 * `after` one after another (not joined: the text is read in place).
 */
export function patternsThatCanMatch(all: readonly Unsafe[], text: string, before = '', after = ''): Unsafe[] {
  const seen = new Uint8Array(128);
  // Each is read whole (no `||`): every one marks its characters.
  const otherBefore = markAscii(before, seen);
  const otherInText = markAscii(text, seen);
  const other = markAscii(after, seen) || otherBefore || otherInText;
  const hasBreak = seen[10] === 1 || seen[13] === 1;
  const kept: Unsafe[] = [];
  for (const pattern of all) {
    const character = pattern.character;
    // A pattern with no character, or several, or one outside ASCII, is left to the serializer (none has one today).
    const code = typeof character === 'string' && character.length === 1 ? character.charCodeAt(0) : 128;
    if (code >= 128) {
      if (other || code === 128) kept.push(pattern);
      continue;
    }
    if (pattern.atBreak && !pattern.beforeNode && !hasBreak) continue;
    if (seen[code] === 1) kept.push(pattern);
  }
  return kept;
}

/** The default `text` handler, run with the patterns that can match what `safe` will read: the text with what comes before and after it. */
export const textWithMatchingPatterns: Handle = (node, parent, state, info) => {
  const all = state.unsafe;
  state.unsafe = patternsThatCanMatch(all, (node as { value?: string }).value || '', info.before || '', info.after || '');
  try {
    return defaultHandlers.text(node as Parameters<typeof defaultHandlers.text>[0], parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
