/**
 * Which line of a plain-text page is the article's headline, once main-text has found where the
 * article's prose starts. What plain text shows of a headline: a short line without a final full
 * stop, close above the first paragraph, sharing words with the first paragraphs, and, above all,
 * followed by the article's own header: a byline or a date line ("By Jane Smith", "November 19,
 * 2019 | 4:10pm"). Other stories' headlines come in runs of like lines and have no byline under
 * them; a photo caption or a standfirst ends in a full stop; a byline, a date, a share label or a
 * section path is never a headline (lib/page-text/headline/title.ts notAHeadline).
 */
import { anyCasePattern } from '../../any-case-pattern.ts';
import { NOT_A_NAME_AFTER_BY, type BlockFeatures } from '../lines/block-features.ts';
import { contentTerms, type Language } from '../language/language.ts';
import { isPhotoCredit, notAHeadline } from './title.ts';
import { biographyName } from '../boxes/writer-bio.ts';
import { endsOnPhotoCredit } from '../lines/caption-credit.ts';
import { mediaTitle } from './media-title.ts';
import { dashQuotation, wholeQuotation } from './quoted-headline.ts';
import { headlinePastAMenu } from './headline-past-a-menu.ts';
import { lowercaseOpening } from './lowercase-opening.ts';
import { headlineOverItsSentenceDeck } from './headline-over-its-sentence-deck.ts';
import { EVEN_HEADLINE_FLOOR, headlineOverAnEvenDeck } from './headline-over-an-even-deck.ts';
import { HEADLINE_WORDS as INSET_HEADLINE_WORDS, LABEL_WORDS as INSET_LABEL_WORDS, STANDFIRST_WORDS, headlineOverStandfirstAndInset } from './headline-over-standfirst-and-inset.ts';
import { headlineOverItsHighlights } from './headline-over-its-highlights.ts';
import { headlineUnderItsKicker } from './headline-under-its-kicker.ts';
import { BOX_LABEL_WORDS, headlineOverABox } from './headline-over-a-box.ts';
import { headlineUnderItsPath } from './headline-under-its-path.ts';
import { roleOverBiography } from './role-over-biography.ts';
import { bylineInCapitals } from './byline-in-capitals.ts';
import { linePositions } from './line-positions.ts';
import { headlineProbe, type SkipRule } from './headline-probe.ts';
import { gluedWord, kinWords } from './kin-words.ts';
import { menuEntryElsewhereMemo, SECTION_LABEL_WORDS } from './menu-entry-elsewhere.ts';
import { isRole } from '../../bylines/author.ts';
import { lineRecord, REMEMBERED_LINE_CHARS } from '../lines/line-record.ts';
import { isMarkedAuthorsLine, listOfFullNames } from '../../bylines/name-lines.ts';
import { findFullDates, findFusedDates } from '../../dates/dates.ts';
import { STATES_WHAT_IT_DATES } from '../../dates/date-labels.ts';
import { AUTHOR_SECTION_HEADING, BY_LABELS, GLUED_BYLINE, LABEL_ALONE, LABEL_THEN_NAME, OPENS_WITH_ENGLISH_BY, PREPOSITION_THEN_NAME } from '../../bylines/byline-labels.ts';

/** What the chooser needs of main-text's classing of a line. */
export interface HeadlineBlock {
  features: BlockFeatures;
  cls: 'good' | 'near' | 'short' | 'bad';
}

/** How far above the first paragraph a headline may stand (menus and teaser boxes can sit between). */
const LOOK_BACK = 40;
/** Lines of the run before its first real paragraph (a standfirst, a caption) may hold the headline too. */
const LOOK_INSIDE = 3;
const LOOK_INSIDE_LINES = 10;
/** A teaser's age run into its headline: "6m agoWatching…", "3h agoWhy…", "2 days agoThe…". */
const AGED_TEASER = /^\d{1,3}\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago(?=\p{Lu})/u;
/** What being one of a run of like lines (a list of other stories, a menu) with no header of its own costs a line. */
const LIKE_RUN = 0.25;
/** What standing right under a box heading costs a line. */
const BOXED = 0.4;
const SPREAD_PARAGRAPHS = 8;
const SPREAD_WEIGHT = 0.3;
const FULL_STOP = /[.。…]["'”’)\]]*$/;
/** An HTML tag a scraper left in the text (`<div class="…">`, `</p>`, `<br>`): no headline holds one. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*[\s/>]/i;
/** An initialism at the line's end, each letter with its dot ("U.S.", "D.C."): its last dot is no full stop. */
const ENDS_ON_INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}["'”’)\]]*$/u;
/** A label's end: a colon, which introduces what follows. */
const LABEL_END = /[:：]\s*$/;
/** A question's end: a headline may ask what its article answers. */
const ASKS = /[?？]["'”’)\]]*$/;
/** A sentence's end of any kind: a full stop, a question or an exclamation. */
const SENTENCE_END = /[.。…!?！？]["'”’)\]]*$/;
/**
 * "We're mortgage-free, now what? Our story of …": a question or an exclamation inside the line and no
 * full stop in it. A headline asks and goes on; a standfirst's sentences end in full stops.
 */
const QUESTION_INSIDE = /^[^.。]*[?!？！]\s+\S[^.。]*$/u;
/** The label of a media player or gallery, alone on its line. */
const MEDIA_LABEL = /^(?:videos?|watch(?: now| video)?|now playing|up next|play(?: video)?|photos?|gallery|photo gallery|listen|audio|podcast|vídeos?|fotos?|galeria|galerie|видео|фото|视频|動画|영상)\s*[:：]?$/iu;

/** What a word of the lead's family (kin-words.ts), not the word itself, counts for in a candidate's hits. */
const KIN_WEIGHT = 0.5;
/** Figures joined by a dot, a colon or a slash: a date or a time of day. */
const DATE_OR_TIME = /\d[.:/]\d/;

/** What a clip's title in a player's list (its label run in, its running time) costs a line. */
const MEDIA_TITLE = 1;
/** What ending on a photo's credit costs a line. */
const CAPTION_WITH_CREDIT = 0.8;

/** How far above a list's last entry over the byline the headline may stand, and how much more of the lead's words it uses. */
const LIST_OVER_BYLINE_REACH = 16;
const LIST_OVER_BYLINE_SHARE = 2;
/** Below this, no line looks enough like the headline: the page has none in its text. */
const MIN_SCORE = 0.12;

/**
 * The index of the headline line, or -1. `start`..`end` is the article run main-text found.
 */
export function chooseHeadline(lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language, lower?: string[]): number {
  return chooseHeadlineAndInset(lines, blocks, start, end, language, lower).index;
}

/**
 * The chooser's headline line (`index`, or -1), and the inset line it passed over to reach it, when it
 * did (a clip's title or a link between the standfirst and the byline, headline-over-standfirst-and-inset.ts):
 * the article's header (its byline, its stamp) stands under the inset line, where it stood when the
 * chooser took that line, and segment reads it from there (stages/segment.ts).
 */
export interface ChosenHeadline {
  index: number;
  inset?: number;
}

/** chooseHeadline, with the inset line passed over (ChosenHeadline). */
export function chooseHeadlineAndInset(lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language, lower?: string[]): ChosenHeadline {
  const chosen = chooseHeadlineNow(lines, blocks, start, end, language, lower);
  // Only the bench listens (headline-probe.ts); the candidates are scored again for it, never for the ingest.
  if (headlineProbe) {
    const skipped = new Map<number, SkipRule>();
    const scored = scoreHeadlineCandidates(lines, blocks, start, end, language, lower, skipped);
    headlineProbe({ lines, blocks, start, end, language, chosen: chosen.index, scored, minScore: MIN_SCORE, skipped });
  }
  return chosen;
}

function chooseHeadlineNow(lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language, lower?: string[]): ChosenHeadline {
  const scored = scoreHeadlineCandidates(lines, blocks, start, end, language, lower);
  const amongScored = chooseAmongScored(scored, lines, blocks, start, end, language, lower);
  const chosen = amongScored.index;
  // Another story's entry under a "Read next" box that the article's header follows: the article's
  // headline stands over the box's heading (headline-over-a-box.ts). The inset line passed over went
  // with the line chosen, not with the one over the box.
  if (chosen < 1 || !blocks[chosen - 1]) return amongScored;
  const leadOf = () => termsUnder(lines, blocks, chosen, language);
  let lead: Set<string> | undefined;
  const overBox = headlineOverABox(
    lines,
    chosen,
    (i) => blocks[i].features.boxHeading,
    (i) => blocks[i].cls !== 'good' && blocks[i].features.words <= BOX_LABEL_WORDS,
    (i) => fullHeaderFollows(lines, blocks, i, shapeMemo(lines, blocks), language.cjk),
    scored,
    MIN_SCORE,
    (i) => {
      if (blocks[i].cls === 'good' || FULL_STOP.test(lines[i]) || (!language.cjk && blocks[i].features.words < BOX_HEADLINE_WORDS) || !headlineShaped(lines[i], blocks[i].features, language.cjk)) return false;
      lead ??= leadOf();
      let shared = 0;
      for (const t of contentTerms(lines[i], language)) if (lead.has(t) && ++shared >= BOX_HEADLINE_SHARED) return true;
      return false;
    },
  );
  return overBox === chosen ? amongScored : { index: overBox };
}

/** How many words the article's headline over a box's heading has at least, and how many of them its paragraphs use. */
const BOX_HEADLINE_WORDS = 5;
const BOX_HEADLINE_SHARED = 2;

/** How many words a line between a path and its headline has at most (a counter, "Buying guide"). */
const PATH_BETWEEN_WORDS = 3;

/** The chooser's pick among the scored lines, and its rewrites (a kicker, a deck, a far header). */
function chooseAmongScored(scored: { index: number; score: number }[], lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language, lower?: string[]): ChosenHeadline {
  let best = { index: -1, score: -Infinity };
  // The nearest of equals wins: candidates come nearest first.
  for (const c of scored) if (c.score > best.score) best = c;
  let chosen = best.score >= MIN_SCORE ? best.index : start < 0 ? -1 : headlineWithItsHeader(lines, blocks, start, end, language, lower ?? lines.map((l) => l.toLowerCase()));
  if (chosen === -1 && start >= 0) chosen = headlineOpeningTheRun(lines, blocks, start, end, language);
  const shapeOf = shapeMemo(lines, blocks);
  if (chosen === -1 && start > 0) chosen = headlineOverItsHeaderAboveTheRun(lines, blocks, start, shapeOf, language.cjk);
  // The rules below move off the chosen line to one near it that tells the same story (its long
  // form, the line under its kicker, its header's headline): a clip's title (media-title.ts) tells
  // it too, but is never the headline, and the move is not made.
  const kept = chosen;
  const offClips = (moved: number) => (moved !== kept && moved !== -1 && mediaTitle(lines[moved]) ? kept : moved);
  /** The line moved to (offClips), no inset line passed over. */
  const movedTo = (moved: number): ChosenHeadline => ({ index: offClips(moved) });
  // A chosen line with a byline or a date of its own but not both (a teaser's "By Jane Roe" in a
  // list of other stories) loses to the article's full header too.
  if (chosen !== -1 && (!hasItsHeader(lines, blocks, chosen, shapeOf) || !fullHeaderFollows(lines, blocks, chosen, shapeOf, language.cjk))) {
    const below = Math.max(start, chosen);
    // When the run is another part of a long page (a product table, a list under the article), the
    // paragraphs under the far line are the article its header heads: their words count too.
    // Or, past the header's furniture only, the line that header heads: the chosen line is its deck.
    const far = headlineOverFullHeader(lines, blocks, below, start, end, language, shapeOf) ?? headlineOverFullHeader(lines, blocks, below, start, end, language, shapeOf, true) ?? headedOverFurnitureAbove(lines, blocks, chosen, shapeOf, language.cjk);
    // Right under the chosen line (a label or two between at most), the far line is its standfirst,
    // the header theirs. A copy of the chosen line above the far one is the headline over that header
    // (the page shows its headline again over the article), unless the far header opens the article's
    // prose itself: then the copy is an entry of the page's menu or contents over the far line
    // ("Buying Advice" / "How We Tested" / the headline), the chosen line a section heading further down.
    if (far !== null && !(far > chosen && far - chosen <= STANDFIRST_REACH) && (!writtenAbove(lines, chosen, far) || proseUnderItsHeader(lines, blocks, far))) return movedTo(headlineOverItsLongDeck(lines, blocks, far, language, shapeOf));
  }
  // A chosen line without the article's full header under it may yield to the last step of a path or a twinned line over the run.
  const headerless = start > 0 && chosen !== -1 && !fullHeaderFollows(lines, blocks, chosen, shapeOf, language.cjk);
  const crumbed = headerless ? lastStepOverTheRun(lines, blocks, start, language.cjk, shapeOf) : -1;
  const twinned = crumbed === -1 && headerless && chosen < start ? twinOverTheHeaderOfTheRun(lines, blocks, start, shapeOf) : -1;
  if (twinned !== -1 && twinned !== chosen) return movedTo(twinned);
  if (crumbed !== -1 && crumbed !== chosen) return movedTo(crumbed);
  const retold = retoldUnderItsKicker(lines, blocks, chosen, language);
  // A kicker chosen over the headline that the article's byline or stamp stands right under (headline-under-its-kicker.ts).
  const kicked = language.cjk ? retold : headlineUnderItsKicker(lines, retold, (i) => kickerWithoutHeader(lines, blocks, i, shapeOf), (i) => blocks[i].cls !== 'good' && shapeOf(i, false) && headerFollows(lines, blocks, i, false, shapeOf) === 'next', (i) => plainShortHeadline(lines, blocks, i, lower), (i) => blocks[i].cls !== 'good' && shapeOf(i, false) && blocks[i + 1]?.cls === 'good');
  // A page's path run together on one line, chosen over the headline that writes its last steps again (headline-under-its-path.ts).
  const found = language.cjk ? kicked : headlineUnderItsPath(lines, kicked, (i) => blocks[i].cls !== 'good' && blocks[i].features.words <= PATH_BETWEEN_WORDS, (i) => blocks[i].cls !== 'good' && shapeOf(i, false) && (headerFollows(lines, blocks, i, false, shapeOf) === 'next' || fullHeaderFollows(lines, blocks, i, shapeOf, false)));
  // A point of the story's summary chosen under its label, the headline over the label (headline-over-its-highlights.ts).
  const summarised = headlineOverItsHighlights(lines, found, (i) => blocks[i].features.words <= HIGHLIGHT_MAX_WORDS && !headerLine(lines[i], blocks[i].features), (i) => blocks[i].cls !== 'good' && blocks[i].features.words >= 4 && !FULL_STOP.test(lines[i]) && shapeOf(i, language.cjk));
  // A sentence chosen under a headline that heads it as its deck, the byline under both (headline-over-its-sentence-deck.ts).
  const sentenced = headlineOverItsSentenceDeck(lines, summarised, (i) => blocks[i].cls !== 'good' && shapeOf(i, language.cjk) && deckThenHeader(lines, blocks, i, SENTENCE_END, true, true));
  // A deck of the headline's length chosen under it (headline-over-an-even-deck.ts).
  const evened = overAnEvenDeck(scored, lines, blocks, sentenced, language, shapeOf, lower);
  // A clip's title or a link set between the standfirst and the byline, chosen under both (headline-over-standfirst-and-inset.ts):
  // the inset line passed over goes with the headline, unless offClips keeps another line.
  if (language.cjk) return movedTo(evened);
  const over = overStandfirstAndInset(scored, lines, blocks, evened, shapeOf);
  const index = offClips(over);
  return over !== evened && index === over ? { index, inset: evened } : { index };
}

/**
 * The headline over the standfirst over `chosen` (headline-over-standfirst-and-inset.ts): `chosen` is
 * an inset line (a clip's title, a link) set between the article's standfirst and its header. A label
 * between scores under EVEN_HEADLINE_FLOOR; the headline scores over it. Else `chosen`.
 */
function overStandfirstAndInset(scored: { index: number; score: number }[], lines: string[], blocks: HeadlineBlock[], chosen: number, shapeOf: ShapeOf): number {
  if (chosen < 2) return chosen;
  const scoreOf = (i: number) => scored.find((s) => s.index === i)?.score;
  return headlineOverStandfirstAndInset(chosen, {
    label: (i) => {
      const f = blocks[i].features;
      return blocks[i].cls !== 'good' && f.words <= INSET_LABEL_WORDS && !headerLine(lines[i], f) && (scoreOf(i) ?? -Infinity) < EVEN_HEADLINE_FLOOR;
    },
    standfirst: (i) => blocks[i].cls !== 'good' && blocks[i].features.words >= STANDFIRST_WORDS && !headerLine(lines[i], blocks[i].features),
    headline: (i) => {
      const f = blocks[i].features;
      if (blocks[i].cls === 'good' || f.words < INSET_HEADLINE_WORDS || FULL_STOP.test(lines[i]) || !shapeOf(i, false) || headerLine(lines[i], f)) return false;
      return (scoreOf(i) ?? -Infinity) >= EVEN_HEADLINE_FLOOR;
    },
  });
}

/**
 * The line right over `chosen` when it heads `chosen` as its deck of about its length
 * (headline-over-an-even-deck.ts): both headline-shaped lines, no prose nor header, the upper one
 * scored over EVEN_HEADLINE_FLOOR, and no path of the page's sections right above ends on the chosen
 * line (then the page names it, and the line over it is its kicker). Else `chosen`. Not asked in CJK
 * nor where nouns are capitalised.
 */
function overAnEvenDeck(scored: { index: number; score: number }[], lines: string[], blocks: HeadlineBlock[], chosen: number, language: Language, shapeOf: ShapeOf, lower?: string[]): number {
  const h = chosen - 1;
  if (h < 0 || language.cjk || CAPITALISED_NOUNS.has(language.lang)) return chosen;
  const top = blocks[h].features;
  const deck = blocks[chosen].features;
  if (!headlineOverAnEvenDeck({ text: lines[h], words: top.words, capitalShare: top.capitalShare }, { text: lines[chosen], words: deck.words, capitalShare: deck.capitalShare })) return chosen;
  if (blocks[h].cls === 'good' || blocks[chosen].cls === 'good' || !shapeOf(h, false) || headerLine(lines[h], top)) return chosen;
  const score = scored.find((s) => s.index === h)?.score;
  if (score === undefined || score < EVEN_HEADLINE_FLOOR) return chosen;
  // A path of the page's sections right above that ends on the chosen line names it: the line over it is its kicker.
  return lastStepOfAPathAbove(lines, lower ?? lines.map((l) => l.toLowerCase()), chosen) ? chosen : h;
}

/** How many words a point of a story's summary has at most: a sentence, no paragraph. */
const HIGHLIGHT_MAX_WORDS = 40;

/**
 * May line `i`, a short line with the header under it, be a headline under its kicker? It says
 * something: a word after the first in lower case ("Posts gewinnen"). Every word capitalised, it may
 * be a name: a series' or a section's under the headline ("The Rolling Tracker", "M&A Updates" over
 * the byline or the date), or the author's. Nor is it a header line itself, nor an entry of the
 * site's menu written elsewhere (a section's label over the date: menu-entry-elsewhere.ts).
 */
function plainShortHeadline(lines: string[], blocks: HeadlineBlock[], i: number, lower?: string[]): boolean {
  const f = blocks[i].features;
  if (!WORD_IN_LOWER_CASE.test(lines[i].trim()) || headerLine(lines[i], f) || isAuthorLine(lines[i], f) || nameOverStamp(lines, blocks, i)) return false;
  return !menuEntryElsewhereMemo(lower ?? lines.map((l) => l.toLowerCase()), blocks)(i);
}

/** A word after the line's first that opens in lower case. */
const WORD_IN_LOWER_CASE = /\s\p{Ll}/u;

/** Is line `i` a kicker's: no paragraph, no byline or stamp, none of them right under it either? */
function kickerWithoutHeader(lines: string[], blocks: HeadlineBlock[], i: number, shapeOf: ShapeOf): boolean {
  return blocks[i].cls !== 'good' && !headerLine(lines[i], blocks[i].features) && headerFollows(lines, blocks, i, false, shapeOf) !== 'next';
}

/** How far above the run's first paragraph a headline over its own header is looked for, when nothing else was found. */
const HEADER_ABOVE_THE_RUN = 8;

/**
 * "Ins neue Jahr" / "Filed under: Diary — jane @ 00:11" / the run: when no line shares enough of the
 * article's words to be taken for its headline (a short or a playful one need share none), the nearest
 * line of a headline's shape above the run, with no paragraph between, that has the article's byline
 * or stamp right under it, is the headline: a page sets its header right over its text. -1 if there is none.
 */
function headlineOverItsHeaderAboveTheRun(lines: string[], blocks: HeadlineBlock[], start: number, shapeOf: ShapeOf, cjk: boolean): number {
  for (let i = start - 1; i >= 0 && i >= start - HEADER_ABOVE_THE_RUN; i--) {
    if (blocks[i].cls === 'good') return -1;
    if (blocks[i].cls === 'bad' || headerLine(lines[i], blocks[i].features) || !shapeOf(i, cjk) || LABEL_END.test(lines[i])) continue;
    // A button the page writes again and again ("Download the chart") is none.
    if (headerFollows(lines, blocks, i, true, shapeOf) === 'next' && !writtenTwiceMore(lines, i)) return i;
  }
  return -1;
}

/** Does the page write line `i` twice more, as lines of their own? */
function writtenTwiceMore(lines: string[], i: number): boolean {
  let n = 0;
  for (let j = 0; j < lines.length; j++) if (j !== i && lines[j] === lines[i] && ++n >= 2) return true;
  return false;
}

/** How many header lines (a stamp, the author's name) may stand between a twinned headline and the run. */
const TWIN_HEADER_LINES = 3;

/**
 * "Mission accomplished!" / "Mission accomplished!" / "2025-12-17" / "Jane Roe" / the run: a line the
 * page writes twice in a row (the post's title as a link and as its heading), its byline or stamp right
 * under it and the run's prose under them, is the headline over a chosen line further up without the
 * article's full header (an entry of the blog's list of posts). A widget the page renders twice in
 * place has no header of the article under it. -1 if there is none.
 */
function twinOverTheHeaderOfTheRun(lines: string[], blocks: HeadlineBlock[], start: number, shapeOf: ShapeOf): number {
  if (blocks[start].cls !== 'good') return -1;
  for (let i = start - 2; i >= 1 && i >= start - 1 - TWIN_HEADER_LINES; i--) {
    if (lines[i - 1] !== lines[i]) continue;
    if (blocks[i].cls === 'good' || blocks[i].features.words < 2 || FULL_STOP.test(lines[i]) || !shapeOf(i, false)) return -1;
    if (headerFollows(lines, blocks, i, false, shapeOf) !== 'next') return -1;
    // Only the header between: its stamp, its byline, the author's bare name.
    for (let j = i + 1; j < start; j++) if (blocks[j].cls === 'good' || (blocks[j].features.words >= 3 && !headerLine(lines[j], blocks[j].features))) return -1;
    return i;
  }
  return -1;
}

/**
 * "HomeGarden GuidanceGardening in a Warming World" / "Gardening in a Warming World" / the run: a
 * path of sections that innerText ran together ends on the line under it, and that line stands right
 * over the article's first lines. A path names the page it leads to last: that line is the headline,
 * over a chosen line without the article's full header (an entry of the menu above, whose words the article
 * happens to use). -1 if there is none.
 */
function lastStepOverTheRun(lines: string[], blocks: HeadlineBlock[], start: number, cjk: boolean, shapeOf: ShapeOf): number {
  const i = start - 1;
  if (i < 1 || cjk || blocks[i].cls === 'good' || blocks[i].features.words < 3 || FULL_STOP.test(lines[i]) || !shapeOf(i, false)) return -1;
  const path = lines[i - 1];
  const step = lines[i];
  if (step.length < GLUED_MIN || path.length <= step.length || !path.endsWith(step) || !/^\p{Lu}/u.test(step)) return -1;
  return /\p{L}/u.test(path.charAt(path.length - step.length - 1)) ? i : -1;
}

/** How many lines above a line the path that ends on it may stand (a label or a button may come between). */
const PATH_END_REACH = 2;
/** How many words the path's last step has at least: a section's name ("Remote Work") is shorter than a headline. */
const PATH_END_WORDS = 3;
/** What being named last by a path right above is worth. */
const PATH_END_CREDIT = 0.2;
/** What a path's steps are split by, at the end of the step before the last. */
const PATH_STEP_END = /[»›>/|\\▸→:"]\s*$/u;

/**
 * Does a line a line or two above end on line `i`, after a path's separator ("Home » Blog » …",
 * "Start / Ausland / …") or run on from a letter with no space (innerText's "HomeGarden Guidance…")?
 * That line is a path of the page's sections, and it names the page it leads to last.
 */
function lastStepOfAPathAbove(lines: string[], lower: string[], i: number): boolean {
  const step = lower[i];
  if (step.length < GLUED_MIN || FULL_STOP.test(step) || step.split(/\s+/).length < PATH_END_WORDS) return false;
  for (let j = i - 1; j >= 0 && j >= i - PATH_END_REACH; j--) {
    const path = lower[j];
    if (path.length <= step.length + 1 || !path.endsWith(step)) continue;
    const before = path.slice(0, path.length - step.length);
    if (PATH_STEP_END.test(before)) return true;
    if (/\p{L}$/u.test(before) && /^\p{Lu}/u.test(lines[i])) return true;
  }
  return false;
}

/** "Valley floods –": a kicker without the dash that leads into the headline under it. */
function withoutTrailingDash(line: string): string {
  const t = line.trimEnd();
  return /[–—-]$/u.test(t) ? t.slice(0, -1).trimEnd() : t;
}

/** How many short lines (a kicker, a button) may stand between a headline's two forms. */
const KICKER_LINES = 2;
/** How many words such a line has at most. */
const KICKER_WORDS = 6;
/** How many of the chosen line's words the line under its kicker must tell again, at least. */
const RETOLD_TERMS = 2;

/**
 * "Flood inquiry: two resign, many questions" / "Valley floods" / "Two resign over the flood inquiry"
 * / the standfirst: a page writes its headline twice, the form for search engines and sharing first,
 * then the kicker and the headline the reader sees, right over the standfirst or the byline. When the
 * chosen line is the first form, the line one or two short lines under it that tells the same story
 * (two of its words at least, or the kicker between is written in the chosen line) and stands right
 * over the article's prose or header is the headline. Not past a byline or a date: then the chosen line
 * has its header and the line under it is the article's own.
 */
export function retoldUnderItsKicker(lines: string[], blocks: HeadlineBlock[], chosen: number, language: Language): number {
  if (chosen < 0) return chosen;
  const chosenTerms = contentTerms(lines[chosen], language);
  const lowerChosen = lines[chosen].toLowerCase();
  for (let h = chosen + 2; h <= chosen + 1 + KICKER_LINES && h + 1 < lines.length; h++) {
    const between = blocks[h - 1];
    // A kicker or a button is a short line: a counter ("12 comments") or a stamp between is the chosen line's header.
    if (between.cls !== 'short' || between.features.words > KICKER_WORDS || headerLine(lines[h - 1], between.features) || between.features.age) return chosen;
    const f = blocks[h].features;
    // A row of tags in lower case ("farming river flood") is none.
    if (FULL_STOP.test(lines[h]) || (!language.cjk && f.words < 4) || /^\p{Ll}/u.test(lines[h]) || blocks[h].cls === 'bad' || blocks[h].cls === 'good' || !headlineShaped(lines[h], f, language.cjk)) continue;
    const next = blocks[h + 1];
    if (!(next.cls === 'good' || headerLine(lines[h + 1], next.features) || next.features.age)) continue;
    let shared = 0;
    for (const t of contentTerms(lines[h], language)) if (chosenTerms.has(t)) shared++;
    const kickerInChosen = between.features.words >= 1 && lowerChosen.includes(withoutTrailingDash(lines[h - 1].toLowerCase()));
    if (shared >= RETOLD_TERMS || kickerInChosen) return h;
  }
  return chosen;
}


/** Each sentence's end in a line: a full stop, a question or an exclamation before a space or the line's end. */
const SENTENCE_ENDS = /[.。…!?！？]["'”’)\]]*(?=\s|$)/gu;
/** How many words a date line under such a headline has at most ("2025年1月13日 20時01分"). */
const OPENING_STAMP_WORDS = 8;
/** How many words a headline that opens the run has at most. */
const OPENING_HEADLINE_WORDS = 25;

/**
 * No line scored as a headline and none has the article's header under it: the run may open on the
 * headline itself (a page with no byline near it), or the line right over the run be it. That line
 * has a headline's shape, no full stop, stands under labels or furniture (a breadcrumb, a menu),
 * not under prose, and over the article's prose, its standfirst or its picture's credit, whose words
 * it shares. -1 if none.
 */
function headlineOpeningTheRun(lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language): number {
  const cjk = language.cjk;
  const opens = (i: number) => {
    if (i < 0 || i + 1 >= lines.length || blocks[i].cls === 'bad') return false;
    const f = blocks[i].features;
    // A row of labelled fields ("Tested by: … Price: …") or of tags ("a, b, c, d") is none, nor a label over what follows.
    if (FULL_STOP.test(lines[i]) || /[:：]$/.test(lines[i]) || (lines[i].match(/[:：]/g) ?? []).length >= 2 || (lines[i].match(/,/g) ?? []).length >= 3 || headerLine(lines[i], f) || notAHeadline(lines[i]) || endsOnPhotoCredit(lines[i]) || (!cjk && (f.words < 3 || f.words > OPENING_HEADLINE_WORDS)) || !headlineShaped(lines[i], f, cjk)) return false;
    if (i > 0 && (blocks[i - 1].cls === 'good' || blocks[i - 1].cls === 'near')) return false;
    // Two sentences ("Q: Thank you. What will it study first?") are a paragraph, not a headline.
    if ((lines[i].match(SENTENCE_ENDS) ?? []).length >= 2) return false;
    // A picture's credit may stand between ("Jane Roe/Agency", or a bare "Harbor Images" of a few words).
    let under = i + 1;
    const bareCredit = blocks[under].cls === 'short' && blocks[under].features.words <= 3 && !SENTENCE_END.test(lines[under]);
    if (under + 1 < lines.length && (isPhotoCredit(lines[under], blocks[under].features.words) || bareCredit)) under++;
    const g = blocks[under].features;
    const stamp = headerLine(lines[under], g) || (g.words <= OPENING_STAMP_WORDS && findFullDates(lines[under]).length > 0);
    // A byline in capitals right under it ("JANE ROE   USA TODAY") is its header too (byline-in-capitals.ts).
    const capitalsByline = blocks[i + 1].cls === 'short' && bylineInCapitals(lines[i + 1], blocks[i + 1].features.words);
    if (!(blocks[under].cls === 'good' || (blocks[under].cls === 'near' && SENTENCE_END.test(lines[under])) || stamp || capitalsByline)) return false;
    // It names what the paragraphs under it tell: a word of theirs at least (a label over an article shares none).
    const text = contentTerms(firstParagraphs(blocks, i + 1, end, SPREAD_PARAGRAPHS).map((j) => lines[j]).join(' '), language);
    for (const t of contentTerms(lines[i], language)) if (text.has(t)) return true;
    return false;
  };
  if (opens(start)) return start;
  if (opens(start - 1)) return start - 1;
  // The run may open right under the headline's byline in capitals: the headline stands over that byline.
  return start >= 2 && blocks[start - 1].cls === 'short' && bylineInCapitals(lines[start - 1], blocks[start - 1].features.words) && opens(start - 2) ? start - 2 : -1;
}

/**
 * "By" / "Jane Roe" (/ "Jane Roe" again, or "Staff Writer"): the name under a byline's label alone on
 * its line, that name written twice, or the author's role under it, is the byline's, never a headline.
 */
function nameUnderByLabel(lines: string[], lower: string[], i: number): boolean {
  const under = (k: number) => k > 0 && LABEL_ALONE.test(lines[k - 1]);
  return under(i) || (i > 1 && (lower[i - 1] === lower[i] || isRole(lines[i])) && under(i - 1));
}

/**
 * Does a line above line `above` read as line `i` does? Not its twin right beside it: a widget the
 * page renders twice in place (a ticker's tabs, a menu for wide and narrow screens) is no headline
 * shown again over the article.
 */
function writtenAbove(lines: string[], i: number, above: number): boolean {
  const line = lines[i].toLowerCase();
  for (let j = 0; j < above; j++) if (j !== i && Math.abs(j - i) !== 1 && lines[j].length === line.length && lines[j].toLowerCase() === line) return true;
  return false;
}

/**
 * "5 tips for indie game design" / "Solo developer Jane Roe explores …." / "Jane Roe" / "October 24,
 * 2024": a headline-shaped line of four words or more, with no full stop, over its deck (a sentence
 * ending in a full stop, of a deck's length) and right under that the article's byline or stamp, or
 * the author's bare name over the date. With `leftOut`, a deck main-text classed bad (a standfirst
 * over the byline, which it leaves out of the article) counts too.
 */
function deckThenHeader(lines: string[], blocks: HeadlineBlock[], i: number, deckEnd = FULL_STOP, leftOut = false, shortHeadline = false): boolean {
  const d = i + 1;
  const words = blocks[i].features.words;
  if (words < (shortHeadline ? SHORT_OVER_DECK_WORDS : 4) || FULL_STOP.test(lines[i]) || d + 1 >= lines.length) return false;
  const deck = blocks[d].cls;
  if ((deck !== 'near' && deck !== 'good' && !(leftOut && deck === 'bad')) || !deckEnd.test(lines[d]) || blocks[d].features.words > DECK_MAX_WORDS) return false;
  // "Spanish Lessons" / "At Barça 18, Stephen Hanson aims to …." / "By Adam Platt": a headline of two or
  // three words (a feature's play on its story) heads a deck that tells the story at length.
  // A label in capitals ("GUEST ESSAY") is no headline, and a line in Title Case under it is the
  // headline, whatever its full stops: a deck is written in sentence case.
  if (words < 4 && (blocks[d].features.words < SHORT_HEADLINE_DECK_WORDS || !/\p{Ll}/u.test(lines[i]) || !SENTENCE_CASE_WORD.test(lines[d]))) return false;
  return headerLine(lines[d + 1], blocks[d + 1].features) || nameOverStamp(lines, blocks, d + 1);
}

/** How many words a headline over its sentence deck has at least, and its deck at least when it has fewer than four. */
const SHORT_OVER_DECK_WORDS = 2;
const SHORT_HEADLINE_DECK_WORDS = 10;
/** A word of four letters or more in lower case: a sentence's, which Title Case capitalises. */
const SENTENCE_CASE_WORD = /(?:^|[\s"'“„‘(])\p{Ll}[\p{L}'’-]{3}/u;

/** A deck without its full stop is this many words at least, and this many times its headline's. */
const LONG_DECK_WORDS = 15;
const LONG_DECK_RATIO = 2;
/** How many words a headline and its deck share at least. */
const DECK_SHARED = 2;

/**
 * "The Best GPS Watches of 2026" / "We tested the 18 best GPS watches … for your adventures" / the
 * byline: a deck the page wrote without its full stop is shaped like a headline too, and the far
 * search, going up, meets it first. The shorter headline-shaped line right over it, telling the same
 * story (two words of the deck's at least), is the headline.
 */
function headlineOverItsLongDeck(lines: string[], blocks: HeadlineBlock[], far: number, language: Language, shapeOf: ShapeOf): number {
  const top = far - 1;
  if (language.cjk || top < 0 || blocks[far].features.words < LONG_DECK_WORDS) return far;
  const t = blocks[top].features;
  if (blocks[top].cls === 'good' || t.words < 3 || t.words * LONG_DECK_RATIO > blocks[far].features.words || SENTENCE_END.test(lines[top]) || !shapeOf(top, false)) return far;
  const deck = contentTerms(lines[far], language);
  let shared = 0;
  for (const w of contentTerms(lines[top], language)) if (deck.has(w)) shared++;
  return shared >= DECK_SHARED ? top : far;
}

/** How many paragraphs right under a header make the article's opening. */
const OPENING_UNDER_HEADER = 2;

/**
 * Headline / standfirst / "By Jane Roe ⋅ Updated November 18, 2025" / two paragraphs: does the
 * article's prose start right under the line's header (its last byline or stamp line within reach)?
 * A headline shown again over the article stands between a header and its prose; here none does.
 */
function proseUnderItsHeader(lines: string[], blocks: HeadlineBlock[], i: number): boolean {
  let header = -1;
  for (let j = i + 1; j < lines.length && j <= i + FULL_HEADER_LINES; j++) if (headerLine(lines[j], blocks[j].features) || bylineWithItsDate(lines[j], blocks[j].features)) header = j;
  if (header === -1 || header + OPENING_UNDER_HEADER >= lines.length) return false;
  for (let j = header + 1; j <= header + OPENING_UNDER_HEADER; j++) if (blocks[j].cls !== 'good') return false;
  return true;
}

/** How far under a headline its standfirst may stand. */
const STANDFIRST_REACH = 3;

/**
 * Does a byline or a date stand right under the line? One above it may be the header of a headline
 * further up (a box's title under the article's stamp), so it does not count.
 */
function hasItsHeader(lines: string[], blocks: HeadlineBlock[], i: number, shapeOf: ShapeOf): boolean {
  return headerFollows(lines, blocks, i, true, shapeOf) !== null;
}

/**
 * The headline-shaped line, above line `below` (the run's start, or the chosen line when the run
 * opened above it on a blurb) and nearest it, under which the article's full header stands: a byline
 * and a date both (with at most a standfirst or furniture between), whose words the article's first
 * paragraphs use most. A page shows the article's header once; a chosen line with no header of its
 * own (a menu's entry, a table's row, a box's title) loses to it. With `withUnder`, the words of the
 * paragraphs under the line count as the article's too. null if none.
 */
function headlineOverFullHeader(lines: string[], blocks: HeadlineBlock[], below: number, start: number, end: number, language: Language, shapeOf: ShapeOf, withUnder = false): number | null {
  const paragraphs = firstParagraphs(blocks, start, end, SPREAD_PARAGRAPHS);
  // The first paragraphs' terms are read only once a line passes the cheap tests (on most pages none does).
  let articleTerms: Set<string> | undefined;
  const article = () => (articleTerms ??= language.cjk ? contentTerms(paragraphs.map((j) => lines[j]).join(' '), language) : new Set(paragraphs.flatMap((j) => [...contentTerms(lines[j], language)])));
  for (let i = below - 1; i >= 0; i--) {
    // A caption ending on its credit stands over the byline and the date as a headline does: it is none.
    if (blocks[i].cls === 'good' || blocks[i].features.words < 3 || FULL_STOP.test(lines[i]) || !shapeOf(i, language.cjk) || roleUnderItsName(lines, blocks, i) || endsOnPhotoCredit(lines[i])) continue;
    if (!fullHeaderFollows(lines, blocks, i, shapeOf, language.cjk) || inListOfDatedStories(lines, blocks, i, language.cjk, shapeOf)) continue;
    const terms = contentTerms(lines[i], language);
    let shared = 0;
    const under = withUnder ? termsUnder(lines, blocks, i, language) : new Set<string>();
    const articleHas = article();
    for (const t of terms) if (articleHas.has(t) || under.has(t)) shared++;
    if (shared >= (withUnder ? UNDER_SHARED : 2) && shared >= FAR_SHARE * terms.size) return i;
  }
  return null;
}

/**
 * How many of its words a far line must share with the paragraphs under it, at least, when they count:
 * a table's row over a row of figures ("12% of reviews were negative") shares its two with them.
 */
const UNDER_SHARED = 3;
/** How much of its words, at least, the paragraphs under a line with its byline or date right under it use (four of nine). */
const UNDER_SHARE = 0.44;
/** How many of its words the paragraphs under a line the article's full header follows must use, at least. */
const UNDER_HEADED_SHARED = 2;

/** The terms of the first paragraphs under line `i`, anywhere on the page. */
function termsUnder(lines: string[], blocks: HeadlineBlock[], i: number, language: Language): Set<string> {
  const under = firstParagraphs(blocks, i + 1, lines.length - 1, SPREAD_PARAGRAPHS);
  return language.cjk ? contentTerms(under.map((j) => lines[j]).join(' '), language) : new Set(under.flatMap((j) => [...contentTerms(lines[j], language)]));
}

/** How far above the chosen line, past its header and the page's buttons, the headline they stand under may be. */
const PAST_FURNITURE_REACH = 16;
/** How many words a piece of a header set over lines of its own has at most ("By", "Jane Roe", "Date"). */
const HEADER_PIECE_WORDS = 2;

/**
 * "Robot Beats Nurses at Finding a Vein" / "By" / "Jane Roe" / "Date" / "February 5, 2030" /
 * "Share" … "Print" / the chosen line: with nothing between but the header's pieces and the page's
 * buttons, the line over the article's full header (a byline and a date both) is the headline,
 * however few of its words the article uses (a headline may play on its story), and a chosen line
 * with no header of its own under the buttons is its deck, or a row of the post's tags under its label
 * ("Tags:"). null if there is none.
 */
function headedOverFurnitureAbove(lines: string[], blocks: HeadlineBlock[], chosen: number, shapeOf: ShapeOf, cjk: boolean): number | null {
  // A stamp right over the chosen line, or a byline or date under it, is its own header.
  const over = chosen - 1;
  if (over < 0 || hasItsHeader(lines, blocks, chosen, shapeOf) || headerLine(lines[over], blocks[over].features) || blocks[over].features.dateLine) return null;
  for (let i = chosen - 1; i >= 0 && chosen - i <= PAST_FURNITURE_REACH; i--) {
    const f = blocks[i].features;
    if (blocks[i].cls === 'bad' || headerLine(lines[i], f) || (blocks[i].cls === 'short' && f.words <= HEADER_PIECE_WORDS)) continue;
    if (blocks[i].cls === 'good' || f.words < 3 || FULL_STOP.test(lines[i]) || !shapeOf(i, cjk) || endsOnPhotoCredit(lines[i])) return null;
    // The header that line's own, all of it above the chosen line: the lines from the chosen one down are not read.
    return fullHeaderFollows(lines.slice(0, chosen), blocks.slice(0, chosen), i, shapeOf, cjk) ? i : null;
  }
  return null;
}

/** How many lines under a headline its full header may take. */
const FULL_HEADER_LINES = 5;

/** Do a byline and a date both follow the line, with at most two lines of other text (a standfirst, a credit) between? */
function fullHeaderFollows(lines: string[], blocks: HeadlineBlock[], i: number, shapeOf: ShapeOf, cjk: boolean): boolean {
  let author = false;
  let date = false;
  let other = 0;
  for (let j = i + 1; j < lines.length && j <= i + FULL_HEADER_LINES; j++) {
    const f = blocks[j].features;
    const byline = isAuthorLine(lines[j], f) || nameOverStamp(lines, blocks, j) || bylineWithItsDate(lines[j], f);
    const dated = f.dateLine || f.age || startsWithStamp(lines[j]) || (headerLine(lines[j], f) && findFullDates(lines[j]).length > 0);
    author ||= byline;
    date ||= dated;
    if (author && date) return true;
    if (byline || dated || (blocks[j].cls === 'bad' && f.words <= 6)) continue;
    // "By" alone, then the name.
    if (author && NAME_ALONE.test(lines[j])) continue;
    // Another headline between: the header is that one's. Not a line between the byline right under
    // the line and the date right under it: the header is one, that line its deck (a headline over a
    // byline and another under it has no date of its own between).
    if (f.words >= 3 && blocks[j].cls !== 'good' && !FULL_STOP.test(lines[j]) && shapeOf(j, cjk) && !deckInsideTheHeader(lines, blocks, i, j)) return false;
    if (++other > 2) return false;
  }
  return false;
}
/** How many words a byline row that carries its date may have, at most. */
const DATED_BYLINE_WORDS = 30;

/**
 * "By Jane Roe, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by John Doe": the byline and
 * the date as one row, longer than a byline alone may be (isAuthorLine), with the name right after the label.
 */
function bylineWithItsDate(line: string, f: BlockFeatures): boolean {
  return f.words <= DATED_BYLINE_WORDS && BY_THEN_NAME.test(line) && !NOT_A_NAME_AFTER_BY.test(line) && findFullDates(line).length > 0;
}
/** A `by` label in any case, then a capitalised name's first word ("By Jane", "von Anna", "POR Ana"). */
const BY_THEN_NAME = new RegExp(`^(?:${anyCasePattern(BY_LABELS)})\\s*[:：]?\\s*\\p{Lu}\\p{Ll}`, 'u');
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’.-]+|van|von|de|da|di|del|der)){1,3}$/u;

/**
 * "<headline>" / "By Jane Roe" / "Fast seed doubled the harvest" / "November 20, 2025": is line `j`
 * a deck between the byline right under line `i` and the date right under `j`?
 */
function deckInsideTheHeader(lines: string[], blocks: HeadlineBlock[], i: number, j: number): boolean {
  if (j !== i + 2 || j + 1 >= lines.length || !isAuthorLine(lines[i + 1], blocks[i + 1].features)) return false;
  const d = blocks[j + 1].features;
  return d.dateLine || d.age || startsWithStamp(lines[j + 1]);
}

/** How far above the run, and into it, a headline with its byline or date is looked for when none was found near. */
const FAR_LOOK_BACK = 400;
const FAR_LOOK_INSIDE = 60;
/** How much of such a line's words the article's first paragraphs must use. */
const FAR_SHARE = 0.6;

/**
 * When no line near the run's start looks like its headline (the run started in a menu, a blurb or
 * a box of other stories): the headline-shaped line, further up or down, that the article's own
 * byline or date follows and whose words the article's first paragraphs use most (most of them at
 * least). The nearest to the run's start wins a tie. -1 if there is none.
 */
function headlineWithItsHeader(lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language, lower: string[]): number {
  const shapeOf = shapeMemo(lines, blocks);
  const paragraphs = firstParagraphs(blocks, start, end, SPREAD_PARAGRAPHS);
  // The first paragraphs' terms are read only once a line passes the cheap tests (on most pages none does).
  let articleTerms: Set<string> | undefined;
  const article = () => (articleTerms ??= language.cjk ? contentTerms(paragraphs.map((j) => lines[j]).join(' '), language) : new Set(paragraphs.flatMap((j) => [...contentTerms(lines[j], language)])));
  let best = { index: -1, share: FAR_SHARE - 1e-9, distance: Infinity };
  for (let i = Math.max(0, start - FAR_LOOK_BACK); i <= end && i <= start + FAR_LOOK_INSIDE; i++) {
    if (blocks[i].cls === 'good' || FULL_STOP.test(lines[i]) || paragraphs.includes(i) || !shapeOf(i, language.cjk) || roleUnderItsName(lines, blocks, i) || nameUnderByLabel(lines, lower, i) || endsOnPhotoCredit(lines[i])) continue;
    if (!headerFollows(lines, blocks, i, true, shapeOf) && !headerAbove(lines, blocks, i)) continue;
    const terms = contentTerms(lines[i], language);
    if (terms.size < 2) continue;
    let shared = 0;
    const articleHas = article();
    for (const t of terms) if (articleHas.has(t)) shared++;
    const share = shared / terms.size;
    const distance = Math.abs(i - start);
    if (shared >= 2 && (share > best.share || (share === best.share && distance < best.distance))) best = { index: i, share, distance };
  }
  return headlineOverItsStandfirst(lines, blocks, best.index, article, language, shapeOf);
}

/**
 * "<headline>" / "<its standfirst>" / "Author of the article:" / "Jane Roe": when the line found far
 * from the run has its header right under it and the line right over it is a headline with that
 * header past it (the line its standfirst), that line over it is the headline. Not one of a list of
 * like lines (another story's title over the headline), and it names a word of the article.
 */
function headlineOverItsStandfirst(lines: string[], blocks: HeadlineBlock[], i: number, article: () => Set<string>, language: Language, shapeOf: ShapeOf): number {
  const top = i - 1;
  if (top < 0 || blocks[top].cls === 'good' || blocks[top].features.words < 4 || FULL_STOP.test(lines[top]) || !shapeOf(top, language.cjk)) return i;
  if (headerFollows(lines, blocks, i, true, shapeOf) !== 'next' || headerFollows(lines, blocks, top, true, shapeOf) !== 'near') return i;
  if (likeLine(lines, blocks, top - 1, language.cjk, shapeOf)) return i;
  const articleHas = article();
  for (const t of contentTerms(lines[top], language)) if (articleHas.has(t)) return top;
  return i;
}

/**
 * Every line weighed as the headline, with its score, nearest the article first. `lower` is the lines
 * in lower case, when the caller has them already. `skipped`, which only the bench passes
 * (headline-probe.ts), is told each weighed line a rule left unscored and that rule.
 */
export function scoreHeadlineCandidates(lines: string[], blocks: HeadlineBlock[], start: number, end: number, language: Language, lower?: string[], skipped?: Map<number, SkipRule>): { index: number; score: number }[] {
  const out: { index: number; score: number }[] = [];
  if (start < 0) return out;
  // Candidates ask about their neighbours and the neighbours about theirs: each line's shape is
  // judged once.
  const shapeOf = shapeMemo(lines, blocks);
  const prose = (i: number) => blocks[i].cls === 'good' && !headerLine(lines[i], blocks[i].features);
  // The headline stands above the article's first paragraph of prose, which may come some lines
  // after the run's start (a standfirst, a caption, the headline itself, a menu the run took in).
  // Only lines with something to say count: a date, "Share" or a counter between them does not.
  let last = start;
  for (let inside = 0; last < end && last < start + LOOK_INSIDE_LINES && !prose(last); last++) {
    if (blocks[last].cls !== 'bad' && blocks[last].features.words >= 3 && ++inside > LOOK_INSIDE) break;
  }
  // A run that opens on a site's blurb ("X is supported by its readers…", a notice about the reader's
  // browser) has the headline after it, with its byline or date beside it, or right over paragraphs
  // that use its words and not the blurb's.
  let underTheOpening = -1;
  // A run that opens on the headline itself (long enough to be taken for prose, but with no full stop),
  // over its deck (a sentence) and the article's byline or date: the opening line is the headline.
  // The deck may end on an exclamation ("…in one weekend!"): it is the line of prose under the headline.
  const opensOnItsHeadline = last === start && prose(start) && shapeOf(start, language.cjk) && deckThenHeader(lines, blocks, start, SENTENCE_END);
  // "Book Beat: Gothic Romance & More" / "by Amanda · Dec 20, 2025 · One comment" / the run's opening:
  // a headline-shaped line and its dated byline or stamp right over the run's first paragraph make
  // that paragraph the article's lead, no blurb and no teaser: a line under it (a book's title over
  // its "Author:" in a review) is a sub-heading of the article, not its headline found lower down.
  const openingUnderItsHeader = start > 1 && headerLine(lines[start - 1], blocks[start - 1].features) && (blocks[start - 1].features.dateLine || findFullDates(lines[start - 1]).length > 0) && !FULL_STOP.test(lines[start - 2]) && shapeOf(start - 2, language.cjk);
  if (last === start && prose(start) && !opensOnItsHeadline && !openingUnderItsHeader) {
    for (let i = start + 1; i <= end && i <= start + LOOK_INSIDE && !prose(i); i++) {
      // The author's bare name over the date is the byline, no headline.
      if (shapeOf(i, language.cjk) && !nameOverStamp(lines, blocks, i) && (headerFollows(lines, blocks, i, false, shapeOf) === 'next' || deckThenHeader(lines, blocks, i) || headerAbove(lines, blocks, i) || overTextApartFromTheOpening(lines, blocks, i, start, end, language))) last = underTheOpening = i;
    }
  }
  // The article's lead: its first lines of prose, from just above its first real paragraph.
  // A writer's biography under the byline (the author's box, between the byline and the date) is no
  // part of the article's lead: the headline over the byline shares the article's words, not the writer's.
  const lead = firstParagraphs(blocks, prose(last) ? Math.max(start, last - 2) : start, end, 3, (j) => biographyUnderItsName(lines, j));
  // A run that opens on the article's header (its headline and deck over the byline, "By" alone on its
  // line) has those lines for its lead: the paragraphs under the byline are the article's lead too.
  if (!prose(last)) {
    const byline = bylineInsideTheOpening(lines, blocks, start, last);
    if (byline !== -1) for (const j of firstParagraphs(blocks, byline + 1, end, 3, (k) => biographyUnderItsName(lines, k) || blocks[k].features.caption)) if (!lead.includes(j)) lead.push(j);
  }
  // Each line's terms are read once: candidates and the lead ask for the same lines again.
  const lowered = lower ?? lines.map((l) => l.toLowerCase());
  const termsByLine = new Map<number, Set<string>>();
  const lineTerms = (i: number) => {
    let terms = termsByLine.get(i);
    if (!terms) termsByLine.set(i, (terms = contentTerms(lines[i], language, lowered[i])));
    return terms;
  };
  // Outside CJK a text's terms are the union of its lines' terms (no word spans two lines), so a
  // term is in the lead when it is in one of its lines: the lines are asked, no union is built. CJK
  // character pairs do span lines, so there the joined text is read.
  const cjkTerms = new Map<number, Set<string>>();
  const cjkLeadTerms = (without: number) => {
    let terms = cjkTerms.get(without);
    if (!terms) cjkTerms.set(without, (terms = contentTerms(lead.filter((j) => j !== without).map((j) => lines[j]).join(' '), language)));
    return terms;
  };
  /** Is the term in the lead (without line `without`, when the lead holds it: a candidate is measured against the rest)? */
  // Outside CJK a line's terms are words of the line in lower case: a term not in that text is none
  // of its terms, and the line's terms need not be read (long paragraphs are most of the work). CJK
  // character pairs may span a mark the pairs skip.
  // Once a line's terms are read, they answer (a long paragraph is asked for many terms).
  const hasTerm = (j: number, t: string) => {
    const terms = termsByLine.get(j);
    if (terms) return terms.has(t);
    return (language.cjk || lowered[j].includes(t)) && lineTerms(j).has(t);
  };
  const inLead = (t: string, without = -1): boolean => {
    if (language.cjk) return cjkLeadTerms(lead.includes(without) ? without : -1).has(t);
    for (const j of lead) if (j !== without && hasTerm(j, t)) return true;
    return false;
  };
  // How many of the article's first paragraphs use each term: a headline's words run through the
  // article, a clip's or a photo's title shares its words with its own caption only.
  const spreadLines = firstParagraphs(blocks, lead[0] ?? start, end, SPREAD_PARAGRAPHS, (j) => biographyUnderItsName(lines, j));
  const spread = (t: string) => {
    let n = 0;
    for (const p of spreadLines) if (hasTerm(p, t)) n++;
    return n;
  };
  /** The terms of the first paragraphs under line `i`. */
  const paragraphsUnder = (i: number): Set<string> => {
    const under = firstParagraphs(blocks, i + 1, end);
    if (language.cjk) return contentTerms(under.map((j) => lines[j]).join(' '), language);
    const terms = new Set<string>();
    for (const j of under) for (const t of lineTerms(j)) terms.add(t);
    return terms;
  };
  /** Is the line over its deck (a sentence or two), which its byline or date follows? */
  const overDeck = (i: number) => blocks[i + 1]?.cls === 'good' && headerOf(i) === 'near';
  /**
   * Do the paragraphs under line `i` use two of its words or more, and close to half of them at least
   * (UNDER_SHARE: a long headline says more than its paragraphs' words: "…why singing at work keeps spirits up")?
   */
  const mostlyUnder = (i: number) => {
    const under = paragraphsUnder(i);
    const terms = lineTerms(i);
    let hits = 0;
    for (const t of terms) if (under.has(t)) hits++;
    return hits >= 2 && hits >= UNDER_SHARE * terms.size;
  };
  /**
   * How many of the line's terms have a kin word (kin-words.ts) in the lead, without the line itself.
   * Asked only of a line that shares no word as written; its cost is bounded by the lead's three paragraphs.
   */
  const kinHits = (i: number, terms: Set<string>) => {
    const leadWords: string[] = [];
    for (const j of lead) if (j !== i) for (const t of lineTerms(j)) leadWords.push(t);
    let n = 0;
    for (const t of terms) if (!gluedWord(lines[i], lowered[i], t) && leadWords.some((w) => kinWords(t, w))) n++;
    return n;
  };
  const shaped = (i: number) => i >= 0 && i < lines.length && shapeOf(i, language.cjk);
  const sharesWords = (i: number) => {
    for (const t of lineTerms(i)) if (inLead(t)) return true;
    return false;
  };
  /** The share of the line's terms the article's lead uses. */
  const leadShare = (i: number) => {
    const terms = lineTerms(i);
    let n = 0;
    for (const t of terms) if (inLead(t, i)) n++;
    return terms.size === 0 ? 0 : n / terms.size;
  };
  const echoedAt = echoMemo(lowered);
  /**
   * Does the page write line `i` as a line of its own twice more? A menu's entry is (in the wide menu
   * and the narrow one); a headline is written once more at most as a line, its other echoes inside
   * longer lines (a share text, a breadcrumb). Asked only of echoed lines.
   */
  const writtenAsLineTwiceMore = (i: number) => {
    let n = 0;
    for (let j = 0; j < lowered.length; j++) if (j !== i && lowered[j] === lowered[i] && ++n >= 2) return true;
    return false;
  };
  const inRepeatedMenu = repeatedMenuMemo(lowered, blocks);
  const menuEntryElsewhere = menuEntryElsewhereMemo(lowered, blocks);
  /** How many terms lines `a` and `b` share. */
  const sharedTerms = (a: number, b: number) => {
    const other = lineTerms(b);
    let n = 0;
    for (const t of lineTerms(a)) if (other.has(t)) n++;
    return n;
  };
  /**
   * The line that stands as headline over line `i`, its standfirst: the nearest line above (past
   * furniture and a notice that shares no word with the article) shaped like a headline, of five
   * words or more (fewer make a kicker), not held in `i`, sharing the article's words, with no full
   * stop, not under two like lines, and shorter than `i` by a few words (a standfirst is a sentence).
   */
  const headlineOverStandfirst = (i: number, overItsHeader: boolean): number => {
    const words = blocks[i].features.words;
    for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
      // main-text may have classed the headline itself as furniture above the stamp (a long Title-Case
      // line over a shorter deck reads like a standfirst): its shape still counts.
      if (blocks[j].cls === 'bad' && !shaped(j)) continue;
      // Over a standfirst (a sentence, with its full stop) with its byline or date right under it, the
      // page's buttons of a word or two ("Post", "Share") may stand between it and its headline:
      // furniture too, whatever their class. A line with no full stop there is a headline itself.
      if (overItsHeader && FULL_STOP.test(lines[i]) && blocks[j].features.words <= BUTTON_WORDS && !shaped(j)) continue;
      seen++;
      // A teaser that opens with its age ("1h agoThe…") is an entry of a list of the latest stories.
      if (!shaped(j) || blocks[j].cls === 'good' || FULL_STOP.test(lines[j]) || AGED_TEASER.test(lines[j])) return -1;
      if (!sharesWords(j)) continue;
      const f = blocks[j].features;
      // A kicker names the story's subject, which the headline under it holds ("Dancing With the Stars"),
      // or leads into it with a dash ("Valley floods –").
      if (lowered[i].includes(lowered[j]) || withoutTrailingDash(lines[j]) !== lines[j].trimEnd()) return -1;
      // A section's name right over the line ("HARBOR RANKING R&D" over a longer Title-Case line) is
      // no headline over its standfirst: the line is the headline (sectionLabelOver below).
      if (j === i - 1 && sectionLabelOver(lines, blocks, j, shapeOf, language.cjk)) return -1;
      // Two like lines above it too: the last of a list of other stories or a menu.
      const like = (k: number) => lines[k] !== lines[j] && likeLine(lines, blocks, k, language.cjk, shapeOf, j);
      // A deck in Title Case is the headline's short form: the headline over it is the longer line,
      // which tells the same story (a word of the deck, or a headline's share of the article's words;
      // another story's title in a list over the headline has neither).
      // Not when a short sentence stands under it: that is its own standfirst, and it the headline.
      const titleCaseDeck = blocks[i].features.capitalShare >= 0.6 && f.capitalShare >= 0.6 && f.words > words && !(blocks[i + 1]?.cls === 'near' && FULL_STOP.test(lines[i + 1])) && (sharedTerms(i, j) > 0 || leadShare(j) >= TITLE_DECK_LEAD_SHARE);
      // Over a deck in sentence case, four words make a headline ("Making Public Fonts Flex"); over a
      // Title-Case line, which is a headline itself, they are a kicker or a newsletter's name.
      // A standfirst as long as its headline, or longer, that goes on with two of its words or more
      // tells the same story: the headline is the line over it (a deck need not be longer by much).
      // Not when the line over it is made of its words only (a short form of the same line) or lists
      // three things or more (the post's categories, which name its subject too).
      const shared = f.words <= words && (lines[j].match(/,/g) ?? []).length < 2 ? sharedTerms(i, j) : 0;
      const retold = shared >= 2 && shared < lineTerms(j).size;
      // Under a row of buttons or menu entries, the line is the headline still when its words are the
      // article's more than the standfirst's are: a deck says what the article does, its headline names
      // the subject the article is about.
      // A standfirst that retells the line (two of its words and more) makes the two a pair: the line is no menu's entry.
      const underLikeLines = like(j - 1) && like(j - 2) && !retold && !(leadShare(j) >= HEADLINE_LEAD_SHARE && leadShare(j) > leadShare(i));
      // A deck shorter than its headline: right under a longer line, a line in sentence case with no
      // full stop is that headline's short deck (a kicker over a headline is the shorter of the two).
      // Not a line in Title Case (a headline itself, under a site's blurb or a menu run together), a
      // quotation (a headline of its own), nor a short form of the line over it (half its words or
      // more are that line's: the line over it adds a kicker to it; a deck tells the story in other words).
      // Nor under a line in Title Case (.6 of its words capitalised or more): a page that writes its
      // headline so writes no sentence-case deck under it, and the line is another story's title (a
      // menu's last teaser, "… Grab the Hottest Early Deals Here") over the headline.
      // Nor under a line of markup a scraper left (`<div …><p>…</p></div>`, mostly tags or not): no
      // headline holds a tag, though the text between the tags runs long.
      const shortDeck =
        j === i - 1 &&
        f.words >= words + SHORT_DECK_BY &&
        !f.markup &&
        !(lines[j].includes('<') && HTML_TAG.test(lines[j])) &&
        f.capitalShare < TITLE_CASE_SHARE &&
        !FULL_STOP.test(lines[i]) &&
        (blocks[i].features.capitalShare < 0.5 || CAPITALISED_NOUNS.has(language.lang)) &&
        !wholeQuotation(lines[i]) &&
        2 * sharedTerms(i, j) < lineTerms(i).size;
      if (f.words < (blocks[i].features.capitalShare < 0.5 || CAPITALISED_NOUNS.has(language.lang) ? 4 : 5) || (f.words + STANDFIRST_LONGER > words && !titleCaseDeck && !retold && !shortDeck) || !/\p{Ll}/u.test(lines[j]) || underLikeLines) return -1;
      return j;
    }
    return -1;
  };
  /**
   * The headline whose header (a byline and a stamp, or one of them, nothing else between) line `i`
   * stands right under: a line of a headline's shape, of four words or more, with no full stop, not
   * one of a run of like lines nor of a list of dated stories, sharing a word with the article, whose
   * byline or stamp follows it right away, or past its deck (a sentence). -1 if there is none.
   */
  const headlineOverItsHeader = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && i - j <= HEADER_LINES && (headerLine(lines[j], blocks[j].features) || blocks[j].features.age || (blocks[j].cls === 'bad' && !shaped(j)))) j--;
    if (j < 0 || j === i - 1 || i - j > HEADER_LINES) return -1;
    // Headline, its deck (a sentence), then the header: the headline is the line over the deck.
    const overDeck = j > 0 && FULL_STOP.test(lines[j]) && blocks[j].features.words <= DECK_MAX_WORDS;
    if (overDeck) j--;
    if (blocks[j].cls === 'good' || !shaped(j) || blocks[j].features.words < 4 || FULL_STOP.test(lines[j])) return -1;
    // A line that shares no word with the article is another header's (a breadcrumb, a box of other
    // stories); so is one of a list of dated stories, each with its date.
    if (headerOf(j) !== (overDeck ? 'near' : 'next') || !sharesWords(j) || inRunOfLikeLines(lines, blocks, j, language.cjk, shapeOf) || inListOfDatedStories(lines, blocks, j, language.cjk, shapeOf)) return -1;
    return j;
  };
  /**
   * Down in the run, past its opening (a site's blurb, a menu's descriptions) with no paragraph
   * between: a line of four words or more that the article's full header follows (a byline and a
   * date both, a standfirst or a label between at most), whose words the paragraphs under it use
   * (two at least). A headline's standfirst may say it in other words, so half of them need not be theirs.
   */
  // Asked when the lines down in the run are gathered and again when they are scored: answered once.
  const headedKnown = new Map<number, boolean>();
  const headedOverItsArticle = (i: number): boolean => {
    let answer = headedKnown.get(i);
    if (answer === undefined) headedKnown.set(i, (answer = headedOverItsArticleNow(i)));
    return answer;
  };
  const headedOverItsArticleNow = (i: number): boolean => {
    if (blocks[i].features.words < 4 || FULL_STOP.test(lines[i]) || !fullHeaderFollows(lines, blocks, i, shapeOf, language.cjk)) return false;
    const under = paragraphsUnder(i);
    let hits = 0;
    for (const t of lineTerms(i)) if (under.has(t)) hits++;
    return hits >= UNDER_HEADED_SHARED;
  };
  /**
   * Under a box heading ("Trending") and its entries, with no paragraph between: does the article's
   * full header follow line `i`, which is none of a list of dated stories and stands under no
   * headline of the box (a line of four words or more, no full stop: then `i` is that one's deck)?
   */
  const headsTheArticleUnderABox = (i: number): boolean => {
    if (!fullHeaderFollows(lines, blocks, i, shapeOf, language.cjk) || inListOfDatedStories(lines, blocks, i, language.cjk, shapeOf)) return false;
    return !headlineOfItsOwn(i - 1);
  };
  /** Is line `k` a headline that a line under it would be the deck of (its shape, four words or more, no full stop)? */
  const headlineOfItsOwn = (k: number): boolean => k >= 0 && blocks[k].features.words >= 4 && !FULL_STOP.test(lines[k]) && shaped(k);
  const standfirsts: { standfirst: number; headline: number }[] = [];
  const aloneFarAbove: number[] = [];
  const overTheRun: number[] = [];
  const headed: number[] = [];
  const headerless: number[] = [];
  const stampedInLikeRun: number[] = [];
  const sectionLabels: { index: number; credit: number }[] = [];
  const menuLabelsNear: number[] = [];
  const headedInLikeRun: { index: number; credit: number }[] = [];
  // A name that is a byline is not the article's subject: a short headline over the date is, and a
  // kicker over it is no headline.
  const headerOf = (i: number) => headerFollows(lines, blocks, i, lines[i - 1] === lines[i] || !likeLine(lines, blocks, i - 1, language.cjk, shapeOf, i), shapeOf, (j) => blocks[i].features.words >= 5 && !sharesWords(j));
  // Lines from the article's first paragraph up, each with how many lines of text stand between it
  // and the run (nearest first).
  const order: { i: number; distance: number; passed: number }[] = [];
  for (let i = last, distance = 0; i >= 0 && distance <= LOOK_BACK; i--) {
    if (i < start && blocks[i].cls !== 'bad') distance++;
    order.push({ i, distance, passed: 0 });
  }
  /** The highest line weighed: the look up stopped there. */
  const highest = order[order.length - 1].i;
  // A run that opened on other stories' teasers (a paragraph-long summary each) has the article's
  // headline a few lines further down, with its byline or date right under it. Not a run that opens
  // under the article's header (openingUnderItsHeader).
  let passed = 0;
  for (let i = last + 1; !(last === start && openingUnderItsHeader) && i <= end && i <= last + LATER_LINES && passed <= LATER_PARAGRAPHS; i++) {
    if (blocks[i].cls === 'good') passed++;
    // The author's bare name over the date is the byline under the article's headline, none itself.
    else if (nameOverStamp(lines, blocks, i)) continue;
    else if (passed > 0 && shaped(i) && headerOf(i) === 'next') order.push({ i, distance: 0, passed });
    // Above the first paragraph, past more lines than the run's opening is looked into (teasers the
    // run took in): a line right under a date or a byline, as a headline under its stamp stands.
    // Or a line with its byline or date right under it, past the site's blurb the run opened on,
    // whose words are most of them the paragraphs' under it.
    else if (passed === 0 && shaped(i) && (headerAbove(lines, blocks, i) || ((headerOf(i) === 'next' || overDeck(i)) && mostlyUnder(i)) || headedOverItsArticle(i))) order.push({ i, distance: 0, passed });
  }
  // A run that opened on a site's promotions and a menu under them: the article's headline, with no
  // header of its own, right over the first paragraphs in a row further down (headline-past-a-menu.ts).
  const pastAMenu = headlinePastAMenu(blocks, last, end, (i) => blocks[i].cls !== 'good' && blocks[i].features.words >= 4 && !FULL_STOP.test(lines[i]) && shaped(i), mostlyUnder);
  if (pastAMenu !== -1 && !order.some((o) => o.i === pastAMenu)) order.push({ i: pastAMenu, distance: 0, passed: 0 });
  for (const { i, distance, passed } of order) {
    const f = blocks[i].features;
    // Right under a writer's biography under the byline: the author's box's link ("Learn more about
    // our editorial process"), over the date as a headline would stand, never the headline.
    // Each rule that leaves the line unscored tells the bench's record which it was (`skipped`, unset in the ingest).
    if (!shaped(i)) {
      skipped?.set(i, 'shape');
      continue;
    }
    if (nameUnderByLabel(lines, lowered, i)) {
      skipped?.set(i, 'name-under-by');
      continue;
    }
    if (i > 0 && biographyUnderItsName(lines, i - 1)) {
      skipped?.set(i, 'under-bio');
      continue;
    }
    // "Jane Roe" / "2. Okt. 2022" / "<headline>": the author's bare name over the date, over a line of a
    // headline's shape, is that headline's byline set above it.
    if (i + 2 < lines.length && nameOverStamp(lines, blocks, i) && headlineOfItsOwn(i + 2) && blocks[i + 2].cls !== 'good') {
      skipped?.set(i, 'byline-above');
      continue;
    }
    // A long headline reads like prose, but has no full stop and its byline or date right under it.
    if (blocks[i].cls === 'good' && !(i === start && opensOnItsHeadline) && (i >= last || FULL_STOP.test(lines[i]) || headerOf(i) !== 'next')) {
      skipped?.set(i, i >= last ? 'prose-below' : FULL_STOP.test(lines[i]) ? 'prose-stop' : 'prose-no-header');
      continue;
    }
    const header = headerOf(i);
    // Over a photo's credit alone on its line, with no byline or date under that: the picture's
    // caption, which shares the article's words as its headline does.
    if (overCredit(lines, blocks, i)) {
      skipped?.set(i, 'over-credit');
      continue;
    }
    // Under a photo's credit alone on its line, a sentence with its full stop: the picture's caption
    // ("Foto: Jane Roe" / "The mayor at the harbour."), which a headline never is.
    if (underCredit(lines, blocks, i)) {
      skipped?.set(i, 'under-credit');
      continue;
    }
    // Another story's headline run into its summary, unless the article's own byline follows: Title
    // Case with a unit ("4K at Launch") or a brand ("AirPods and") looks fused too.
    // A bare age under it ("7 hours ago") is how lists of other stories date their teasers.
    if (f.fusedTeaser && (header !== 'next' || (blocks[i + 1]?.features.age && !headerLine(lines[i + 1], blocks[i + 1].features)))) {
      skipped?.set(i, 'fused-teaser');
      continue;
    }
    const fullStop = FULL_STOP.test(lines[i]);
    const titleCase = f.capitalShare >= 0.6 && f.words >= 3;
    const repeated = lowered[i - 1] === lowered[i] || lowered[i + 1] === lowered[i];
    const stampAbove = headerAbove(lines, blocks, i);
    // Inside the run, a line is the headline only with a headline's marks: the article's header
    // under it or above it, a copy beside it, Title Case, or standing under the blurb the run opened
    // on; otherwise it is the first paragraph.
    const headedLater = i > last && (headedOverItsArticle(i) || i === pastAMenu);
    // A line of more than twenty words reads as the first paragraph, unless it opens the run in
    // Title Case, with no full stop and the article's header under it: a long headline.
    const longHeadline = i === start && header !== null && titleCase && !fullStop;
    // The run's first line a question that main-text read as a sentence but not as prose: the run opened
    // on its headline, which asks what the article answers, though no header test reads what stands under
    // it (a section's label, then a bare date: "Familie" / "17/02/2022"). It is weighed like any line.
    const opensAsItsHeadline = i === start && blocks[i].cls === 'near' && ASKS.test(lines[i]);
    if (i >= start && f.words > 20 && !longHeadline) {
      skipped?.set(i, 'long-in-run');
      continue;
    }
    if (i >= start && !(header === 'next' || overDeck(i) || (i === start && opensOnItsHeadline) || opensAsItsHeadline || repeated || stampAbove || echoedAt(i) || (titleCase && !fullStop) || i === underTheOpening || headedLater)) {
      skipped?.set(i, 'unmarked-in-run');
      continue;
    }
    // The dressed-up form of another line nearby ("HomeNEWSBREAKING: <headline>", "Blog » <headline>"):
    // that line is the headline. Not when that line is an entry of a menu (like lines around it) and
    // the words around it here are no path or label (no separator): the headline says more than the
    // menu's name for its subject ("What is SEO? (Search Engine Optimization)").
    // A line that goes on from another, with no separator between ("What is X? Definition Explained"
    // after "What is X?"), is that line's full form, no dressed-up one.
    // A breadcrumb whose steps innerText ran together, the headline at its end with no space before it.
    if (endsGluedOnNearbyLine(lines, i)) {
      skipped?.set(i, 'glued-nearby');
      continue;
    }
    if (containsNearbyLine(lowered, i, (j) => !fullFormOf(lowered, i, j) && (!inRunOfLikeLines(lines, blocks, j, language.cjk, shapeOf) || SEPARATOR.test(lowered[i].replace(lowered[j], ' '))))) {
      skipped?.set(i, 'holds-nearby');
      continue;
    }
    const terms = lineTerms(i);
    let hits = 0;
    // A line down in the run, under the run's opening (other stories' teasers, a menu's blurbs),
    // with its byline or date right under it, is measured against the paragraphs under it: they are
    // its article if it is the headline. Not when the opening is a text of its own (two paragraphs
    // in a row: teasers come one at a time, between headlines), and only when most of its words are
    // theirs (a label over a byline shares a word or none).
    // So is a line the article's full header follows (its standfirst may tell the story in other
    // words), and one under a stamp.
    let below = i > last && (header === 'next' || headedLater || stampAbove) && !paragraphsInARow(blocks, last, i) ? paragraphsUnder(i) : null;
    if (below) {
      for (const t of terms) hits += below.has(t) ? 1 : 0;
      if (hits < 2 || (hits * 2 < terms.size && !headedLater)) below = null;
    }
    if (!below) {
      hits = 0;
      for (const t of terms) if (inLead(t, i)) hits++;
    }
    // A headline may share the lead's words only as a compound's part or another form of them
    // ("Klimaschutz" over "Klima"): those count, for less (kin-words.ts), when no word is shared as written.
    // Not in English, whose words take few forms and whose compounds are written apart: there a word's
    // other form is a menu's ("Festivals" over an article on a festival), and a headline uses the word itself.
    // Nor for a line with a date or a time in it ("23.01.2020", "00:11": a teaser's stamp, a row of the
    // post's fields): a word's kin is too weak a sign to take such a line for the headline.
    if (hits === 0 && !language.cjk && language.lang !== 'en' && !below && !DATE_OR_TIME.test(lines[i])) hits = KIN_WEIGHT * kinHits(i, terms);
    // A label right above a byline ("English Edition", "Print article") shares no word with the article.
    if (hits === 0 && !(header === 'next' && f.words >= 4)) {
      skipped?.set(i, 'no-shared-words');
      continue;
    }
    // Shared words over the line's words, but a two-word label matching is weaker evidence than a
    // ten-word headline matching.
    let score = hits / Math.max(terms.size, 6);
    // A line's own words count once: a sentence of the article does not recur by repeating itself.
    const own = spreadLines.includes(i) ? 1 : 0;
    let recurring = 0;
    if (below) {
      const spreadUnder = firstParagraphs(blocks, i + 1, end, SPREAD_PARAGRAPHS);
      for (const t of terms) {
        let n = 0;
        for (const p of spreadUnder) if (hasTerm(p, t)) n++;
        if (n >= 2) recurring++;
      }
    } else for (const t of terms) if (spread(t) - own >= 2) recurring++;
    score += SPREAD_WEIGHT * (recurring / Math.max(terms.size, 6));
    // A label of a word or three (a section, a box, a series) can stand above a byline too.
    const headerCredit = (header === 'next' ? 0.45 : header === 'near' ? 0.3 : 0) * (f.words <= 3 ? 0.5 : 1);
    score += headerCredit;
    if (hits === 0) score -= 0.2;
    if (stampAbove) score += 0.1;
    if (repeated) score += 0.1;
    // Title Case is a headline's shape in English; a full stop is a caption's or a standfirst's,
    // and so is a sentence end inside a long line, a colon that introduces what follows, or a
    // length no headline has.
    if (titleCase) score += 0.1;
    // An initialism's last dot ("… raise serious challenges for U.S.") ends no sentence.
    if (fullStop && !ENDS_ON_INITIALISM.test(lines[i])) score -= titleCase ? 0.15 : 0.35;
    else if (f.sentenceMarks > 0 && f.words >= 12 && !titleCase && !(header === 'next' && QUESTION_INSIDE.test(lines[i]))) score -= 0.3;
    if (/[:：]$/.test(lines[i])) score -= 0.3;
    if (f.words > 18) score -= 0.02 * (f.words - 18);
    // A kicker, a section name or a sub-heading in capitals (of any length: "HOW DO I PLAN THE ROUTE …?" over
    // the first section); a headline is written in the case of a title or a sentence.
    if (!/\p{Ll}/u.test(lines[i]) && /\p{Lu}/u.test(lines[i])) score -= 0.2;
    // A caption with its credit run onto its line ("… on Sunday. Jane Roe/Agency"), often right over the
    // byline or the date: a headline never ends on a credit.
    if (endsOnPhotoCredit(lines[i])) score -= CAPTION_WITH_CREDIT;
    // Pages repeat their headline: in the share text, a breadcrumb, the address of the page. A
    // menu's entry is repeated too, as a line of its own each time: that is no headline's echo.
    if (hits > 0 && f.words >= 5 && echoedAt(i) && !writtenAsLineTwiceMore(i)) score += 0.15;
    // "Home » News » <headline>" / "<headline>": a path the page shows right over the line ends on it.
    // A path names the page it leads to last: the page's own name for its article, whatever its site.
    if (hits > 0 && lastStepOfAPathAbove(lines, lowered, i)) score += PATH_END_CREDIT;
    const above = nearestAbove(blocks, i);
    // Under a "Video" or "Photos" label: the title of a clip or gallery the page shows, whose
    // caption below it shares its words.
    if (above !== -1 && MEDIA_LABEL.test(lines[above])) score -= 0.5;
    // Under "See also" or "Related", with no paragraph between and the article's text over the
    // heading (inBox): a story of a box of other stories.
    // Not right over the article's first paragraph with no stamp over it: a box's entries follow one
    // another, and the article under the line ends the box (the line is its headline).
    // Nor a line the article's full header follows (a byline and a date both): a box's entries have
    // no byline of their own, and the box ran on to the article's header with no paragraph between.
    if (inBox(lines, blocks, i) && !(i + 1 === last && prose(last) && !stampAbove) && !(header && headsTheArticleUnderABox(i))) score -= BOXED;
    // Under "Table of Contents", with no paragraph between: one of the article's sub-headings, listed.
    // Or, with no heading, one of a run of like lines each written again lower down: a list of the
    // article's sections (questions, steps), which it goes on to answer one by one.
    // The heading of such a list ("Top Questions") is the contents' too.
    if (inContents(lowered, blocks, i) || listedSection(lines, lowered, blocks, i, end, language.cjk, shapeOf) || (!header && listedSection(lines, lowered, blocks, i + 1, end, language.cjk, shapeOf)) || firstOfGluedContents(lowered, i)) score -= CONTENTS;
    // The line under a headline, before the byline, is its standfirst. Not under a name of a few words
    // that is no headline over a deck (underAName: "Giant Bomb News" past a comment counter, a tagline's
    // "from research organizations").
    if (header && above !== -1 && shaped(above) && blocks[above].features.words >= 3 && !underAName(lines, blocks, above, i) && !FULL_STOP.test(lines[above]) && sharesWords(above) && !inRunOfLikeLines(lines, blocks, above, language.cjk, shapeOf)) score -= 0.3;
    // One of a list of dated stories: like lines nearby with a date of their own under them.
    if (header === 'next' && inListOfDatedStories(lines, blocks, i, language.cjk, shapeOf)) score -= DATED_LIST;
    // One of a run of like lines with no header of its own: a list of other stories or a menu.
    // Not yet when its date stands right over it: that may be the article's stamp (stampedInLikeRun below).
    if (!header && inRunOfLikeLines(lines, blocks, i, language.cjk, shapeOf)) {
      if (stampAbove) stampedInLikeRun.push(i);
      else score -= LIKE_RUN;
    }
    // Among a menu's entries of a word or a few, far above the article, with no header of its own.
    else if (!header && !stampAbove && distance > MENU_DISTANCE && inMenu(lines, blocks, i)) score -= IN_MENU;
    // Nearer the article, a label of a word to three among them ("About Our News" in the site's menu
    // over the headline) is weighed once all lines are scored (menuLabelsNear below).
    else if (!header && !stampAbove && f.words <= MENU_LABEL_WORDS && !onlyFurnitureBetween(blocks, i, last) && inMenu(lines, blocks, i)) menuLabelsNear.push(i);
    // An entry of a menu the page shows twice (for wide screens and narrow ones), however near the article.
    // Also with the byline a line or two under it, past another entry: the article's list of sections,
    // shown twice, ends over its header, which is no entry's (a headline has its byline right under
    // it, or its standfirst between, never another entry): its credit goes too.
    if (header !== 'next' && !stampAbove && inRepeatedMenu(i)) score -= IN_REPEATED_MENU + (header === 'near' ? headerCredit : 0);
    score -= 0.005 * distance + LATER_COST * passed;
    // The last of a run of like lines right over the byline: the article's header, or a list of other
    // stories that ends over it (weighed once all lines are scored: headedInLikeRun below).
    if (header === 'next' && !stampAbove && inRunOfLikeLines(lines, blocks, i, language.cjk, shapeOf)) headedInLikeRun.push({ index: i, credit: headerCredit });
    // The author's role under the name is the header of what it stands over, never its headline:
    // what stands under it is under that header all the same.
    if (roleUnderItsName(lines, blocks, i)) {
      if (header) headed.push(i);
      skipped?.set(i, 'role-under-name');
      continue;
    }
    out.push({ index: i, score });
    if (f.words <= SECTION_LABEL_WORDS && menuEntryElsewhere(i)) sectionLabels.push({ index: i, credit: headerCredit });
    if (header !== 'next' && !stampAbove && i < MASTHEAD_TOP && distance >= MASTHEAD_DISTANCE) aloneFarAbove.push(i);
    if (!header && !stampAbove && i < last && distance <= OVER_THE_RUN && !fullStop && hits >= 2) overTheRun.push(i);
    if (!header && !stampAbove) headerless.push(i);
    else if (header) headed.push(i);
    // A standfirst stands over the byline, or right over the article's first paragraph.
    if (header || (i < last && onlyFurnitureBetween(blocks, i, last))) {
      const top = headlineOverStandfirst(i, header === 'next');
      if (top !== -1) standfirsts.push({ standfirst: i, headline: top });
    }
    // Under a byline and a stamp that a headline stands right over: the line is that headline's
    // standfirst or its picture's caption, however many of the article's words it uses.
    if (!header && stampAbove) {
      const top = headlineOverItsHeader(i);
      if (top !== -1) standfirsts.push({ standfirst: i, headline: top });
    }
  }
  // A label of a word to three among a menu's entries near the article ("About Our News", a city's
  // name in a box of e-mail alerts) shares the article's words as any name of its subject does: it
  // costs as a menu's entry when a longer line of a headline's shape (four words or more, no full
  // stop) scored over the floor. With none, the page is named by a short line among such labels (a
  // game's or a topic's page named by its title alone, under its path), and the label keeps its score.
  if (menuLabelsNear.length > 0 && out.some((c) => c.score >= MIN_SCORE && blocks[c.index].features.words > MENU_LABEL_WORDS && !FULL_STOP.test(lines[c.index]))) {
    for (const c of out) if (menuLabelsNear.includes(c.index)) c.score -= IN_MENU;
  }
  // "Sunday, Feb 1, 2015" / the headline / its deck / the writer's bare name: other stories' headlines
  // right above make a run of like lines of the three, but a line under its own date is the article's
  // headline, unless a headline with its header stands above it already: then the date is that one's,
  // and the line one of its sub-headings in a row, as like as any list's.
  for (const i of stampedInLikeRun) {
    const c = out.find((o) => o.index === i);
    if (c && headed.some((h) => h < i && i - h <= HEADER_ABOVE_LINES && !proseBetween(blocks, h, i))) c.score -= LIKE_RUN;
  }
  // Between a headline's byline or date and the first paragraph stand the standfirst, captions and
  // sub-headings: a line there with no header of its own is none of the page's headlines.
  for (const i of headerless) {
    if (headed.some((h) => h < i && i - h <= HEADER_ABOVE_LINES && !proseBetween(blocks, h, i))) out.find((c) => c.index === i)!.score -= UNDER_HEADER;
  }
  // A list of other stories set between the article's headline and its byline (a box the page puts
  // beside the header, which innerText runs in): its last entry stands right over the byline, as the
  // headline does, but tells another story. A line above it, no entry of such a run, that uses more of
  // the article's lead is the headline: the entry keeps no credit for the byline and costs as a list's.
  for (const h of headedInLikeRun) {
    const c = out.find((o) => o.index === h.index);
    if (!c) continue;
    const share = leadShare(h.index);
    const above = out.find((o) => o.index < h.index && h.index - o.index <= LIST_OVER_BYLINE_REACH && blocks[o.index].features.words >= 4 && !headedInLikeRun.some((x) => x.index === o.index) && leadShare(o.index) >= LIST_OVER_BYLINE_SHARE * Math.max(share, 0.1));
    if (above) c.score -= h.credit + LIKE_RUN;
  }
  // A section's label in the post's header (an entry of the site's menu, menu-entry-elsewhere.ts):
  // over the date, beside a longer headline-shaped line with no paragraph between, it is the post's
  // filing and the header that line's; with no header of its own, right over such a line, it is the
  // kicker over it, and the line under it takes its place. It keeps no credit for the header and
  // costs more. A label further from the line and with no header is the page's own entry (a
  // breadcrumb's last step naming the page), left as it is.
  const longerLine = (k: number) => blocks[k].features.words > SECTION_LABEL_WORDS && !FULL_STOP.test(lines[k]);
  for (const label of sectionLabels) {
    const i = label.index;
    const beside = out.some((o) => {
      const k = o.index;
      if (k === i || !longerLine(k)) return false;
      if (label.credit === 0) return k === i + 1;
      return Math.abs(k - i) <= SECTION_LABEL_REACH && !proseBetween(blocks, Math.min(k, i), Math.max(k, i));
    });
    if (!beside) continue;
    const own = out.find((c) => c.index === i)!;
    // A kicker's place is the headline's under it: what the kicker scored (its words are the
    // article's subject), the line under it scores at least.
    const under = label.credit === 0 ? out.find((c) => c.index === i + 1) : undefined;
    if (under && under.score <= own.score) under.score = own.score + 0.01;
    own.score -= label.credit + SECTION_LABEL_COST;
  }
  // A site's name or its tagline, among the page's first lines and far above the article (a menu
  // between) with no byline or date right under it, shares the article's words as any name of its
  // subject does: a headline-shaped line that shares them too, right over the article's first
  // paragraph with no byline or date of its own either (else those decide), is the article's
  // headline and wins over it.
  const overIt = out.filter((c) => overTheRun.includes(c.index));
  const nearest = overIt.length > 0 ? overIt.reduce((m, c) => (c.score > m.score ? c : m)) : null;
  if (nearest) for (const c of out) if (aloneFarAbove.includes(c.index) && c.score >= nearest.score) c.score = nearest.score - 0.01;
  // A section's name right over the headline ("People & Culture" / "6 Kinds of … You Need to Know"):
  // its few words match the article's as well as the headline's many do. The longer line in Title
  // Case under it is the headline.
  for (const label of out) {
    const under = out.find((c) => c.index === label.index + 1);
    if (under && under.score < label.score && sectionLabelOver(lines, blocks, label.index, shapeOf, language.cjk)) under.score = label.score + 0.01;
  }
  // "Volleyball | Harbor Club" / "Harbor Club loses its top scorer for the final" / the stamp: sections
  // of a few words each, split by a bar, over a longer headline-shaped line with the article's header
  // under it or a stamp between the two, are the page's path to the article, the line under them its headline.
  for (const label of out) {
    if (!pathOfSections(lines[label.index])) continue;
    const next = label.index + 1;
    if (next + 1 >= lines.length) continue;
    const below = headerLine(lines[next], blocks[next].features) ? next + 1 : next;
    const under = out.find((c) => c.index === below);
    if (!under || under.score >= label.score || blocks[below].features.words < PATH_HEADLINE_WORDS || FULL_STOP.test(lines[below])) continue;
    if (below !== next || headerOf(below) !== null) under.score = label.score + 0.01;
  }
  // A headline's short form (a breadcrumb's last step, a heading that names it again) near its full
  // form: the full form is the headline.
  for (const short of [...out]) {
    for (const full of out) if (full !== short && Math.abs(full.index - short.index) <= FULL_FORM_REACH && fullFormOf(lowered, full.index, short.index) && full.score <= short.score) full.score = short.score + 0.01;
  }
  // Headline then standfirst, then the byline: the byline is the pair's, and the pair's headline is
  // its first line. The standfirst is the longer of the two (a headline is the short form).
  for (const { standfirst, headline } of standfirsts) {
    const top = out.find((c) => c.index === headline);
    const under = out.find((c) => c.index === standfirst)!;
    if (top && top.score <= under.score) top.score = under.score + 0.01;
    // The standfirst stands at the edge of how far up lines are weighed, its headline a line past it:
    // the pair is the pair all the same.
    else if (!top && headline < highest) out.push({ index: headline, score: under.score + 0.01 });
  }
  /**
   * „Unermüdlicher Einsatz“ / "erstellt: 01. April 2025, 15:25 …": a quotation, whole, right over the
   * article's byline or stamp, or over its deck and then the header. The quoted words need share
   * none with the article's (wholeQuotation); a list of other stories, each with its date, is none.
   * Under a headline (a line of its shape and four words or more, no full stop), the quotation is
   * that headline's deck: the words of the person the article is about, under its title.
   */
  const quotationOverItsHeader = (i: number): boolean => {
    if (blocks[i].cls === 'good' || !(wholeQuotation(lines[i]) || dashQuotation(lines[i], language.lang)) || !shaped(i) || !(headerOf(i) === 'next' || overDeck(i))) return false;
    if (headlineOfItsOwn(nearestAbove(blocks, i))) return false;
    return !inListOfDatedStories(lines, blocks, i, language.cjk, shapeOf) && !inRunOfLikeLines(lines, blocks, i, language.cjk, shapeOf);
  };
  // Headline, its deck, then the byline or the author's name over the date, then the article: the
  // shape of a post's header. The headline need share no word with the opening paragraphs.
  // Under a blurb the run opened on, the line under the opening may be that headline, its deck the
  // line where the prose starts again: the header is looked for from there. A quotation over the
  // header is such a headline too.
  const proseFrom = underTheOpening !== -1 && underTheOpening === last && last + 1 < lines.length && prose(last + 1) ? last + 1 : last;
  for (let i = proseFrom - 1; i >= 0 && i >= proseFrom - HEADER_WINDOW_ABOVE; i--) {
    if (!headlineOverDeck(lines, blocks, i, proseFrom, language.cjk, shapeOf, lowered, (a, b) => [...lineTerms(a)].some((t) => lineTerms(b).has(t))) && !quotationOverItsHeader(i)) continue;
    const best = out.reduce((m, c) => Math.max(m, c.score), MIN_SCORE);
    const known = out.find((c) => c.index === i);
    if (known) known.score = Math.max(known.score, best + 0.01);
    else out.push({ index: i, score: best + 0.01 });
    break;
  }
  // A clip's title with its player's label run in or its running time (media-title.ts) is the
  // article's clip, never its headline: it yields to any other line over the floor. Its cost comes
  // last, for the rules above lift a line to just over another (its short form, its standfirst), and
  // a clip's title is often the headline's long form. With no other line over the floor it keeps its
  // score: the run's place the chooser's pick marks is no worse for it.
  const clips = out.filter((c) => mediaTitle(lines[c.index]));
  if (clips.length > 0 && out.some((c) => c.score >= MIN_SCORE && !clips.includes(c))) for (const c of clips) c.score -= MEDIA_TITLE;
  return out;
}

/** The first byline between the run's start (excluded) and line `last`, or -1. */
function bylineInsideTheOpening(lines: string[], blocks: HeadlineBlock[], start: number, last: number): number {
  for (let j = start + 1; j <= last && j < lines.length; j++) if (isAuthorLine(lines[j], blocks[j].features)) return j;
  return -1;
}

/** How many of the opening paragraph's words the text under a headline may use, at most, for the opening to be no part of it. */
const OPENING_APART = 0.2;
/** How far above the opening its byline or date may stand. */
const OPENING_HEADER_LINES = 4;

/**
 * Is line `i` right over paragraphs of its own (the first of them right under it) that use most of
 * its words, two at least, and few of the words of the run's opening paragraph, which uses none of
 * the line's? Then the opening is a text apart (a blurb, a notice) and the line the article's headline.
 */
function overTextApartFromTheOpening(lines: string[], blocks: HeadlineBlock[], i: number, start: number, end: number, language: Language): boolean {
  if (FULL_STOP.test(lines[i]) || !(blocks[i + 1]?.cls === 'good' || blocks[i + 1]?.cls === 'near')) return false;
  // The article's byline or date right over the opening: the opening is the article's lead.
  for (let j = start - 1; j >= 0 && j >= start - OPENING_HEADER_LINES; j--) if (headerLine(lines[j], blocks[j].features) || blocks[j].features.age) return false;
  const under = firstParagraphs(blocks, i + 1, end);
  const text = contentTerms(under.map((j) => lines[j]).join(' '), language);
  const own = contentTerms(lines[i], language);
  let hits = 0;
  for (const t of own) if (text.has(t)) hits++;
  if (hits < 2 || hits * 2 < own.size) return false;
  const opening = contentTerms(lines[start], language);
  let shared = 0;
  for (const t of opening) {
    // An opening that names the line's subject is the article's lead, the line its sub-heading.
    if (own.has(t)) return false;
    if (text.has(t)) shared++;
  }
  return shared <= OPENING_APART * opening.size;
}

/** How far above the article a line stands, at least, to be taken for a menu's entry. */
const MENU_DISTANCE = 12;
/** Near the article, a menu's entry costs so only as a label of this many words at most (menuLabelsNear). */
const MENU_LABEL_WORDS = 3;
/** What standing among a menu's entries costs a line. */
const IN_MENU = 0.2;
/** How many lines on each side a menu's entries are counted on, and how many of them must be entries. */
const MENU_SIDE = 4;
const MENU_ENTRIES = 7;

/**
 * Is the line among a menu's entries: of the lines around it, most are short labels (a word to
 * five, no full stop, neither prose nor furniture: a separator or a share button is a breadcrumb's
 * or a header's)?
 */
function inMenu(lines: string[], blocks: HeadlineBlock[], i: number): boolean {
  let entries = 0;
  for (let j = Math.max(0, i - MENU_SIDE); j <= i + MENU_SIDE && j < lines.length; j++) {
    if (j !== i && blocks[j].cls === 'short' && blocks[j].features.words >= 1 && blocks[j].features.words <= 5 && !FULL_STOP.test(lines[j])) entries++;
  }
  return entries >= MENU_ENTRIES;
}

/**
 * Is line `i` an entry of a menu the page shows twice: it and two lines beside it, three short labels
 * in a row (no prose, a few words each), written again elsewhere in the same order? A site shows its
 * menu once for wide screens and once for narrow ones; a headline shown twice (a card of the article
 * at the page's foot, its label over it) has its standfirst or its byline beside it, no third label.
 * The page's lines are indexed once, when first asked.
 */
function repeatedMenuMemo(lower: string[], blocks: HeadlineBlock[]): (i: number) => boolean {
  const positions = linePositions(lower);
  const label = (j: number) => j >= 0 && j < lower.length && (blocks[j].cls === 'short' || blocks[j].cls === 'bad') && blocks[j].features.words >= 1 && blocks[j].features.words <= MENU_ENTRY_WORDS;
  return (i) => {
    const copies = positions(lower[i]);
    if (copies.length < 2 || !label(i)) return false;
    // A line written many times (a "Share" label) stops the look at a few of its copies.
    for (const k of copies.slice(0, REPEATED_MENU_COPIES)) {
      if (k === i) continue;
      // The three lines from `from` (i - 2, i - 1 or i), and their copies from the same place beside k.
      for (let from = i - 2; from <= i; from++) {
        let same = true;
        for (let d = 0; d < 3 && same; d++) same = label(from + d) && lower[from + d] === lower[k + (from - i) + d];
        if (same) return true;
      }
    }
    return false;
  };
}
/** How many words an entry of a menu has at most. */
const MENU_ENTRY_WORDS = 5;
/** How many copies of a line are looked at, at most. */
const REPEATED_MENU_COPIES = 4;
/** How far from a longer headline-shaped line a section's label may stand in the same header. */
const SECTION_LABEL_REACH = 6;
/** What a section's label beside a headline costs, past the header's credit. */
const SECTION_LABEL_COST = 0.2;
/** What being an entry of a menu shown twice costs a line: more than a menu's look alone, the copy proves it one. */
const IN_REPEATED_MENU = 0.3;

/** How far above the article's first paragraph a post's header (headline, deck, byline) may start. */
const HEADER_WINDOW_ABOVE = 12;

/**
 * "New Ways to Confuse Chatbots" / "The odd things pattern-matching programs do – and how they might lead
 * us astray" / "Owen Tallis" / "Dec 14, 2025": a headline-shaped line (no full stop, lower case in it,
 * three words or more, not one of a run of like lines), right over a longer line of prose that is no
 * furniture (its deck), which the article's byline or date follows, with at most a button between.
 */
function headlineOverDeck(lines: string[], blocks: HeadlineBlock[], i: number, last: number, cjk: boolean, shapeOf: ShapeOf, lower: string[], sharesTerm: (i: number, j: number) => boolean): boolean {
  const f = blocks[i].features;
  // "Home Basics » Loans", "Volleyball | Harbor Club": a path of sections over the headline, which
  // the line under it is, no deck of the path's.
  if (blocks[i].cls === 'good' || !shapeOf(i, cjk) || !/\p{Ll}/u.test(lines[i]) || (!cjk && f.words < SHORT_OVER_DECK_WORDS) || /\s[»›>]\s/.test(lines[i]) || pathOfSections(lines[i])) return false;
  const d = i + 1;
  if (d >= lines.length) return false;
  // "Class Distinction" / "An Oscar nominee … in any language." / "By Jane Roe": a headline of two words
  // (a feature's play on its story) heads a deck only when the deck tells the story at length, in
  // sentence case (deckThenHeader's test): a label of two words over a line is a kicker or a box's. Not
  // over the article's first line of prose: two words over a sentence there are a picture's credit
  // over its caption ("Legendary Pictures" / "… is the followup to 2014's Godzilla." / the byline).
  if (!cjk && f.words < 3 && (d >= last || blocks[d].features.words < SHORT_HEADLINE_DECK_WORDS || !FULL_STOP.test(lines[d]) || !SENTENCE_CASE_WORD.test(lines[d]))) return false;
  // A headline may end on a full stop ("VC fails climate tech. Here are three fixes."), but then the
  // deck under it does not: a sentence over a longer line with no full stop is no standfirst.
  // A quotation's full stops are the speaker's (wholeQuotation): the line is no sentence of the page's.
  if (FULL_STOP.test(lines[i]) && !wholeQuotation(lines[i]) && (d >= lines.length || FULL_STOP.test(lines[d]))) return false;
  // The deck may be the line where the article's prose starts (a sentence long enough to read as its
  // first paragraph): then it must be a sentence, and the header under it reaches past it.
  const deckOpensTheProse = d === last && FULL_STOP.test(lines[d]);
  if (d > last || (d === last && !deckOpensTheProse)) return false;
  // How far the header and the lines under it are looked at: to the first paragraph, or past the deck that is one.
  const reach = deckOpensTheProse ? lines.length : last;
  const deck = blocks[d].features;
  if (deck.words < Math.max(DECK_MIN_WORDS, f.words + STANDFIRST_LONGER) || deck.words > DECK_MAX_WORDS || !/\p{Ll}/u.test(lines[d])) return false;
  if (deck.chrome || deck.callToAction || deck.legal || deck.commentMark || deck.caption || deck.counter || deck.dateLine || deck.boxHeading || deck.fusedTeaser || deck.age || headerLine(lines[d], deck)) return false;
  // "Jane Roe" / "Staff Writer" / "Jane Roe is a writer …": an author's role over the author's biography is no headline over its deck.
  const underAName = i > 0 && (NAME_ALONE.test(lines[i - 1]) || LABEL_ALONE.test(lines[i - 1]) || isAuthorLine(lines[i - 1], blocks[i - 1].features));
  if (!cjk && roleOverBiography(lines[i], f.words, lines[d], underAName)) return false;
  // A kicker named again in its deck is the story's subject, not its headline. A deck in Title Case
  // is a headline itself (a button or a section name over it), and a deck goes on with its headline's
  // subject: a word of it at least.
  // The author's bare name right under a deck that is a sentence (its full stop: a headline has
  // none), over the date, is the post's header whatever words the deck uses: a deck may say what the
  // headline says in other words.
  const nameUnderDeck = FULL_STOP.test(lines[d]) && d + 1 < reach && nameOverStamp(lines, blocks, d + 1);
  if (lower[d].includes(lower[i]) || (deck.capitalShare >= 0.6 && !FULL_STOP.test(lines[d])) || (!sharesTerm(i, d) && !nameUnderDeck && !wholeQuotation(lines[i]))) return false;
  for (let k = d + 1; k <= d + 3 && k < reach; k++) {
    const h = blocks[k].features;
    if (headerLine(lines[k], h) || nameOverStamp(lines, blocks, k)) {
      // A headline between the date and the article is the article's (a blog's name and its
      // description over the date): the header belongs to it.
      for (let j = k + 1; j < reach && blocks[j].cls !== 'good' && blocks[j].cls !== 'near'; j++) {
        if (blocks[j].features.words >= 3 && !FULL_STOP.test(lines[j]) && shapeOf(j, cjk) && !headerLine(lines[j], blocks[j].features)) return false;
      }
      return !inRunOfLikeLines(lines, blocks, i, cjk, shapeOf);
    }
    if (blocks[k].cls !== 'bad' || h.words > 6) return false;
  }
  return false;
}
const DECK_MIN_WORDS = 6;
const DECK_MAX_WORDS = 60;

/**
 * A byline or a stamp ("Posted on December 20, 2025 by Jane Smith - 5 Comments"), however long. A
 * stamp's labels are the ones every stage knows (lib/dates/date-labels.ts).
 */
export function headerLine(line: string, f: BlockFeatures): boolean {
  return isAuthorLine(line, f) || f.dateLine || startsWithStamp(line) || stampRow(line, f.words) || FILED_UNDER.test(line) || dateThenByline(line, f.words) || (f.words <= 30 && (OPENS_WITH_ENGLISH_BY.test(line) || STATES_WHAT_IT_DATES.test(line)) && /\d/.test(line));
}

/**
 * A field of a stamp row other than its date: "0 Comments", "in Science News", "by admin", "von Anna
 * Berg" (lib/bylines/byline-labels.ts's `by` labels), "Last updated on Dec 19, 2025", "5 min read".
 */
const STAMP_FIELD = new RegExp(`^(?:\\d+\\s+(?:comments?|replies|responses|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?)|no comments|(?:in|${BY_LABELS}|posted in|filed under)\\s+\\S.*|(?:last )?(?:updated|modified)\\b.*\\d.*|\\S+\\s+min(?:ute)?s?\\s+read)$`, 'i');

/**
 * "October 15, 2018/0 Comments/in Science News /by admin": the article's header as one row, its
 * fields split by slashes or pipes, one of them a date alone and another a comments counter, a
 * category or a byline.
 */
function stampRow(line: string, words: number): boolean {
  if (words > 20 || !STAMP_ROW_MARK.test(line)) return false;
  const fields = line.split(STAMP_ROW_SEPARATOR).filter((x) => x.length > 0);
  if (fields.length < 2) return false;
  // The date's field may hold its weekday and its time too ("Do 24. Mai 2018, 08:30"); marks are no words.
  const dateAlone = fields.some((x) => {
    const dates = findFullDates(x);
    return dates.length > 0 && x.replace(dates[0].text, ' ').replace(TIME_OF_DAY, ' ').split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length <= 1;
  });
  return dateAlone && fields.some((x) => STAMP_FIELD.test(x));
}
/** How many words a stamp row that opens on its date and goes on with the byline has at most. */
const DATE_THEN_BYLINE_WORDS = 15;
/** A `by` label after a space, then a capital: "… Von Anna", "… by Jane". */
const BY_INSIDE = new RegExp(`\\s(?:${anyCasePattern(BY_LABELS)})\\s*[:：]?\\s*\\p{Lu}`, 'u');
/** How far into the line its date may start ("Am 13. November 2019", "On May 5, 2024"). */
const DATE_THEN_BYLINE_REACH = 4;

/**
 * "Am 13. November 2019 Von Jane In Aktuell", "May 5, 2024 by Jane Roe in News": the post's date near
 * the line's start, then a `by` label and a capitalised name: the header's row, whatever follows.
 */
function dateThenByline(line: string, words: number): boolean {
  // Most lines have no `by` label after a space: their dates are not looked for (header lines are asked often).
  if (words > DATE_THEN_BYLINE_WORDS || !BY_INSIDE.test(line)) return false;
  const date = findFullDates(line)[0];
  return date !== undefined && date.index <= DATE_THEN_BYLINE_REACH && BY_THEN_NAME.test(line.slice(date.index + date.text.length).replace(/^[\s,·|–—-]+/u, ''));
}

/** "Filed under: Diary, Books — jane @ 00:11", "Posted in News": the post's categories, a row of its header. */
const FILED_UNDER = /^(?:filed under|posted in)\b/i;
/** A stamp row's separators: a slash or a pipe, or a middle dot or a bullet with a space on each side ("8 May 2020 · by Jane · in Diary"). */
const STAMP_ROW_MARK = /[/|]|\s[·•]\s/u;
const STAMP_ROW_SEPARATOR = /(?:(?<!\s)\s+)?[/|]\s*|\s[·•]\s/u;
/** A time of day in a date's field: "08:30", "16.20 Uhr", "15:03:30" (its seconds are no word of the field). */
const TIME_OF_DAY = /\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*uhr)?/giu;

/** Is a byline or a date right above the line (a stamp, then the headline)? */
function headerAbove(lines: string[], blocks: HeadlineBlock[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const f = blocks[j].features;
    // A paragraph between the two: the stamp is over the paragraph, the line is a sub-heading of the article.
    if (blocks[j].cls === 'good') return false;
    if (f.age || headerLine(lines[j], f) || (f.words <= 15 && /\|/.test(lines[j]) && findFullDates(lines[j]).length > 0)) return true;
  }
  return false;
}

/** How many words a photo's credit alone on its line has at most. */
const CREDIT_WORDS = 8;

/**
 * Is the line right over a photo's credit alone on its line ("Jane Roe/Agency", "Photo: Jane Roe"),
 * with no byline or date right under the credit? A picture's caption stands so; a headline over
 * the credit of a picture that has no caption has its byline or date next.
 */
function overCredit(lines: string[], blocks: HeadlineBlock[], i: number): boolean {
  const c = i + 1;
  if (c >= lines.length || blocks[c].features.words > CREDIT_WORDS || !isPhotoCredit(lines[c], blocks[c].features.words)) return false;
  const next = c + 1 < lines.length ? blocks[c + 1].features : null;
  return !(next && (headerLine(lines[c + 1], next) || next.age));
}

/** Is line `i` a sentence with its full stop right under a photo's credit alone on its line? */
function underCredit(lines: string[], blocks: HeadlineBlock[], i: number): boolean {
  const c = i - 1;
  return c >= 0 && FULL_STOP.test(lines[i]) && blocks[c].features.words <= CREDIT_WORDS && isPhotoCredit(lines[c], blocks[c].features.words);
}

/** How many words a button has at most. */
const BUTTON_WORDS = 2;

/** How many words a section of a path split by bars has at most, and the headline under the path at least. */
const PATH_SECTION_WORDS = 3;
const PATH_HEADLINE_WORDS = 4;

/** "Volleyball | Harbor Club", "Press release | Harbor Council": two sections or more of a few words each, split by spaced bars. */
function pathOfSections(line: string): boolean {
  const parts = line.split(' | ');
  return parts.length >= 2 && parts.every((p) => {
    const words = p.trim().split(/\s+/).filter(Boolean).length;
    return words >= 1 && words <= PATH_SECTION_WORDS;
  });
}

/** How many words a section's name has at most. */
const LABEL_WORDS = 4;
/** A section's name: capitalised words (or "&") only; a word may join its letters with "&" ("R&D", "Q&A"). */
const LABEL = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:&|[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*))*$/u;

/**
 * Is line `k` a section's name over a headline: a few capitalised words, right over a line in Title
 * Case (a headline's shape, no full stop, not prose) longer by two words at least, with no byline or
 * date of its own in between?
 */
function sectionLabelOver(lines: string[], blocks: HeadlineBlock[], k: number, shapeOf: ShapeOf, cjk: boolean): boolean {
  const h = k + 1;
  // Its words are counted as written: "R&D" is one word of a label, though the text's count makes it two.
  if (cjk || h >= lines.length || lines[k].trim().split(/\s+/).length > LABEL_WORDS || !LABEL.test(lines[k])) return false;
  const f = blocks[h].features;
  return blocks[h].cls !== 'good' && f.words >= blocks[k].features.words + 2 && f.capitalShare >= 0.6 && !FULL_STOP.test(lines[h]) && shapeOf(h, cjk);
}

/** How much of a headline's words, at least, the article's lead uses, for the words to tell it from its standfirst. */
const HEADLINE_LEAD_SHARE = 0.5;
/**
 * How much of its words, at least, the article's lead uses of a line over a Title-Case deck that shares
 * no word with that deck, for the line to be the deck's headline (another story's title shares neither).
 */
const TITLE_DECK_LEAD_SHARE = 1 / 3;
/**
 * Languages that write every noun with a capital: a line of theirs in sentence case has as many
 * capitals as an English one in Title Case, so its capitals tell no title from a sentence.
 */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);
/** How many words a standfirst has at least over its headline. */
const STANDFIRST_LONGER = 3;
/** How many words a headline has at least over a deck shorter than itself (headlineOverStandfirst). */
const SHORT_DECK_BY = 2;
/** The share of capitalised words from which a line is in Title Case (a headline over a short deck is not). */
const TITLE_CASE_SHARE = 0.6;
/**
 * How far into the run, past how many paragraphs, a headline with its byline or date may stand (a
 * long menu the run took in can part it from the teasers the run opened on).
 */
const LATER_LINES = 60;
const LATER_PARAGRAPHS = 3;
/** What each paragraph passed on the way down costs such a line. */
const LATER_COST = 0.15;
/** How far up a box of other stories runs from its heading, when no paragraph ends it. */
const BOX_LINES = 12;
/** What standing under the article's own byline or date, with no header of its own, costs a line. */
const UNDER_HEADER = 0.45;
/** How many lines of text above the article a line with no byline or date under it stands, at least, to be taken for the site's masthead. */
const MASTHEAD_DISTANCE = 10;
/** The page's first lines, where a site puts its name and its tagline. */
const MASTHEAD_TOP = 6;
/** How close over the article's first paragraph a headline-shaped line stands to outweigh a masthead. */
const OVER_THE_RUN = 2;
/** How far under a headline with a byline or date its header may reach. */
const HEADER_ABOVE_LINES = 12;

/** Is the line under a box heading ("See also", "Sur le même sujet"), with no paragraph between? */
function inBox(lines: string[], blocks: HeadlineBlock[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - BOX_LINES; j--) {
    if (blocks[j].features.boxHeading) return textOver(lines, blocks, j);
    if (blocks[j].cls === 'good') return false;
  }
  return false;
}

/** How many lines over a box's heading the article's text may stand (a caption, a button between). */
const TEXT_OVER_BOX = 3;
/** How many words a sentence over a box's heading has at least, to be the article's text. */
const TEXT_OVER_BOX_WORDS = 6;

/**
 * Does the article's text (a paragraph, or a sentence with its full stop) stand right over the box's
 * heading at `heading`? Then the box is set beside or inside the article, and its entries are other
 * stories. A heading among the page's labels and menus, no text over it ("Editors' Pick", "Top
 * Stories" over the article's own headline), says nothing of the line under it: switched off in turn,
 * the cost won more held-out pages of the bench's six sets than it lost (session 56's ablation).
 */
function textOver(lines: string[], blocks: HeadlineBlock[], heading: number): boolean {
  for (let j = heading - 1; j >= 0 && j >= heading - TEXT_OVER_BOX; j--) {
    if (blocks[j].cls === 'good' || (blocks[j].cls === 'near' && blocks[j].features.words >= TEXT_OVER_BOX_WORDS && FULL_STOP.test(lines[j]))) return true;
  }
  return false;
}

/** What standing in a table of contents costs a line. */
const CONTENTS = 0.6;
/** How far down a table of contents runs from its heading, when no paragraph ends it. */
const CONTENTS_LINES = 40;
/** The heading of a table of contents, alone on its line. */
const CONTENTS_HEADING = /^(?:table of contents?|contents|content map|in this (?:article|post|guide|page|story)|on this page|jump to(?: section)?|quick links|article contents|índice|sumário|sommaire|inhalt(?:sverzeichnis)?|содержание|оглавление|daftar isi|目次|目录|목차)\s*[:：]?$/iu;

/**
 * Is the line an entry of a table of contents: under its heading ("Table of Contents", "In this
 * article") with no paragraph between, and written again lower down, past a paragraph, as the
 * sub-heading it lists? A headline under a heading the page left empty is written once.
 */
function inContents(lower: string[], blocks: HeadlineBlock[], i: number): boolean {
  let heading = false;
  for (let j = i - 1; j >= 0 && j >= i - CONTENTS_LINES && !heading; j--) {
    if (blocks[j].cls === 'good') return false;
    heading = CONTENTS_HEADING.test(lower[j]);
  }
  if (!heading) return false;
  let prose = false;
  for (let k = i + 1; k < lower.length; k++) {
    if (blocks[k].cls === 'good') prose = true;
    else if (prose && lower[k] === lower[i]) return true;
  }
  return false;
}

/**
 * Is the line an entry of a list of the article's sections with no heading over it: it and a like
 * line next to it (a headline's shape, no full stop, no prose) are both written again lower down,
 * under the pair and inside the article (up to its last line, `end`), as the sub-headings they list?
 * A headline is written again once at most (a share text), and the line next to it, its byline or
 * standfirst, is not a sub-heading. Written again under the article only, the pair is a story and its
 * writer listed again in a box of other stories (a timeline of the story, the writer's latest), which
 * a headline is often.
 */
function listedSection(lines: string[], lower: string[], blocks: HeadlineBlock[], i: number, end: number, cjk: boolean, shapeOf: ShapeOf): boolean {
  if (i >= lines.length) return false;
  for (const j of [i - 1, i + 1]) {
    if (likeLine(lines, blocks, j, cjk, shapeOf) && lower[j] !== lower[i] && writtenBelow(lower, i, Math.max(i, j), end) && writtenBelow(lower, j, Math.max(i, j), end)) return true;
  }
  return false;
}

/**
 * "WHY FARM RICE TWICE?SEED FOR THE WET SEASONWATER AND …" / "Why Farm Rice Twice?": the article's list of
 * sections, whose entries innerText ran together on one line, right over its first sub-heading. The
 * line over it opens with the line's words and runs on into the next entry with no space between,
 * and more entries follow than the line holds. A headline is no entry of its article's contents.
 */
function firstOfGluedContents(lower: string[], i: number): boolean {
  const line = lower[i];
  const above = i > 0 ? lower[i - 1] : '';
  if (line.length < GLUED_ENTRY_MIN || above.length < 2 * line.length || !above.startsWith(line)) return false;
  return /\p{L}/u.test(above.charAt(line.length));
}
/** How long an entry of a list of sections is at least, for a line run on with it to count as the list. */
const GLUED_ENTRY_MIN = 8;

/** Is line `i` written again under line `after`, at line `end` at the latest? */
function writtenBelow(lower: string[], i: number, after: number, end: number): boolean {
  const at = lower.indexOf(lower[i], after + 1);
  return at !== -1 && at <= end;
}

/** Is every line between lines `from` and `to` furniture? */
function onlyFurnitureBetween(blocks: HeadlineBlock[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (blocks[j].cls !== 'bad') return false;
  return true;
}

/** What being one of a list of dated stories costs a line: its date is no evidence of being the article's. */
const DATED_LIST = 0.45;
const DATED_LIST_LINES = 12;

/**
 * Is the line one of three or more headline-shaped lines, close together, each with a date right
 * under it ("Story\nMay 15, 2017\nStory\nJanuary 22, 2018")? A list of other stories looks like that;
 * the article's headline has its date once.
 */
function inListOfDatedStories(lines: string[], blocks: HeadlineBlock[], i: number, cjk: boolean, shapeOf: ShapeOf): boolean {
  const dated = (k: number) => k + 1 < blocks.length && (blocks[k + 1].features.dateLine || blocks[k + 1].features.age) && blocks[k].cls !== 'good' && blocks[k].features.words >= 3 && shapeOf(k, cjk);
  let others = 0;
  for (let k = Math.max(0, i - DATED_LIST_LINES); k <= i + DATED_LIST_LINES && k < blocks.length; k++) {
    if (k !== i && lines[k] !== lines[i] && dated(k) && ++others >= 2) return true;
  }
  return false;
}

/** Are two lines from `from` up to `to` paragraphs one right after the other? */
function paragraphsInARow(blocks: HeadlineBlock[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) if (blocks[j].cls === 'good' && blocks[j + 1].cls === 'good') return true;
  return false;
}

/** Is there a paragraph between lines `from` and `to`? */
function proseBetween(blocks: HeadlineBlock[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (blocks[j].cls === 'good') return true;
  return false;
}

/** What parts the steps of a path of sections, a label from its text, or a title from its site name. */
const SEPARATOR = /[»›>/|·•:：–—]|\s-\s/u;

/** Does the line hold another line within a few lines of it (one that `counts`), as most of its text? */
function containsNearbyLine(lower: string[], i: number, counts: (j: number) => boolean): boolean {
  for (let j = Math.max(0, i - 4); j <= i + 4 && j < lower.length; j++) {
    if (j !== i && lower[j].length >= 15 && lower[j].length < lower[i].length && lower[j].length >= lower[i].length * 0.5 && lower[i].includes(lower[j]) && counts(j)) return true;
  }
  return false;
}

/**
 * Does the line end with another line within a few lines of it, run on from a letter with no space
 * between ("…Resource centreRice FarmingRice Farmers Harvest Twice" over "Rice Farmers Harvest
 * Twice")? Elements that innerText ran together: the other line is the headline, this one a path to it.
 */
function endsGluedOnNearbyLine(lines: string[], i: number): boolean {
  const line = lines[i];
  for (let j = Math.max(0, i - 4); j <= i + 4 && j < lines.length; j++) {
    const other = lines[j];
    if (j === i || other.length < GLUED_MIN || other.length >= line.length || !line.endsWith(other)) continue;
    if (/\p{L}/u.test(line.charAt(line.length - other.length - 1)) && /^\p{Lu}/u.test(other)) return true;
  }
  return false;
}
/** How long a line run on at another's end is at least (a word or two could end any line). */
const GLUED_MIN = 15;

/** How far apart a headline's short form and its full form may stand. */
const FULL_FORM_REACH = 8;

/**
 * Is line `i` line `j` and more words that go on from it ("Lighting for indoor plants and starting
 * seeds", "Gardening for Beginners: The Complete Guide"), not a site's name after a separator
 * ("… | Site", "… - Site") or a byline? Lines in lower case.
 */
function fullFormOf(lower: string[], i: number, j: number): boolean {
  if (lower[j].length < 12 || lower[i].length <= lower[j].length || !lower[i].startsWith(lower[j])) return false;
  const rest = lower[i].slice(lower[j].length);
  return /^:?\s+[\p{L}\p{N}]/u.test(rest) && !BY_AFTER.test(rest);
}
/** "… by Jane Roe": the byline run on after the headline, no more of it. */
const BY_AFTER = new RegExp(`^\\s+(?:${BY_LABELS})\\s`, 'iu');

/** The nearest line above that is not furniture (a counter, a date, a share button). */
function nearestAbove(blocks: HeadlineBlock[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (blocks[j].cls !== 'bad') return j;
  return -1;
}

/** Does another line of the page hold this one ("Share: <headline>", a breadcrumb, the page's address)? */
function echoed(lower: string[], i: number): boolean {
  const line = lower[i];
  if (line.length < 12) return false;
  const slug = (line.match(/[\p{L}\p{N}]+/gu) ?? []).join('-');
  for (let j = 0; j < lower.length; j++) {
    if (j === i) continue;
    if (lower[j].includes(line) || (slug.length >= 20 && lower[j].includes(slug))) return true;
  }
  return false;
}

/**
 * `echoed` for each line, answered once per line. The page is searched as one text: neither a line
 * nor its slug holds a line break, so a match never spans two lines, and a match other than the
 * line itself (or inside it, for the slug) is in another line.
 */
function echoMemo(lower: string[]): (i: number) => boolean {
  const known = new Map<number, boolean>();
  let page: { text: string; offsets: number[] } | null | undefined;
  const pageText = () => {
    if (page !== undefined) return page;
    if (lower.some((l) => l.includes('\n'))) return (page = null);
    const offsets: number[] = [];
    let at = 0;
    for (const l of lower) {
      offsets.push(at);
      at += l.length + 1;
    }
    return (page = { text: lower.join('\n'), offsets });
  };
  const elsewhere = (text: string, needle: string, from: number, to: number) => {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (at < from || at >= to) return true;
    return false;
  };
  return (i) => {
    let answer = known.get(i);
    if (answer !== undefined) return answer;
    const line = lower[i];
    const p = line.length < 12 ? null : pageText();
    if (line.length < 12) answer = false;
    else if (!p) answer = echoed(lower, i);
    else {
      // The line itself starts at its offset; another copy starts anywhere else.
      const from = p.offsets[i];
      answer = elsewhere(p.text, line, from, from + 1);
      if (!answer) {
        const slug = (line.match(/[\p{L}\p{N}]+/gu) ?? []).join('-');
        answer = slug.length >= 20 && elsewhere(p.text, slug, from, from + line.length);
      }
    }
    known.set(i, answer);
    return answer;
  };
}

/** `headlineShaped` of line j (with or without the CJK lengths), judged once per line. */
type ShapeOf = (j: number, cjk: boolean) => boolean;
function shapeMemo(lines: string[], blocks: HeadlineBlock[]): ShapeOf {
  const known = [new Map<number, boolean>(), new Map<number, boolean>()];
  return (j, cjk) => {
    const memo = known[cjk ? 1 : 0];
    let answer = memo.get(j);
    if (answer === undefined) memo.set(j, (answer = headlineShaped(lines[j], blocks[j].features, cjk)));
    return answer;
  };
}

/**
 * "<headline>" / "Jane Roe" / "Head of Product Marketing" / "August 29, 2025": the author's role, on
 * its own line between the author's bare name (under a line of a headline's shape and four words or
 * more) and the article's date or byline. It is the byline's, never a headline. A headline that ends
 * on a role's word ("… for Young Researchers") under a label of two words has no headline over it.
 * A line of marks alone between the role and the date (the "," a byline's template leaves when the
 * outlet's name is cut off) is no line of text: the date under it is read.
 */
function roleUnderItsName(lines: string[], blocks: HeadlineBlock[], j: number): boolean {
  if (j < 2 || j + 1 >= lines.length || !NAME_ALONE.test(lines[j - 1]) || !isRole(lines[j])) return false;
  const k = j + 2 < lines.length && !LETTER_OR_FIGURE.test(lines[j + 1]) ? j + 2 : j + 1;
  const next = blocks[k].features;
  if (!(headerLine(lines[k], next) || next.age || startsWithStamp(lines[k]))) return false;
  const above = blocks[j - 2].features;
  return above.words >= 4 && !FULL_STOP.test(lines[j - 2]) && headlineShaped(lines[j - 2], above, false);
}

/** A letter or a figure: a line without one is marks alone (",", "|", "—"). */
const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;

/** The article's first paragraphs: the first lines of its run that read as prose (and that `skip` does not leave out). */
function firstParagraphs(blocks: HeadlineBlock[], start: number, end: number, count = 3, skip?: (i: number) => boolean): number[] {
  const lead: number[] = [];
  for (let i = start; i <= end && lead.length < count; i++) if ((blocks[i].cls === 'good' || blocks[i].cls === 'near') && !skip?.(i)) lead.push(i);
  return lead;
}

/** How far under the author's name its biography may start. */
const BIO_UNDER_NAME = 3;

/**
 * "By" / "Jane Roe" / "Jane Roe is a writer who covers farms…": a writer's biography
 * (lib/page-text/boxes/writer-bio.ts) whose name stands alone, or after "By", on one of the lines right
 * above it: the author's box under the byline, no paragraph of the article.
 */
function biographyUnderItsName(lines: string[], j: number): boolean {
  const name = biographyName(lines[j]);
  if (!name) return false;
  for (let k = j - 1; k >= 0 && k >= j - BIO_UNDER_NAME; k--) {
    const line = lines[k].trim();
    if (line === name || line.replace(BY_BEFORE, '') === name) return true;
  }
  return false;
}
/** "By " before a name, in the languages byline-labels.ts knows. */
const BY_BEFORE = new RegExp(`^(?:${BY_LABELS})(?:\\s*[:：]\\s*|\\s+)`, 'iu');

/** A line of a headline's length that is no furniture. */
export function headlineShaped(line: string, f: BlockFeatures, cjk: boolean): boolean {
  const [min, max] = cjk ? [4, 80] : [2, 30];
  if (f.words < min || f.words > max || f.sentenceMarks > 3) return false;
  if (f.dateLine || (f.counter && !yearInBrackets(line, f.words)) || f.callToAction || f.legal || f.commentMark || f.boxHeading || f.caption) return false;
  if (f.chrome && f.words <= 6) return false;
  if (isAuthorLine(line, f) || isPageLabel(line, f.words)) return false;
  // A fragment opening in lower case and going on in capitals heads nothing (lowercase-opening.ts).
  if (!cjk && lowercaseOpening(line)) return false;
  return !notAHeadline(line);
}

/** "Top 17 Agencies in the U.S. (2025)": a headline's year in brackets, no counter like "Comments (185)". */
function yearInBrackets(line: string, words: number): boolean {
  return words >= 4 && /\((?:19|20)\d{2}\)$/.test(line);
}

/**
 * "Best Of, Portugal, Travel Guides": the post's categories in a row, three or more of a word to three,
 * every word capitalised, one before the last of two words or more. A headline that lists has a verb
 * or a small word in lower case ("Trump, Xi, Putin Meet in Beijing"), or lists single words before
 * the thing they qualify ("Durable, Local, Repairable Furniture Makers").
 */
function tagRow(line: string): boolean {
  if (!line.includes(',')) return false;
  const items = line.split(/,\s*/);
  // "Harbor Days, Rice Fields, …, The Wet Season Returns, Valley in Bloom": six names or more, of a
  // few capitalised words each (all but one of them: a name may have a small word in lower case), are
  // the post's tags, however long the names. A headline lists fewer things, then says something of them.
  if (items.length >= LONG_TAG_ROW && items.filter((item) => LONG_TAG.test(item)).length >= items.length - 1) return true;
  if (items.length < 3 || !items.every((item) => TAG.test(item))) return false;
  return items.slice(0, -1).some((item) => item.includes(' '));
}
/** A tag of one capitalised word (or number) and at most `more` others, each capitalised too. */
const capitalisedWords = (more: number) => new RegExp(String.raw`^[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}'’&.-]*){0,${more}}$`, 'u');
const TAG = capitalisedWords(2);
const LONG_TAG = capitalisedWords(3);
/** How many names a row of tags has at least to be one whatever the names' length. */
const LONG_TAG_ROW = 6;

/**
 * An arrow that marks a link, opening the line or closing it, a space between it and the words (one
 * pointing back opens the link to the previous post: "← Older post's title"). Not
 * a guillemet that closes a quotation (« … »), nor one run into the words it quotes (»Wir …«).
 */
const LINK_ARROW = /^[»›→←‹]\s|\s[>›→]$/u;
/** A sentence, then a call to click, read or shop, and nothing more. */
const CALL_AT_THE_END = /[.!?]\s*(?:click here|read more|learn more|shop now|find out more|see more|tap here)\s*[.!:»›>→]?$/iu;

/**
 * What the page labels for its reader: a button or link ("Print article", "Back to posts", "Search
 * all news"), a path of sections ("Home · Farm · Six shows…", "News > World > Asia"), a row of tags,
 * the page's address.
 */
function isPageLabel(line: string, words: number): boolean {
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line)) return true;
  if (words <= 5 && /^(?:search|print|share|back to|e-?mail|save|follow|sign (?:in|up|out)|log (?:in|out)|view|read more|see (?:more|all)|show|load|listen|download|edit|you are signed in|signed in as|jump to|skip)\b(?!\s*:)/i.test(line)) return true;
  if ((line.match(/\s[·•›»>|/]\s/g) ?? []).length >= 2) return true;
  // "•Starter Plan•Weekly Plan•…": links a bullet parts, which innerText ran together.
  if ((line.match(/•/g) ?? []).length >= 2) return true;
  if (tagRow(line)) return true;
  // "The Best Deals in the US. Click here": a promotion, ending on its call to the reader.
  if (CALL_AT_THE_END.test(line)) return true;
  // "» Column by Jane Roe", "Book your visit now >": a link's label, marked by its arrow.
  if (LINK_ARROW.test(line)) return true;
  return /^(?:#[\p{L}\p{N}_-]+\s*){1,}$/u.test(line);
}

/**
 * The letters of degrees and certifications written after a name: a list, because capitals after a
 * comma are as often an acronym of the subject ("Machine Learning, AI, ML").
 */
const CREDENTIAL = String.raw`(?:Ph\.?\s?D\.?|M\.?D\.?|D\.?O\.?|Ed\.?D\.?|Psy\.?D\.?|Pharm\.?D\.?|DPT|DDS|DMD|DVM|RDN?|LDN?|MSc?|MA|MBA|MPH|MFA|MSW|BSc?|BA|JD|CPA|CFA|CFP|ChFC|CLU|EA|CSCS|FAND|CPP|PSP|RN|NP|PA-C|LCSW|LPC|LMFT|PE|CDE|CDCES|CPT|CISSP|PMP|FACC|FACP|FRCP|MRCP|CHES|ATC|IBCLC|CCC-SLP|CSSD|CNS|FNP|APRN|CEP)`;
/**
 * "Jane Roe, MS, RD", "Jane A. Roe CPP, PSP", "Jane Roe, Ph.D.": a name of two to four capitalised
 * words, then its credentials, after a comma or two of them ("Best Online MBA" is a headline).
 */
const CREDENTIALED_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}(?:,\s*${CREDENTIAL}(?:(?:\s*,\s*|\s+)${CREDENTIAL})*|\s+${CREDENTIAL}(?:(?:\s*,\s*|\s+)${CREDENTIAL})+)$`, 'u');

/**
 * A byline in its many shapes: "By Jane Smith", "Analysis by Jane Smith, CNN", "Posted by admin",
 * "Jane Smith | The Daily Planet", "Author: Jane Smith".
 */
export function isAuthorLine(line: string, f: Pick<BlockFeatures, 'byline' | 'words'>): boolean {
  if (f.byline) return true;
  // A paper's authors with their affiliations' marks: as many names as the paper has.
  if (f.words > 14) return isMarkedAuthorsLine(line);
  if (line.length > REMEMBERED_LINE_CHARS) return readShortAuthorLine(line, f.words);
  // The headline chooser's readers ask this of the same lines again and again (a page's header lines,
  // a site's menu on every page): ten times per distinct line and word count on generator seeds. The
  // answer depends on the line and its word count only: remembered on the line's record (lines/line-record.ts).
  const record = lineRecord(line);
  if (record.authorWords !== f.words) {
    record.author = readShortAuthorLine(line, f.words);
    record.authorWords = f.words;
  }
  return record.author;
}

/** isAuthorLine for a line of at most 14 words that no byline feature marked. */
function readShortAuthorLine(line: string, words: number): boolean {
  if (isMarkedAuthorsLine(line)) return true;
  // "ByJane Smith Mar 5, 2025": the label and the name in two elements, which innerText runs together.
  if (GLUED_BYLINE.test(line)) return true;
  // "byJane Roe": the label in lower case, run into a name of capitalised words and nothing more.
  // "Jane RoeView More Articles": the name, run into the link to the author's other articles.
  if (words <= 8 && (LOWER_BY_GLUED.test(line) || NAME_GLUED_TO_ARTICLES_LINK.test(line))) return true;
  // "By" alone, the name on the next line: the byline starts here.
  if (LABEL_ALONE.test(line)) return true;
  if (LABEL_THEN_NAME.test(line)) return true;
  // "Author information", "Authors and affiliations": the heading of the byline's section, the header's still.
  if (AUTHOR_SECTION_HEADING.test(line)) return true;
  // "Reviewed By: Jane Roe, PhD", "Medically reviewed by …", "Fact-checked by …": the article's credits.
  if (/^(?:(?:medically |expert |fact[- ]?checked (?:and )?)?reviewed|fact[- ]?checked|edited|updated|illustrated|photographed) by\s*(?:[:：]\s*)?\p{Lu}/iu.test(line)) return true;
  // "Jane Roe, MS, RD", "Jane A. Roe CPP, PSP": a name and the letters of its degrees or certifications.
  if (words <= 10 && CREDENTIALED_NAME.test(line)) return true;
  if (!NOT_A_NAME_AFTER_BY.test(line) && PREPOSITION_THEN_NAME.test(line)) return true;
  // "A Post By: Jane Roe", "Story By Jane Roe": what the page calls the piece, then "By" in any case,
  // a colon or none, then the author's full name and nothing more.
  if (words <= 8 && PIECE_BY_NAME.test(line)) return true;
  // "Daniel Voss, AP National Security Writer": a name and a reporter's title.
  if (words <= 10 && /,\s.*\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|journalist|redakteur|repórter|jornalista|periodista|redactor|journaliste)\b/iu.test(line) && !/[.!?]$/.test(line)) return true;
  // "Daily Planet Editorial Staff", "Science Desk", "Wire Reports": a newsroom's credit, capitalised words only.
  if (words <= 6 && /^(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:(?:editorial |news |web )?staff(?: writers?| reports?)?|(?:news ?)?desk|newsroom|wire (?:services|reports)|news services?)$/iu.test(line) && /^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(line)) return true;
  // "Jane Roe Education editor", "Jane Roe Political correspondent": a name, then the writer's desk and
  // role with no comma between, the role's word in lower case (a Title-Case headline capitalises it).
  if (words <= 6 && NAME_THEN_DESK_ROLE.test(line)) return true;
  // "Jane Smith, Outlet Name": capitalised words only, a name then its outlet. Not a part of a series
  // ("Inventory Planning, Part IV"): that is a headline's.
  if (words <= 6 && /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2},(?:\s+\p{Lu}[\p{L}'-]*){1,3}$/u.test(line) && !SERIES_PART.test(line)) return true;
  // "Jane Smith | Outlet", "Jane Smith, Outlet": a name of two or three capitalised words, then its outlet.
  return /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'-]+){1,2}\s*[|·•]\s*\S/u.test(line) && words <= 8;
}

const NAME_THEN_DESK_ROLE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:editor|correspondent|reporter|writer|columnist)$/u;
const LOWER_BY_GLUED = /^by\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;
const NAME_GLUED_TO_ARTICLES_LINK = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}(?:View\s+)?(?:More|All)\s+(?:Articles|Posts|Stories)$/u;

/** "A Post By: Jane Roe", "Guest Article By Jane Roe", "Written By: Jane Roe": a piece's name or "written", then "By" and a full name. */
const PIECE_BY_NAME = new RegExp(
  String.raw`^(?:${anyCasePattern(String.raw`(?:an?\s+)?(?:guest\s+)?(?:post|blog post|article|story|essay|column|written)\s+by`)})(?:\s*[:：]\s*|\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$`,
  'u',
);

/** ", Part IV", ", Volume 2": the place of a post in its series, after a comma at the line's end. */
const SERIES_PART = /,\s+(?:part|vol\.?|volume|chapter|episode|season|book|teil|parte|partie|tome)\s+(?:\d+|[IVXLC]+)$/iu;

/**
 * Does the article's own header follow the line: a byline or a date within the next lines, with at
 * most a short label (a section name, "Share") between them? 'next' when it comes right after.
 */
function headerFollows(lines: string[], blocks: HeadlineBlock[], i: number, allowStandfirst: boolean, shapeOf: ShapeOf, mayBeName: (j: number) => boolean = () => false): 'next' | 'near' | null {
  let between = 0;
  let standfirst = false;
  for (let j = i + 1; j < blocks.length && j <= i + 4; j++) {
    const f = blocks[j].features;
    if (headerLine(lines[j], f) || ageHeader(lines[j], f) || labelOverName(lines, blocks, j)) return between === 0 ? 'next' : 'near';
    // A bare name is taken for a byline only right under the line: "Next Post" over a date is a button.
    if (between === 0 && mayBeName(j) && nameOverStamp(lines, blocks, j)) return 'next';
    // A deck of a sentence or two right under the line, then the byline or date: the header is the line's.
    if (blocks[j].cls === 'good') return between === 0 && allowStandfirst && deckOverHeader(lines, blocks, j) ? 'near' : null;
    // A photo credit, a counter or a button is furniture, no line of its own between the two.
    if (blocks[j].cls === 'bad' && f.words <= 6) continue;
    // A standfirst or a label may stand between the headline and its byline; another line shaped
    // like a headline is the one the byline belongs to, unless it is the only one (a standfirst).
    // A line that ends on a colon ("Author of the article:") is a label over what follows, no headline.
    if (f.words >= 4 && !FULL_STOP.test(lines[j]) && !LABEL_END.test(lines[j]) && shapeOf(j, false)) {
      if (standfirst || !allowStandfirst) return null;
      standfirst = true;
    }
    between++;
    if (between > 2) return null;
  }
  return null;
}

/** How many words an age line has at most to be the header whatever it ends on ("vor 5 Stunden", "3 hours ago"). */
const AGE_ALONE_WORDS = 6;

/**
 * Is the line an age under the headline, its header: the age alone, or a stamp row that holds the age
 * among its fields ("vor 5 Stunden in Aktuelles, keine Lesermeinung", "Features / 1 day ago / by Jane
 * Roe"), up to the ten words the block features read an age in. A longer line that ends on a full stop
 * is a sentence speaking of an age ("We met two hours ago."), a deck's or the article's, no header.
 */
function ageHeader(line: string, f: BlockFeatures): boolean {
  return f.age && (f.words <= AGE_ALONE_WORDS || !FULL_STOP.test(line));
}

/** How many words a label over the author's name has at most ("Author of the article:"). */
const NAME_LABEL_WORDS = 5;

/**
 * "Author of the article:" / "Jane Roe" / "Published Nov 19, 2025 • 4 minute read": a short label that
 * ends on a colon, over a name alone (or the authors' names) right over the stamp, is the byline,
 * whatever words the label uses. Without the stamp under it, a label and a name are a menu's
 * ("02 Deploy to the cloud:" / "Harbor Functions").
 */
function labelOverName(lines: string[], blocks: HeadlineBlock[], j: number): boolean {
  if (blocks[j].features.words > NAME_LABEL_WORDS || !LABEL_END.test(lines[j]) || j + 2 >= lines.length) return false;
  const name = lines[j + 1].trim();
  if (!NAME_ALONE.test(name) && !listOfFullNames(name)) return false;
  const stamp = blocks[j + 2].features;
  return stamp.dateLine || stamp.age || startsWithStamp(lines[j + 2]);
}

/**
 * A deck: a sentence or two (no more than a deck's words), with the article's byline or date right
 * under it, or under the picture's caption (its credit on its line), which pages set between the deck
 * and the byline (then the author's bare name over the date is the byline too).
 */
function deckOverHeader(lines: string[], blocks: HeadlineBlock[], j: number): boolean {
  const f = blocks[j].features;
  if (f.words > DECK_MAX_WORDS || !FULL_STOP.test(lines[j]) || j + 1 >= lines.length) return false;
  if (headerLine(lines[j + 1], blocks[j + 1].features)) return true;
  const k = j + 2;
  return k < lines.length && blocks[j + 1].features.caption && (headerLine(lines[k], blocks[k].features) || nameOverStamp(lines, blocks, k));
}

/**
 * "Jane Smith" over "November 19th, 2019 at 8:40 AM": a byline that is only the author's name, which
 * the date right under it shows to be one. Two or three capitalised words, no digits.
 */
function nameOverStamp(lines: string[], blocks: HeadlineBlock[], j: number): boolean {
  if (j + 1 >= lines.length) return false;
  // A name in a script without capitals is told by its shape alone (its vowel signs split the features' word count).
  const caseless = CASELESS_NAME.test(lines[j]);
  if (!caseless && (blocks[j].features.words < 2 || blocks[j].features.words > NAMES_WORDS)) return false;
  const name = caseless || (blocks[j].features.words <= 3 && /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2}$/u.test(lines[j]));
  // "Jane Roe and John Doe", "Jane Roe, John Doe and Ann Lee": the authors' names, no label.
  if (!name && !listOfFullNames(lines[j])) return false;
  const f = blocks[j + 1].features;
  if (f.dateLine || f.age || startsWithStamp(lines[j + 1])) return true;
  // Under such a name, a short stamp may open on the place it was filed from ("नई दिल्ली, 14 मार्च 2025"),
  // which no date line's test takes: a full date in a short line is the stamp there.
  return caseless && lines[j + 1].length <= CASELESS_STAMP_CHARS && findFullDates(lines[j + 1]).length > 0;
}

/**
 * "राहुल शर्मा", "محمد أحمد": a name in a script without capitals, two or three words of letters alone
 * (no digit, no mark of punctuation), read as a name only right over the stamp, as a capitalised one
 * is. Unread, the line between the headline and its stamp left the headline without its header, among
 * "like lines", and a piece of the stamp line was published as the headline.
 */
const CASELESS_NAME = /^[\p{Lo}\p{M}]{2,}(?:\s[\p{Lo}\p{M}]{2,}){1,2}$/u;
/** The longest stamp line read under a caseless name: the place, the date, a time. */
const CASELESS_STAMP_CHARS = 60;

/** How many lines a headline's byline and stamp take, at most, between it and the line under them. */
const HEADER_LINES = 4;

/** How many words a line of the authors' names has at most. */
const NAMES_WORDS = 12;

/** "Updated 10:01 pm PST, Tuesday, November 19, 2019", "Published: …": the page's own stamp line. */
function startsWithStamp(line: string): boolean {
  if (!STAMP_OPENING.test(line)) return false;
  if (line.length <= 90) return true;
  // "Posted on March 4, 2023 in Travel, Gardening, Recipes, …": a stamp row that goes on with the
  // post's categories, however many. The date comes right after the label, and no sentence ends.
  if (FULL_STOP.test(line)) return false;
  return findFusedDates(line.slice(0, STAMP_DATE_REACH)).some((d) => d.index <= STAMP_LABEL_REACH);
}
const STAMP_OPENING = /^(?:published|updated|posted|last updated|modified|date|publicado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour|diterbitkan|опубликовано|обновлено)\b.{0,60}\d/iu;
/** How far into a long stamp row its date may end, and how far its label may reach before the date. */
const STAMP_DATE_REACH = 60;
const STAMP_LABEL_REACH = 20;

/** How many words a line has at least to head a deck whatever stands between them. */
const HEADLINE_OVER_DECK_WORDS = 4;
/** A line's opening in lower case: no headline's, a tagline's or a fragment's ("from research organizations"). */
const OPENS_IN_LOWER_CASE = /^\p{Ll}/u;

/**
 * Is line `above`, over line `i`, a short name rather than a headline over its deck: fewer words than a
 * headline over a deck has (a site's, a section's or a series' name), and either set apart from the line
 * by furniture (a comment counter, a button: a deck stands right under its headline) or opening in lower
 * case, which no headline does. A short headline right over its deck ("Stadt der Superlative") heads it still.
 */
function underAName(lines: string[], blocks: HeadlineBlock[], above: number, i: number): boolean {
  if (blocks[above].features.words >= HEADLINE_OVER_DECK_WORDS) return false;
  return above < i - 1 || OPENS_IN_LOWER_CASE.test(lines[above]);
}

/**
 * Is the line one of three or more like lines in a row (headline-shaped, without a full stop)?
 * Menus and lists of other stories look like that; a headline stands apart, with its byline.
 */
function inRunOfLikeLines(lines: string[], blocks: HeadlineBlock[], i: number, cjk: boolean, shapeOf: ShapeOf): boolean {
  // A copy of the line itself (scrapers and pages show headlines twice) is no other story.
  const like = (j: number) => lines[j] !== lines[i] && likeLine(lines, blocks, j, cjk, shapeOf, i);
  return (like(i - 1) && like(i + 1)) || (like(i + 1) && like(i + 2)) || (like(i - 1) && like(i - 2));
}

/**
 * Is line `j` like a headline of a list (headline-shaped, three words or more, no full stop, no
 * prose)? With `of`, like line `of` too: a teaser that opens with its age run into it ("3h agoWhy the
 * council…", a list of the latest stories) is none of the lines like a line without one.
 */
function likeLine(lines: string[], blocks: HeadlineBlock[], j: number, cjk: boolean, shapeOf: ShapeOf, of = -1): boolean {
  if (of >= 0 && j >= 0 && j < lines.length && AGED_TEASER.test(lines[j]) && !AGED_TEASER.test(lines[of])) return false;
  return j >= 0 && j < blocks.length && blocks[j].cls !== 'good' && blocks[j].features.words >= 3 && !FULL_STOP.test(lines[j]) && shapeOf(j, cjk);
}
