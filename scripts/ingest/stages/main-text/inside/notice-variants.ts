/**
 * A site's notice written once for each market it sells to, one variant a line: "Free standard
 * shipping on orders $40+. For more information …", "… $60 CAD or more …", "… ₹11,230 or more …".
 * A browser's innerText shows every variant, the hidden ones too. Each reads as a short sentence of
 * prose, and a row of them outweighed a short article further down the page (the article's run was
 * the notice). The variants are the same sentence with only figures and currencies changing: their
 * words, those left out, are (nearly) the same from line to line, and each line has figures of its
 * own. A list of the article's own whose figures change (a forecast, day by day; results, game by
 * game) has words of its own on each line, so no row of them matches; a table's rows (a training
 * plan, week by week) are no sentences, or the browser's tabs mark them; headlines that change only a
 * city's name ("How much does cleaning cost in Dallas?") have no figures to vary and are left to the
 * rules on other stories. A market's variant names a price: most lines of the row carry a currency's
 * sign or code ("$", "€", "₹", "CAD"); the article's own parallel sentences that change a place and a
 * count ("the works on the bridge … 2 crews", "… on the harbour … 3 crews") carry none, and stay. Used by detectMainText before the run is found: the variants are
 * furniture, each reported, weighing as a caption does (a row between paragraphs is crossed).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

export const NOTICE_VARIANTS_WHY = "a site's notice written once for each market, one variant a line (the same sentence, its figures changing)";
/** Fewer variants in a row may be the article's own parallel sentences. */
const MIN_ROW = 4;
/** A variant is a sentence: this many words besides its figures. */
const MIN_WORDS = 8;
/** Share of two lines' words (figures left out) the two share: one sentence with a word or two changed ("standard" / "express"). */
const SAME_SENTENCE = 0.8;

/** A chunk with a figure in it ("$40+", "65€", "480kr") or a currency's code ("CAD") is what varies. */
const VARYING = /\d|^[A-Z]{3}\+?$/u;
/** A chunk that names money: a currency's sign, or its three-letter code alone. */
const MONEY = /\p{Sc}|^[A-Z]{3}\+?$/u;
/** Share of the row's lines at least that name money. */
const PRICED_SHARE = 0.5;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Has the line a chunk VARYING matches: a digit anywhere, or a chunk (between spaces, as the line is split
 * below) of three capitals with a "+" or not. One scan of the line: most lines of a page have neither, and
 * splitting every line of every page into chunks to test each was ~2 % of the text path's CPU.
 */
const ANY_VARYING = /\d|(?<!\S)[A-Z]{3}\+?(?!\S)/u;
export const hasVaryingChunk = (line: string): boolean => ANY_VARYING.test(line);
/** No words: what a line that is no such sentence gives (never changed: sameSentence only counts). */
const NO_WORDS: ReadonlySet<string> = new Set();

/** The words of a sentence with figures in it, those left out; none for a line that is no such sentence. */
function wordsBesidesFigures(line: string, b: ClassedBlock, tableRow: boolean): ReadonlySet<string> {
  if (tableRow || (b.features.sentenceMarks === 0 && !b.features.sentenceEnd) || !hasVaryingChunk(line)) return NO_WORDS;
  const chunks = line.split(/\s+/).filter((chunk) => chunk);
  if (!chunks.some((chunk) => VARYING.test(chunk))) return NO_WORDS;
  return new Set(chunks.filter((chunk) => !VARYING.test(chunk)).join(' ').toLowerCase().match(WORD) ?? []);
}

function sameSentence(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size < MIN_WORDS || b.size < MIN_WORDS) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared) >= SAME_SENTENCE;
}

/**
 * A chunk of the line names money (MONEY), in one scan: a currency's sign anywhere (no sign is a space),
 * or three capitals (and a "+") between spaces or the line's ends. `\S` is what `split(/\s+/)` splits on not.
 */
const ANY_MONEY = /\p{Sc}|(?<!\S)[A-Z]{3}\+?(?!\S)/u;
export const namesMoney = (line: string): boolean => ANY_MONEY.test(line);
/** A row of MIN_ROW lines or more, PRICED_SHARE of them naming money, has at least this many priced lines. */
const MIN_PRICED = Math.ceil(MIN_ROW * PRICED_SHARE);

/**
 * Each line's words besides its figures, read only where a row of variants may stand. A row's lines are
 * neighbours that share a sentence, so each has words (MIN_WORDS of them): each passes the cheap tests
 * wordsBesidesFigures opens with. A line outside a stretch of MIN_ROW such lines in a row, or in a stretch
 * with fewer than MIN_PRICED lines naming money, is in no row that is left out: it gets no words, which
 * only splits rows that were too short or too little priced already. Most pages have no such stretch, and
 * splitting every line with a figure into chunks and words was ~2 % of segment (session 42).
 */
export function wordsWhereRowsMayStand(lines: string[], blocks: ClassedBlock[], tableLines?: number[]): ReadonlySet<string>[] {
  const tableRow = (i: number) => (tableLines?.[i] ?? 0) > 0 || lines[i].includes('\t');
  const mayVary = (i: number) => !tableRow(i) && (blocks[i].features.sentenceMarks !== 0 || blocks[i].features.sentenceEnd) && hasVaryingChunk(lines[i]);
  const words: ReadonlySet<string>[] = new Array(lines.length).fill(NO_WORDS);
  for (let i = 0; i < lines.length; ) {
    if (!mayVary(i)) {
      i++;
      continue;
    }
    let j = i;
    let priced = 0;
    for (; j < lines.length && mayVary(j); j++) if (namesMoney(lines[j])) priced++;
    if (j - i >= MIN_ROW && priced >= MIN_PRICED) for (let k = i; k < j; k++) words[k] = wordsBesidesFigures(lines[k], blocks[k], false);
    i = j;
  }
  return words;
}

/** Every line's words, as read before the stretches were looked for (tests hold wordsWhereRowsMayStand's rows to these). */
export function everyLinesWords(lines: string[], blocks: ClassedBlock[], tableLines?: number[]): ReadonlySet<string>[] {
  return lines.map((l, i) => wordsBesidesFigures(l, blocks[i], (tableLines?.[i] ?? 0) > 0 || l.includes('\t')));
}

/** `tableLines`: the cells the browser's tabs mark on each line (lib/page-text/lines/table-lines.ts), when the text had tabs. */
export function noticesInVariants(lines: string[], blocks: ClassedBlock[], tableLines?: number[], wordsOf = wordsWhereRowsMayStand): void {
  const words = wordsOf(lines, blocks, tableLines);
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && sameSentence(words[i - 1], words[i])) continue;
    // lines from..i-1 are one sentence's variants; the figures must change (a line shown again and again is another rule's).
    if (i - from >= MIN_ROW && new Set(lines.slice(from, i).map((l) => l.trim())).size > 1 && pricedShare(lines.slice(from, i)) >= PRICED_SHARE) {
      for (let k = from; k < i; k++) leaveOut(blocks[k], NOTICE_VARIANTS_WHY);
    }
    from = i;
  }
}

/** The share of `row`'s lines with a chunk that names money. */
function pricedShare(row: string[]): number {
  return row.filter((l) => l.split(/\s+/).some((chunk) => MONEY.test(chunk))).length / row.length;
}
