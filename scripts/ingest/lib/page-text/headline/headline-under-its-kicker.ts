/**
 * "Honduras" / "¿Cuál sería el papel de “El Chapo” en el juicio?" / "Redacción" / "26.04.2022": a
 * kicker (the story's place, its subject or its kind, "KOMMENTAR Wahl in Petersberg") set right over
 * the headline, and the article's byline or stamp right under the headline. The kicker's few words
 * are the article's words as much as the headline's many are, and the chooser may take it. The
 * header tells which line it heads: the one right over it. A kicker is a line of a few words (a
 * label in capitals may open it) with no header of its own under it; the line under it is headline
 * shaped, longer by some words, no sentence (a deck ends in a full stop), with the header under it.
 * A short headline over its deck in sentence case and the byline ("Your Rice Farming Calendar" /
 * "How a village council doubled the harvest" / "By Jane Roe") is told apart by the kicker's shape:
 * no more than three words, or a label in capitals opening it.
 *
 * "Meldungen aus dem DWI" / "Posts gewinnen" / "27.01.2022": a short headline under a kicker as long
 * as it or longer. A deck is longer than its headline, never shorter: a line with the header under it
 * that is no longer than the chosen line over it is no deck, and the chosen line is its kicker. Such a
 * short line must be no header line itself and no author's name (`plainLine`: "Jane Roe" over the date
 * is the byline under the headline).
 *
 * "KOMMENTAR Wahl im Tal" / "Die Bürgermeisterin muss jetzt liefern" / "06.11.23 - Die Gemeinde …": a
 * kicker that names the kind of piece (a comment, an analysis, a review: PIECE_KINDS, in capitals
 * opening it or alone) is a kicker whatever stands under the headline; the page may date the piece in
 * its first paragraph and set no header between. The line under such a kicker is the headline when the
 * article's prose stands right under it (`overProse`), as when its header does.
 */
import { PIECE_KINDS } from '../../bylines/byline-labels.ts';

/** How many words a kicker has at most, and at most with a label in capitals opening it. */
const KICKER_WORDS = 3;
const LABELLED_KICKER_WORDS = 5;
/** How many words the headline under a kicker has more than the kicker, at least, and in all at most. */
const LONGER_BY = 3;
/** How many words a kicker over a headline no longer than itself has at most, and that headline at least. */
const SHORT_PAIR_KICKER_WORDS = 4;
const SHORT_HEADLINE_WORDS = 2;
const HEADLINE_MAX_WORDS = 24;
/**
 * "Movies Horror Saw X" over a headline of twenty words and its byline: a kicker (a path's last steps
 * run together, a series' name) of four words, over a headline four times as long at least. A short
 * headline of four words over its deck ("Your Garden Watering Checklist" over twelve words) stays, and so does
 * one that holds a colon ("Alleinerziehende: Kinderbetreuung flächendeckend ausbauen" over its long deck):
 * a label and its colon make the line a headline of its own, the kicker run into it.
 */
const LONG_HEADLINE_KICKER_WORDS = 4;
const LONG_HEADLINE_TIMES = 4;
/**
 * "KOMMENTAR", "ANALYSE", "MIGRATION –": a label in capitals of four letters or more opening the line,
 * a dash after it or none, then words in lower case.
 */
const CAPITALS_LABEL = /^\p{Lu}{4,}\s+(?:[–—-]\s+)?\S*\p{Ll}/u;
/** A kind of piece opening the line in capitals ("KOMMENTAR Wahl …", "ANALYSE –"), or the whole line ("Kommentar"). */
const KIND_OPENING = new RegExp(`^(?:${PIECE_KINDS.map((k) => k.toUpperCase()).join('|')})(?=\\s)`, 'u');
const KIND_ALONE = new RegExp(`^(?:${PIECE_KINDS.join('|')})$`, 'iu');
/** A sentence's end, a label's colon: no kicker ends so, and no headline under one. */
const KICKER_END = /[.。…!?！？:：;]["'”’)\]]*$/u;
const DECK_END = /[.。…:：]["'”’)\]]*$/u;

/** A sentence ended inside the line and another begun. */
const SENTENCE_INSIDE = /[.!?。！？]["'”’)\]]*\s+\p{Lu}/u;
/** A colon inside the line, a label's: "Alleinerziehende: Kinderbetreuung …". */
const COLON_INSIDE = /[:：]\s/u;
/** A colon alone on its line. */
const COLON_ALONE = /^[:：]$/u;

const wordsOf = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;

/**
 * The line right under `chosen` when `chosen` is a kicker over it and `headedLine(i)` says line `i`
 * has the article's byline or stamp right under it and is shaped as a headline; else `chosen`.
 * `kickerLine(i)` asks that line `i` be no paragraph, no header line and have no header of its own.
 */
export function headlineUnderItsKicker(lines: readonly string[], chosen: number, kickerLine: (i: number) => boolean, headedLine: (i: number) => boolean, plainLine: (i: number) => boolean = () => false, overProse: (i: number) => boolean = () => false): number {
  const h = chosen + 1;
  if (chosen < 0 || h >= lines.length) return chosen;
  const kicker = lines[chosen].trim();
  const words = wordsOf(kicker);
  const labelled = CAPITALS_LABEL.test(kicker);
  if (KICKER_END.test(kicker)) return chosen;
  const headline = lines[h].trim();
  const under = wordsOf(headline);
  const longer = (words <= (labelled ? LABELLED_KICKER_WORDS : KICKER_WORDS) || (words <= LONG_HEADLINE_KICKER_WORDS && under >= words * LONG_HEADLINE_TIMES && !COLON_INSIDE.test(kicker))) && under >= words + LONGER_BY && under <= HEADLINE_MAX_WORDS;
  const noLonger = words <= SHORT_PAIR_KICKER_WORDS && under >= SHORT_HEADLINE_WORDS && under <= words;
  if (!(longer || noLonger) || DECK_END.test(headline)) return chosen;
  // The kicker named again in the line: the line retells it, a deck of the kicker's story. A line that
  // opens on a label in capitals of its own ("MIGRATION – Probleme …") is a deck with its label, under its headline.
  if (headline.toLowerCase().startsWith(kicker.toLowerCase()) || CAPITALS_LABEL.test(headline)) return chosen;
  // Two sentences ("… nicht lahm! Ein Kommentar von …") make a deck; a headline says one thing.
  if (SENTENCE_INSIDE.test(headline)) return chosen;
  // "Stuttgart hat's drauf" / ":" / "Stadt der Superlative": the chosen line is the headline's second
  // part, set under its kicker and a colon (kicker-over-colon.ts), and the line under it its deck.
  if (chosen > 0 && COLON_ALONE.test(lines[chosen - 1].trim())) return chosen;
  if (!kickerLine(chosen)) return chosen;
  if (longer && (KIND_OPENING.test(kicker) || KIND_ALONE.test(kicker)) && overProse(h)) return h;
  return headedLine(h) && (longer || plainLine(h)) ? h : chosen;
}
