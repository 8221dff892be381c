/**
 * A pull quote set between the article's paragraphs with its speaker's line under it: "Wir wissen,
 * dass hohe Temperaturen … abgeben." / "Jana Rose, stellvertretende Direktorin des Programms", "Ich
 * werde die Spieler an ihrer Ehre packen …" / "Interimstrainer Uwe Berg", "… every industry, and
 * leaders need to understand …" / "Jane Roe MIT Computer Science Professor". The quote repeats, word
 * for word or nearly, a longer paragraph the article prints elsewhere (where the person says it); the
 * speaker's line is a short line, a name and a trade, that reads as a sub-heading. Both were kept:
 * the quote's words twice, the speaker's line as if it headed the paragraph under it. The news sets'
 * truths keep the words once, in the paragraph, and no speaker's line.
 *
 * What tells it, whatever the language:
 * - the line above the short line ends a sentence (or a quotation) and is a quotation of another
 *   paragraph of the page, twice its length at least: eight words at least, four of its word triples
 *   in five in that paragraph, in their order (a summary of a section, a template's paragraph changed
 *   by a name, is no quotation; a copy of the same line is dedupe's, not this rule's);
 * - the short line opens on a name, two capitalised words in a row (after a trade's word at most),
 *   and the quoted paragraph or a paragraph right beside it writes the same two words capitalised
 *   ("Nora Back, OGBL-Präsidentin" / "…, stellt Nora Back klar"): a person the article quotes there.
 *   A heading's capitalised words ("Typical Week During Phase III", "Key Features") are written in
 *   lower case in prose, or stand in another heading;
 * - no figure and no slash in the short line (a live report's entry, "11.39 Uhr", a date, a
 *   picture's credit "Jana Rose/AOL"), no sentence's mark at its end, twelve words at most.
 * Both leave with their reasons, weighing as a caption, so the run goes on past them.
 *
 * What stays: a sub-heading under an ordinary paragraph (no quotation above it); a guide's summary
 * repeated in its body over a heading that names a product; a page copied twice. Found with
 * scripts/bench/extract/census/kept-lines.ts on the fundus set's dev pages (German, Austrian, Luxembourg
 * pages: "Name, trade" lines and the quotes above them kept between paragraphs). Used by
 * detectMainText before the run is found, with the other caption rules.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, leaveOutAsCaption } from '../shared/leave-out.ts';
import { isProse } from '../shared/prose.ts';

/** Words of the quote at least: a shorter line's words are a common phrase, not a quotation. */
const QUOTE_WORDS = 8;
/**
 * The quote is a part of the paragraph it comes from, half its words at most (a sentence or two, the
 * speaker's verb and name left out): two paragraphs of a template that differ by a name, a copy of the
 * same paragraph (dedupe's) are no quote and its source.
 */
const QUOTE_PART = 0.5;
/** Share of the quote's word triples the longer paragraph must hold. */
const QUOTED_SHARE = 0.8;
/**
 * Lines between the quote and its source at most, either way: the article around the quote (fundus
 * dev: 2 to 14 lines, a guide on the meta set's dev pages 61), and each quote's search bounded, so a
 * page of many thousand such pairs costs lines times this, not the square of its lines.
 */
const SOURCE_WITHIN = 100;
/** Words of the speaker's line: a name (two words) at least, a name and a short trade at most. */
const SPEAKER_WORDS = { min: 2, max: 12 };
/** Opens on a capital. */
const OPENS_ON_A_NAME = /^\p{Lu}/u;
/** A figure (a time, a date, a score) or a slash (a picture's credit, "Jana Rose/AOL"): an entry's head or a credit, not a speaker. */
const FIGURE_OR_SLASH = /[\p{N}/]/u;
/** A sentence's mark at the end: a sentence, not a speaker. */
const ENDS_ON_A_MARK = /[.!?;:,…]$/u;
/** The speaker's name opens the line, or follows her trade ("Interimstrainer Uwe Berg"): words before it at most. */
const NAME_FROM = 1;
/** A quotation's closing mark at the line's end. */
const CLOSING_QUOTE = /["“”»«’]$/u;

export const PULL_QUOTE_WHY = "a pull quote (a paragraph's words set again between paragraphs, its speaker's line under it)";
export const SPEAKER_WHY = "a pull quote's speaker (a name and a trade under the quote)";

/** Lower-case words, letters and figures only. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word triples in order: a quotation keeps the paragraph's wording, a summary of it or a boilerplate sentence changes it. */
function triplesOf(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k + 2 < words.length; k++) out.push(`${words[k]} ${words[k + 1]} ${words[k + 2]}`);
  return out;
}

/** Is the line short, a name first, no figures and no sentence's mark at its end? */
function speakerShaped(line: string, b: ClassedBlock): boolean {
  const text = line.trim();
  const n = b.features.words;
  if (n < SPEAKER_WORDS.min || n > SPEAKER_WORDS.max || b.features.sentenceEnd) return false;
  return OPENS_ON_A_NAME.test(text) && !FIGURE_OR_SLASH.test(text) && !ENDS_ON_A_MARK.test(text);
}

/** A quotation's line ends its sentence, or its quotation mark. */
function endsASentence(line: string, b: ClassedBlock): boolean {
  return b.features.sentenceEnd || CLOSING_QUOTE.test(line.trim());
}

/**
 * The paragraph of the page near q (not q) that line q quotes: twice as long at least, and holding
 * most of q's word triples in their order; -1 when none. `texts` holds each paragraph's words once
 * read, one space between them and around them (a page's sentences over short lines are many: each
 * asks); a paragraph is given up once it misses more triples than the share allows.
 */
function quotedParagraph(lines: string[], blocks: ClassedBlock[], q: number, texts: Map<number, string>): number {
  const quote = wordsOf(lines[q]);
  if (quote.length < QUOTE_WORDS) return -1;
  const own = [...new Set(triplesOf(quote))];
  const misses = own.length - Math.ceil(QUOTED_SHARE * own.length);
  for (let j = Math.max(0, q - SOURCE_WITHIN), last = Math.min(lines.length - 1, q + SOURCE_WITHIN); j <= last; j++) {
    if (j === q || blocks[j].cls !== 'good' || blocks[j].features.words < blocks[q].features.words / QUOTE_PART) continue;
    let text = texts.get(j);
    if (text === undefined) texts.set(j, (text = ` ${wordsOf(lines[j]).join(' ')} `));
    let missed = 0;
    for (const t of own) if (!text.includes(` ${t} `) && ++missed > misses) break;
    if (missed <= misses) return j;
  }
  return -1;
}

/** Two capitalised words in a row, in lower case ("nora back"): how a person's name stands in a line; at most `from` words before the pair. */
function capitalisedPairs(line: string, from = Infinity): string[] {
  const tokens = line.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let k = 0; k + 1 < tokens.length && k <= from; k++) if (/^\p{Lu}/u.test(tokens[k]) && /^\p{Lu}/u.test(tokens[k + 1])) out.push(`${tokens[k]} ${tokens[k + 1]}`.toLowerCase());
  return out;
}

/**
 * Does the quoted paragraph, or a paragraph right beside it, name the speaker as the short line does:
 * her first and last name in a row, both capitalised there too ("Nora Back", "KATE MOSS" / "Kate
 * Moss")? A heading's capitalised words ("Typical Week", "Key Features") are written in lower case in
 * the paragraph it heads; a name is not.
 */
function namesTheSpeaker(speaker: string, lines: string[], blocks: ClassedBlock[], quoted: number, skip: number): boolean {
  const names = capitalisedPairs(speaker, NAME_FROM);
  if (!names.length) return false;
  for (let k = Math.max(0, quoted - 1); k <= Math.min(lines.length - 1, quoted + 1); k++) {
    // Prose names her; a heading beside the paragraph ("Typical Week During Phase II") is another section's.
    if (k === skip || !isProse(blocks[k])) continue;
    const written = capitalisedPairs(lines[k]);
    if (names.some((name) => written.includes(name))) return true;
  }
  return false;
}

/** Leaves out each pull quote found over its speaker's line, and the line. */
/**
 * Does any paragraph the quote's source could stand beside hold both words of one of the speaker's
 * names, in any case, anywhere in it? Needed for namesTheSpeaker, and cheap: most lines under a sentence
 * that open on two capitalised words (a guide's headings) name nobody the prose around writes, and
 * are given up here, before any paragraph is read word by word. `lower` holds each line in lower case
 * once read.
 */
function namesNear(names: string[], lines: string[], blocks: ClassedBlock[], q: number, lower: Map<number, string>): boolean {
  const words = names.map((name) => name.split(' '));
  for (let k = Math.max(0, q - SOURCE_WITHIN - 1), last = Math.min(lines.length - 1, q + SOURCE_WITHIN + 1); k <= last; k++) {
    if (!isProse(blocks[k])) continue;
    let text = lower.get(k);
    if (text === undefined) lower.set(k, (text = lines[k].toLowerCase()));
    if (words.some(([first, last]) => text.includes(first) && text.includes(last))) return true;
  }
  return false;
}

export function pullQuotesWithTheirSpeakers(lines: string[], blocks: ClassedBlock[]): void {
  const texts = new Map<number, string>();
  const lower = new Map<number, string>();
  for (let i = 1; i < lines.length; i++) {
    const q = i - 1;
    if (blocks[i].cls === 'bad' || blocks[q].cls === 'bad') continue;
    // The cheap tests first: most lines under a sentence are no name and a trade.
    if (!speakerShaped(lines[i], blocks[i]) || !endsASentence(lines[q], blocks[q])) continue;
    const names = capitalisedPairs(lines[i], NAME_FROM);
    if (!names.length || !namesNear(names, lines, blocks, q, lower)) continue;
    const quoted = quotedParagraph(lines, blocks, q, texts);
    if (quoted === -1 || !namesTheSpeaker(lines[i], lines, blocks, quoted, i)) continue;
    leaveOut(blocks[q], PULL_QUOTE_WHY);
    leaveOutAsCaption(blocks[i], SPEAKER_WHY);
  }
}
