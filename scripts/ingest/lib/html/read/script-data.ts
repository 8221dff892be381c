/**
 * Where a `<script>`'s text ends, read as a browser's tokenizer reads it (the HTML standard's "script
 * data" states, escaped and double escaped). A script that opens an HTML comment (`<!--`, as old pages
 * hid scripts from browsers without them) and then writes `<script>` holds everything up to a
 * `</script>` that closes that inner one too: `<!--document.write("<script src=a.js></script>")` and
 * the rest of the script stay the script's. htmlparser2 and a plain search end the script at the first
 * `</script>`, and the rest of it (strings of markup, a template's headline and date) was read as the
 * page. Browsers end it:
 * - at `</script` followed by a space, `/` or `>`, outside a double escape;
 * - never inside a double escape (`<!--` … `<script` + space, `/` or `>`), which a `</script` + space,
 *   `/` or `>` leaves back to the escape, and `-->` leaves altogether.
 * `-->` also leaves an escape. Nothing else matters in a script's text.
 *
 * One character at a time (`step`), so a caller reading a page in pieces keeps its place between them:
 * the byte cutter (html-raw-text.ts) and the prune pass's tokenizer (lib/html/prune/script-data-tokenizer.ts).
 */

import { isAsciiLetter, isSpace } from './tag-end.ts';

/** The standard's script data states, each named as it is there (the less-than and end-tag states merged). */
export const ScriptState = {
  Data: 0,
  /** After `<` in data. */
  DataLessThan: 1,
  /** After `<!`. */
  EscapeStart: 2,
  /** After `<!-`. */
  EscapeStartDash: 3,
  Escaped: 4,
  EscapedDash: 5,
  EscapedDashDash: 6,
  /** After `<` in an escape. */
  EscapedLessThan: 7,
  /** Reading an end tag's name, after `</`, in data or in an escape (`escapedEnd`). */
  EndTagName: 8,
  /** Reading a start tag's name in an escape: `script` starts a double escape. */
  DoubleEscapeStart: 9,
  DoubleEscaped: 10,
  DoubleEscapedDash: 11,
  DoubleEscapedDashDash: 12,
  /** After `<` in a double escape. */
  DoubleEscapedLessThan: 13,
  /** Reading an end tag's name in a double escape: `script` goes back to the escape. */
  DoubleEscapeEnd: 14,
} as const;

const LT = 0x3c;
const GT = 0x3e;
const BANG = 0x21;
const DASH = 0x2d;
const SLASH = 0x2f;
const NAME = 'script';

/** Whitespace, `/` or `>`: what ends a tag's name. */
const endsName = (c: number) => isSpace(c) || c === SLASH || c === GT;

export class ScriptData {
  state: number = ScriptState.Data;
  /** The letters of the tag name read so far, and whether they still spell "script". */
  private nameLength = 0;
  private nameMatches = true;
  /** Whether the end tag being read stands in an escape (where a wrong name goes back to). */
  private escapedEnd = false;

  reset(state: number = ScriptState.Data): void {
    this.state = state;
    this.nameLength = 0;
    this.nameMatches = true;
    this.escapedEnd = false;
  }

  /** How many characters of `</script` the last steps read, not yet known to end the script (0 if none). */
  get pendingEnd(): number {
    if (this.state === ScriptState.DataLessThan || this.state === ScriptState.EscapedLessThan) return 1;
    return this.state === ScriptState.EndTagName && this.nameMatches ? 2 + this.nameLength : 0;
  }

  /** Reads `c`; true when it ends the script: the space, `/` or `>` after `</script` (the 8 characters before it). */
  step(c: number): boolean {
    for (;;) {
      switch (this.state) {
        case ScriptState.Data:
          if (c === LT) this.state = ScriptState.DataLessThan;
          return false;
        case ScriptState.DataLessThan:
          if (c === SLASH) return this.startName(ScriptState.EndTagName, false);
          if (c === BANG) return this.to(ScriptState.EscapeStart);
          this.state = ScriptState.Data;
          continue;
        case ScriptState.EscapeStart:
          if (c === DASH) return this.to(ScriptState.EscapeStartDash);
          this.state = ScriptState.Data;
          continue;
        case ScriptState.EscapeStartDash:
          if (c === DASH) return this.to(ScriptState.EscapedDashDash);
          this.state = ScriptState.Data;
          continue;
        case ScriptState.Escaped:
        case ScriptState.EscapedDash:
        case ScriptState.EscapedDashDash:
          if (c === DASH) return this.to(this.state === ScriptState.Escaped ? ScriptState.EscapedDash : ScriptState.EscapedDashDash);
          if (c === LT) return this.to(ScriptState.EscapedLessThan);
          return this.to(c === GT && this.state === ScriptState.EscapedDashDash ? ScriptState.Data : ScriptState.Escaped);
        case ScriptState.EscapedLessThan:
          if (c === SLASH) return this.startName(ScriptState.EndTagName, true);
          if (isAsciiLetter(c)) {
            this.startName(ScriptState.DoubleEscapeStart, true);
            continue;
          }
          this.state = ScriptState.Escaped;
          continue;
        case ScriptState.EndTagName:
          if (isAsciiLetter(c) && this.nameMatches) {
            this.readLetter(c);
            if (this.nameMatches) return false;
          } else if (endsName(c) && this.nameMatches && this.nameLength === NAME.length) {
            this.reset();
            return true;
          }
          // Not `</script`: the characters read are the script's text, and this one is read again.
          this.state = this.escapedEnd ? ScriptState.Escaped : ScriptState.Data;
          continue;
        case ScriptState.DoubleEscapeStart:
        case ScriptState.DoubleEscapeEnd: {
          const starting = this.state === ScriptState.DoubleEscapeStart;
          if (isAsciiLetter(c)) {
            this.readLetter(c);
            return false;
          }
          const spelled = this.nameMatches && this.nameLength === NAME.length;
          if (endsName(c)) return this.to(spelled === starting ? ScriptState.DoubleEscaped : ScriptState.Escaped);
          this.state = starting ? ScriptState.Escaped : ScriptState.DoubleEscaped;
          continue;
        }
        case ScriptState.DoubleEscaped:
        case ScriptState.DoubleEscapedDash:
        case ScriptState.DoubleEscapedDashDash:
          if (c === DASH) return this.to(this.state === ScriptState.DoubleEscaped ? ScriptState.DoubleEscapedDash : ScriptState.DoubleEscapedDashDash);
          if (c === LT) return this.to(ScriptState.DoubleEscapedLessThan);
          return this.to(c === GT && this.state === ScriptState.DoubleEscapedDashDash ? ScriptState.Data : ScriptState.DoubleEscaped);
        case ScriptState.DoubleEscapedLessThan:
          if (c === SLASH) return this.startName(ScriptState.DoubleEscapeEnd, true);
          this.state = ScriptState.DoubleEscaped;
          continue;
        default:
          return false;
      }
    }
  }

  private to(state: number): false {
    this.state = state;
    return false;
  }

  private startName(state: number, escaped: boolean): false {
    this.state = state;
    this.nameLength = 0;
    this.nameMatches = true;
    this.escapedEnd = escaped;
    return false;
  }

  private readLetter(c: number): void {
    if (this.nameLength >= NAME.length || (c | 0x20) !== NAME.charCodeAt(this.nameLength)) this.nameMatches = false;
    this.nameLength++;
  }
}

/**
 * The index of the `<` of the `</script` that ends a script whose text starts at `from` in `page` (a
 * page's text, or its bytes in an ASCII-compatible encoding), read through the escapes; -1 when the
 * page ends first (the script runs to its end).
 */
export function scriptTextEnd(page: Uint8Array | string, from: number): number {
  const reader = new ScriptData();
  if (typeof page === 'string') {
    for (let i = from; i < page.length; i++) if (reader.step(page.charCodeAt(i))) return i - 1 - NAME.length - 1;
  } else {
    for (let i = from; i < page.length; i++) if (reader.step(page[i])) return i - 1 - NAME.length - 1;
  }
  return -1;
}
