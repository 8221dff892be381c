/**
 * A picture's caption on its own line over its credit alone: "Das Kraftwerk im Morgennebel." /
 * "© Hafenbild/Jana Rose" (or "Foto: Jana Rose", "Photo: Jane Roe"). The credit is known as a
 * caption by its own line; the caption above it is a short sentence among the paragraphs and reads
 * as one, so the run kept it. A short sentence (a full stop, at most CAPTION_WORDS words) right over
 * a credit alone is the picture's caption when the article goes on under the credit: left out with its
 * reason, weighing as a caption does. A subheading (no full stop) stays, and so does a longer
 * paragraph over a picture that has no caption, and the page's last line over a credit (the site's
 * mark at the foot). A credit is a name or two, no figures: "© dpa-infocom, dpa:230428-99-…" and
 * "© 2024 Harbor Post" sign the article, not a picture.
 *
 * Many pages write the credit with no © and no picture word: the photographer and the agency parted by
 * a slash ("Hafenbild/Jana Rose", "Jane Roe / Harbor Images", "Quelle: Jana Rose/dpa"). Such a line is
 * known as a credit by nothing but its slash, so block-features leaves it a short line and the run kept
 * it with its caption. Under the same short sentence, the article going on under it, it is the credit:
 * both leave, each with its reason. Alone, a slash is as often a category's name ("Downtown/Film Row")
 * or a heading ("Pick-Up/Drop-Off Catering"), which no caption's sentence stands over and which heads a
 * short line, not a paragraph.
 *
 * Some sites write their captions without a full stop ("Bauarbeiter verlegen die neuen Rohre an der
 * Uferstraße" / "Bild: Jana Rose/dpa"), and so the caption reads as a sub-heading. Over a credit the
 * page names as one (© or a picture's label, "Image credit:"), with a paragraph of the article under
 * the credit, such a line is the caption when it describes rather than names: UNSTOPPED_CAPTION_WORDS
 * words or more. A sub-heading over a picture with no caption is shorter ("Neue Leitungen für die
 * Nordstadt"), and a guide's heading over its product's picture ("The best light mouse for small
 * hands") has the product's name or its facts under the credit ("60 grams, …"), not a paragraph.
 * Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutAsCaption } from '../shared/leave-out.ts';

/** A credit alone on its line: the © or a picture's label, then a name or two (no figures, sixty characters at most). */
const CREDIT_ALONE = /^(?:©\s*|(?:Fotos?|FOTOS?|Photos?|PHOTOS?|Bild|BILD|Image [Cc]redits?|IMAGE CREDITS?)\s*:\s*)\p{L}[^\d]{0,60}$/u;
/**
 * A credit alone with no picture word: two names (a capitalised word to four each, no figures) parted
 * by a slash, perhaps after the label of a source ("Quelle: Jana Rose/dpa", "Bron: Belga/Jan Peeters").
 * The agency after the slash may write its name in small letters ("dpa"), but no word after it ("Pick
 * up your gown/suit. Swoon." is a sentence).
 */
const WORD = String.raw`[\p{L}.'’&-]*`;
const NAME = String.raw`${WORD}(?: \p{Lu}${WORD}){0,3}`;
const SLASHED_CREDIT_ALONE = new RegExp(
  String.raw`^(?:(?:[Qq]uelle|QUELLE|[Ss]ource|[Ff]uente|[Ff]onte|[Bb]ron|[Kk]ilde|[Kk]älla|[Cc]rédit|[Cc]redit)\s?:\s?)?\p{Lu}${NAME} ?\/ ?\p{L}${NAME}$`,
  'u',
);
/** Characters of a slashed credit alone, at most. */
const SLASHED_CREDIT_CHARS = 60;

/** Words of a caption, at least and at most: longer is a paragraph over a picture with no caption. */
const CAPTION_WORDS = { min: 4, max: 20 };
/** A caption is a sentence or two that ends on its full stop (a subheading does not). */
const ENDS_ON_A_SENTENCE = /[\p{L}\p{N})”"'’»«][.!?]["'”’»«)]?$/u;
/**
 * Over a credit known by its slash alone, the caption ends on a full stop: a question or an exclamation
 * over such a line is as often the page's headline over its lead picture's credit ("Valley Farm Board:
 * What does it do?" / "Jane Roe/Harbor Wire"), which the headline's reading needs.
 */
const ENDS_ON_A_FULL_STOP = /[\p{L}\p{N})”"'’»«]\.["'”’»«)]?$/u;
/**
 * Words of a caption with no sentence end over a named credit, at least: a caption describes what the
 * picture shows (who, doing what, where); a sub-heading names its section in fewer.
 */
const UNSTOPPED_CAPTION_WORDS = 6;
/** A line that introduces what follows it ("Die Gründe:") is no caption. */
const INTRODUCES = /:["'”’»«)]?$/u;
/** Words of the article's line under the credit, at least: the run goes on there. */
const PROSE_UNDER = 12;

const WHY = 'a picture\'s caption over its credit (a short sentence right above the credit alone)';
const WHY_UNSTOPPED = "a picture's caption over its credit (a line describing the picture, written without its full stop, right above the credit the page names)";
const WHY_CREDIT = "a picture's credit alone under its caption (two names parted by a slash, no picture word)";

/** A word of a name, four letters or more, as the paragraph under it would repeat it. */
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * Is the line a credit with no © or picture word, the photographer and the agency parted by a slash?
 * A heading with a slash ("D. Gueridon / Tableside Service") has the same shape, but its paragraph
 * goes on about it in its words; a credit's names are not the article's subject, so the paragraph
 * under it repeats none of them.
 */
export function slashedCreditAlone(line: string, under: string): boolean {
  if (line.length > SLASHED_CREDIT_CHARS || !line.includes('/') || !SLASHED_CREDIT_ALONE.test(line)) return false;
  const said = under.toLowerCase();
  return !(line.match(LONG_WORD) ?? []).some((w) => said.includes(w.toLowerCase()));
}

export function captionsOverTheirCredits(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const credit = lines[i + 1].trim();
    const named = blocks[i + 1].features.caption && CREDIT_ALONE.test(credit);
    if (!named && !slashedCreditAlone(credit, lines[i + 2])) continue;
    const b = blocks[i];
    const words = b.features.words;
    const line = lines[i].trim();
    if (b.features.caption || words < CAPTION_WORDS.min || words > CAPTION_WORDS.max) continue;
    if (blocks[i + 2].features.words < PROSE_UNDER) continue;
    const sentence = (named ? ENDS_ON_A_SENTENCE : ENDS_ON_A_FULL_STOP).test(line);
    // A caption that asks, or one written without its full stop, reads as a heading too: over a named
    // credit it is the caption only with a paragraph under the credit. A guide's heading has its
    // product's facts there ("60 grams, …", no sentence), asking or not ("The cheapest light mouse?").
    const under = blocks[i + 2];
    const paragraphUnder = under.cls === 'good' || (under.cls === 'near' && under.features.sentenceEnd);
    if (sentence && !ENDS_ON_A_FULL_STOP.test(line) && !paragraphUnder) continue;
    // Written without its full stop, a caption is known by its length over a credit the page names.
    const unstopped = !sentence && named && paragraphUnder && words >= UNSTOPPED_CAPTION_WORDS && !INTRODUCES.test(line) && !b.features.introducesList;
    if (!sentence && !unstopped) continue;
    leaveOutAsCaption(b, sentence ? WHY : WHY_UNSTOPPED);
    if (!named) leaveOutAsCaption(blocks[i + 1], WHY_CREDIT);
  }
}
