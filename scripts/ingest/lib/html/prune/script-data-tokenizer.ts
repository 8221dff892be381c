/**
 * The fast tokenizer (html-parser.ts) with a script's text ended where a browser ends it: through the
 * script's own escapes (`<!--` … `<script>` … `</script>` … `-->`, lib/html/read/script-data.ts).
 * htmlparser2 ends every script at its first `</script>`; on a page whose script writes a script
 * inside an escape, the rest of it (a template's `<h1>`, `<time>`, byline and paragraphs) became the
 * page's own markup: its headline, date, author and body. The byte cutter cuts such scripts the
 * same way (lib/html/read/html-raw-text.ts); this tokenizer covers what reaches the parser uncut (a
 * page whose cutting stopped, JSON-LD, the shown text read from the whole page).
 *
 * A script's text is read by htmlparser2 as before (to each `<`) until `<!`; from there, one
 * character at a time through the standard's states, skipping to the next `-` or `<` inside an
 * escape, until the text is back in plain script data. The `</script` that ends it is left to
 * htmlparser2, with its match counted as it counts it, so the text and end tag come as before.
 *
 * Not FastTokenizer itself: that one gives htmlparser2's tokens exactly (tests/ingest/html-parser.test.ts).
 */
import { FastTokenizer, nextOf, type TokenizerInternals } from './html-parser.ts';
import { ScriptData, ScriptState } from '../read/script-data.ts';

const BANG = 0x21;
const DASH = 0x2d;
const LT = 0x3c;
/** `</script`'s length: htmlparser2's match of the end tag, complete. */
const SCRIPT_END_LENGTH = 8;

interface Internals extends TokenizerInternals {
  scriptData: ScriptData;
  sequenceIndex: number;
  currentSequence: Uint8Array;
  stateInSpecialTag(c: number): void;
  reset(): void;
}

/** Whether htmlparser2 is reading a script's text: its sequence `</script` (the others: `</style`, `</title`, `</iframe`…). */
const readsScript = (sequence: Uint8Array) => sequence.length === SCRIPT_END_LENGTH && sequence[2] === 0x73 && sequence[3] === 0x63;

export class ScriptDataTokenizer extends FastTokenizer {
  constructor(...args: ConstructorParameters<typeof FastTokenizer>) {
    super(...args);
    // Set here, not on first use: a field added mid-parse changes the tokenizer's hidden class.
    (this as unknown as Internals).scriptData = new ScriptData();
  }
}

const fast = FastTokenizer.prototype as unknown as Internals;
const escaping = ScriptDataTokenizer.prototype as unknown as Internals;

escaping.stateInSpecialTag = function (this: Internals, c: number) {
  const reader = this.scriptData;
  if (reader.state === ScriptState.Data) {
    // htmlparser2 has just read a "<" (sequenceIndex 1): "<!" may open an escape.
    if (c === BANG && this.sequenceIndex === 1 && readsScript(this.currentSequence)) {
      reader.reset(ScriptState.EscapeStart);
      this.sequenceIndex = 0;
      return;
    }
    return fast.stateInSpecialTag.call(this, c);
  }
  if (reader.step(c)) {
    this.sequenceIndex = SCRIPT_END_LENGTH;
    return fast.stateInSpecialTag.call(this, c);
  }
  if (reader.state === ScriptState.Data || reader.state === ScriptState.DataLessThan) {
    // Back in plain script data: htmlparser2 reads on, from a "<" if one was just read.
    this.sequenceIndex = reader.state === ScriptState.DataLessThan ? 1 : 0;
    reader.reset();
    return;
  }
  // A partial "</script" keeps the text from being handed on at a piece's end (htmlparser2's cleanup).
  this.sequenceIndex = reader.pendingEnd;
  if (reader.state === ScriptState.Escaped || reader.state === ScriptState.DoubleEscaped) {
    // Only "-" and "<" change these states: the loop moves on one character after this returns.
    const from = this.index - this.offset + 1;
    this.index = Math.min(nextOf(this, DASH, from), nextOf(this, LT, from)) + this.offset - 1;
  }
};

escaping.reset = function (this: Internals) {
  fast.reset.call(this);
  this.scriptData.reset();
};
