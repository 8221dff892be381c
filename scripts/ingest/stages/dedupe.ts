/**
 * dedupe: find the headline, take it out of the body wherever the scraper fused or repeated it,
 * and keep one copy of every paragraph and every sentence. A body repeated two or three times, a
 * paragraph shown twice, a sentence glued onto the next copy: the first copy stays, the others are
 * reported with the paragraph they repeat.
 */
import { withoutDirectionalMarks } from '../lib/page-text/language/directional-marks.ts';
import { cutAsWritten } from '../lib/page-text/language/shown-line.ts';
import { balanceLine } from '../lib/safety/bidi-controls.ts';
import type { HeaderFacts, Paragraph, Unit } from '../types.ts';
import { Report } from '../report.ts';
import { endsWithAbbreviation, splitSentences } from '../lib/page-text/language/sentences.ts';
import { countWords, textKey, truncate } from '../lib/page-text/language/text.ts';
import { chooseTitle, notAHeadline, splitFusedTitle } from '../lib/page-text/headline/title.ts';
import { endsLikeSentence } from '../lib/page-text/language/text.ts';
import { SPEAKER_LABEL } from './clean.ts';
import { itemLabels } from '../lib/page-text/boxes/item-labels.ts';
import { contentsHeadings } from '../lib/page-text/boxes/article-contents.ts';
import { standfirstUnderHeadline } from '../lib/page-text/headline/standfirst-under-headline.ts';

/** Sentences shorter than this may repeat legitimately ("Thank you.", "He agreed."). */
const MIN_WORDS_FOR_SENTENCE_DEDUPE = 5;

export interface Deduped {
  title: string;
  paragraphs: Paragraph[];
}

export function dedupe(units: Unit[], header: HeaderFacts, report: Report): Deduped {
  const written = writtenLineKeysWhenAsked(units);
  const headerLines = units.filter((u) => u.zone === 'header').map((u) => u.text);
  let body = units.filter((u) => u.zone !== 'header').map((u) => u.text);

  let title: string | null = null;
  const choice = chooseTitle([...header.titleCandidates, ...headerLines], body, header.headline, header.notHeadlines);
  if (choice) {
    title = choice.title || null;
    for (const v of choice.variants) {
      report.add('dedupe', 'title-variant', 'removed', v.line, `the headline with "${v.suffix}" appended`);
      header.outletHints.push({ outlet: v.suffix, rule: 'title-suffix', evidence: v.line });
    }
    // Header lines that read as text (a standfirst) are kept at the top of the body; labels,
    // bylines, kickers and other stories' headlines above the article are not article text.
    // A standfirst without its full stop, between the headline and the first paragraph, is the article's too.
    const headline = choice.title;
    const kept = choice.others.filter((line) => {
      if (readsAsText(line) || standfirstUnderHeadline(line, headerLines, headline)) return true;
      report.add('dedupe', 'header-line', 'removed', line, notAHeadline(line) ? 'page furniture above the article' : 'a line above the article that is not its headline');
      return false;
    });
    body = [...kept, ...body];
  }
  if (title === null && body.length) {
    const fused = splitFusedTitle(body[0]);
    if (fused) {
      // Each part of a paragraph in an isolate stays in one (lib/page-text/language/shown-line.ts): none is left open.
      title = cutAsWritten(body[0], fused.title);
      body[0] = cutAsWritten(body[0], fused.rest);
      report.add('dedupe', 'fused-title', 'changed', fused.title, 'headline run into the first sentence; split off');
    }
  }
  body = [...header.standfirst, ...body];
  if (title === null) {
    // No headline on the page: name the article by its first sentence, which stays in the body,
    // without its closing mark; a full stop that is an abbreviation's own ("… next Tues.") stays.
    const first = splitSentences(body[0] ?? '')[0] ?? 'Untitled';
    const derived = truncate(endsWithAbbreviation(first) ? first : first.replace(/(?<![.!?])[.!?]+$/, ''), 120);
    report.add('dedupe', 'title-from-first-sentence', 'inferred', derived, 'no headline on the page');
    return { title: derived, paragraphs: keepFirstCopies(body, report, written) };
  }
  const headline = title;
  body = body.flatMap((p) => removeRepeatedTitle(p, headline, report));
  return { title: headline, paragraphs: keepFirstCopies(body, report, written) };
}

/**
 * What stands before the headline's words when they are the sentence's own: a word or a comma, then
 * a space ("The State of … newsletter is edited by …", "Comparing the Best …"). A copy the scraper
 * fused or repeated starts the paragraph, follows a sentence's end or a separator, or is glued to
 * the word before it without a space ("… Kristi NoemSouth Dakota governor …").
 */
const INSIDE_A_SENTENCE = /[\p{L}\p{N},]\s+$/u;

/**
 * A breadcrumb's few words before the headline's copy: one to three capitalised words and nothing
 * else ("Haberler Gündem ", "News World "), no sentence's end, comma or mark among them.
 */
const CRUMBS_BEFORE = /^(?:\p{Lu}[\p{L}\p{N}'’&-]{0,30}\s+){1,3}$/u;
/** The site's name after the copy, set off by a bar or a dash between spaces ("… - Güncel haberler", "… | Harbor Post"): a capital, no sentence's end. */
const SITE_AFTER = /^\s+[|–—-]\s+[\p{Lu}\p{N}][^|–—.!?:;]{1,40}$/u;

/**
 * "Haberler Gündem <headline> - Güncel haberler": the page's title bar as a scraped text shows it, a
 * breadcrumb run into the headline and the site's name after it. It is no sentence (the words before
 * the copy would keep a copy inside a sentence): the whole line goes.
 */
function isTitleBar(paragraph: string, title: string): boolean {
  const at = paragraph.indexOf(title);
  return at > 0 && CRUMBS_BEFORE.test(paragraph.slice(0, at)) && SITE_AFTER.test(paragraph.slice(at + title.length));
}

/** Take every copy of the headline out of a paragraph, splitting it where the copy stood; a headline inside a sentence stays. */
function removeRepeatedTitle(paragraph: string, headline: string, report: Report): string[] {
  // The copy is looked for as it is shown: the headline's isolate or marks are no part of its words.
  const title = withoutDirectionalMarks(headline);
  if (title.length < 15 || !paragraph.includes(title)) return [paragraph];
  if (isTitleBar(paragraph, title)) {
    report.add('dedupe', 'title-bar', 'removed', paragraph, "the page's title bar: a breadcrumb's words, the headline and the site's name after it");
    return [];
  }
  const parts: string[] = [];
  let copies = 0;
  // The text since the last copy taken out, in pieces; asked only of its last piece (which holds a
  // character other than whitespace, or is all the text): asked of all of it, each time, a paragraph
  // quoting the headline thousands of times took time in the square of its length.
  let rest: string[] = [];
  for (const [i, piece] of paragraph.split(title).entries()) {
    if (i === 0) {
      rest = [piece];
      continue;
    }
    if (!INSIDE_A_SENTENCE.test(rest[rest.length - 1])) {
      copies++;
      parts.push(rest.join(''));
      rest = [piece];
    } else rest.push(title + piece);
  }
  parts.push(rest.join(''));
  if (copies === 0) return [paragraph];
  report.add('dedupe', 'repeated-title', 'removed', title, `${copies}× inside "${truncate(paragraph, 60)}"`);
  // A part of a paragraph in an isolate stays in it; a part that shows nothing (the isolate's opener alone) is none.
  return parts.map((s) => s.trim()).filter((s) => withoutDirectionalMarks(s).trim()).map((s) => cutAsWritten(paragraph, s));
}

/**
 * The keys of the texts whose every unit is a line the page's markup writes (Unit.writtenLine: a
 * heading, a list item or a paragraph without a link): empty for a text read from the page's innerText.
 */
function writtenLineKeys(units: readonly Unit[]): Set<string> {
  if (!units.some((u) => u.writtenLine)) return new Set();
  const written = new Map<string, boolean>();
  for (const u of units) {
    const key = textKey(u.text);
    written.set(key, (written.get(key) ?? true) && !!u.writtenLine);
  }
  return new Set([...written].filter(([, all]) => all).map(([key]) => key));
}

/**
 * writtenLineKeys(units), made the first time a key is asked about. Only a short paragraph shown more
 * than once is asked about (repeatsOfTheArticle), on few pages; every other page had keyed each of its
 * units, and hashed each key into a map, for nothing (a fiftieth of the HTML path's time). Nothing in
 * dedupe changes a unit, so the set made late is the one made at the start.
 */
function writtenLineKeysWhenAsked(units: readonly Unit[]): Pick<ReadonlySet<string>, 'has'> {
  let keys: Set<string> | null = null;
  return { has: (key) => (keys ??= writtenLineKeys(units)).has(key) };
}

function keepFirstCopies(texts: string[], report: Report, written: Pick<ReadonlySet<string>, 'has'>): Paragraph[] {
  const seenParagraphs = new Map<string, number>();
  const seenSentences = new Map<string, number>();
  // Sentences said a second time, kept as restated (see saysNew below), or twice already as a heading and its paragraph.
  const restated = new Map<string, number>();
  // Sentences first seen as a heading (no sentence end): a paragraph may open with them again.
  const headings = new Set<string>();
  const out: Paragraph[] = [];
  // Each paragraph's sentences and their keys, and from them the paragraph's key (paragraphKey):
  // the text is keyed once, not once whole and again sentence by sentence.
  const split = texts.map(sentencesWithKeys);
  const keys = split.map(({ sentenceKeys }, i) => paragraphKey(texts[i], sentenceKeys));
  const copies = new Map<string, number>();
  for (const key of keys) if (key) copies.set(key, (copies.get(key) ?? 0) + 1);
  const mayRepeat = repeatsOfTheArticle(texts, keys, copies, written);
  texts.forEach((text, i) => {
    const key = keys[i];
    if (!key) return;
    const copyOf = seenParagraphs.get(key);
    const again = copyOf !== undefined && mayRepeat.has(key);
    if (copyOf !== undefined && !again) {
      report.add('dedupe', 'repeated-paragraph', 'removed', text, `copy of p-${copyOf}`);
      return;
    }
    const { label, sentences, sentenceKeys } = split[i];
    const id = out.length + 1;
    // Counted to one past the most a heading has: a paragraph is not read to its end to learn it has more.
    const heading = !endsLikeSentence(text) && countWords(text, HEADING_WORDS + 1) <= HEADING_WORDS;
    // A paragraph that says something new (a long sentence the article has not said before) may repeat
    // an earlier paragraph's sentence once, as the author wrote it: an answer of the FAQ restating the
    // text. A pull quote, a blurb or a copy of the body says nothing new, a copy glued inside the same
    // paragraph is the scraper's, and a third copy is a body pasted again: those still go.
    // Whether each sentence is long enough to be deduplicated: asked by both checks below, counted once.
    const long = sentences.map((s) => countWords(s, MIN_WORDS_FOR_SENTENCE_DEDUPE) >= MIN_WORDS_FOR_SENTENCE_DEDUPE);
    const saysNew = sentences.some((_s, j) => long[j] && !seenSentences.has(sentenceKeys[j]));
    // A copy the article repeats keeps its sentences, which its first copy has already said.
    const kept = again ? sentences : sentences.filter((s, j) => {
      if (!long[j]) return true;
      const k = sentenceKeys[j];
      const first = seenSentences.get(k);
      // A heading the article's next paragraphs repeat ("1. Start small" over "Start small and …
      // Here's why:"): the paragraph's sentence is the article's own, not a copy of a copy.
      if (first !== undefined && headings.has(k) && s !== text) {
        headings.delete(k);
        seenSentences.set(k, id);
        restated.set(k, id);
        return true;
      }
      if (first !== undefined && saysNew && first !== id && restated.get(k) === undefined) {
        restated.set(k, id);
        return true;
      }
      if (first !== undefined) {
        report.add('dedupe', 'repeated-sentence', 'removed', s, `already in p-${first}`);
        return false;
      }
      seenSentences.set(k, id);
      if (heading) headings.add(k);
      return true;
    });
    if (!kept.length) return;
    if (!again) seenParagraphs.set(key, id);
    const paragraph: Paragraph = { id: `p-${id}`, text: kept.length === sentences.length ? text : withoutOpenControls(kept.join(' '), report), sentences: kept };
    if (label) paragraph.speakerLabel = label;
    out.push(paragraph);
  });
  return out;
}

/**
 * What is left of a paragraph once a repeated sentence is out, without a bidi control the sentence
 * took the partner of (an isolate around the paragraph, its pop in the sentence that went): left open,
 * it would reorder what follows (lib/safety/bidi-controls.ts). Reported.
 */
function withoutOpenControls(text: string, report: Report): string {
  const { text: balanced, dropped } = balanceLine(text);
  if (dropped.length) report.add('dedupe', 'bidi-control', 'removed', balanced, `${dropped.join(', ')}: its partner went with a repeated sentence`);
  return balanced;
}

/** A paragraph's sentences as dedupe reads them (a speaker's label is one), with each one's textKey. */
function sentencesWithKeys(text: string): { label: string | undefined; sentences: string[]; sentenceKeys: string[] } {
  const label = SPEAKER_LABEL.exec(text)?.[1];
  const sentences = label ? [text] : splitSentences(text);
  return { label, sentences, sentenceKeys: sentences.map(textKey) };
}

/**
 * textKey(text), made from the keys of its sentences (`sentenceKeys`: splitSentences(text)'s, or
 * [textKey(text)]): their non-empty keys, one space between. The sentences hold every character of
 * the text but the whitespace at their ends, and each break falls after a full stop, a question or
 * exclamation mark or a closing quote or bracket, never inside a run of letters and digits, so the
 * text's runs are its sentences' runs one after another. Lower case is the same piece by piece, but
 * for the capital sigma, whose small form depends on what follows it (final ς): a text with one is
 * keyed whole. (tests/ingest/dedupe-keys.test.ts holds the two equal on nasty and random text.)
 */
export function paragraphKey(text: string, sentenceKeys: readonly string[]): string {
  if (sentenceKeys.length === 1) return sentenceKeys[0];
  if (text.includes('Σ')) return textKey(text);
  let key = '';
  for (const k of sentenceKeys) if (k) key = key ? `${key} ${k}` : k;
  return key;
}

/** A heading is a line of a few words with no sentence end. */
const HEADING_WORDS = 20;

/** How many times a short line may stand in one article and be the article's each time. */
const SHORT_LINE_COPIES = 3;

/** Words of an item's label at most: a name for a part of the item, not a heading that says something. */
const ITEM_LABEL_WORDS = 8;

/** How many times an interview must put one question, each time between other paragraphs, for every copy to stay. */
const QUESTION_COPIES = 3;

/**
 * The paragraphs whose every copy is the article's (their keys):
 * - a line of a few words may repeat as short sentences do: a command typed again in a tutorial, a
 *   header in two code samples. The same few words under every item of a list ("Book Now", "map",
 *   "Where to buy", ten times or more) are its buttons: one copy stays, as for any repeat. A command,
 *   a line of code or a program's output ("$ hg push", "fn main() {", "added 1 files") repeats as
 *   often as the tutorial runs it: it is written with code's marks or numbers, which a button's
 *   words have none of (see commandLike). A line the page's markup writes as a heading, a list item
 *   or a paragraph with no link (Unit.writtenLine: an item's label or value repeated item by item,
 *   "Damage to items" under each mover's cons) keeps every copy too: a button is a link. A label ending in a colon ("Pros:") introduces each item
 *   of a guide, however many (see labelOverItem). Labels without the colon ("Pros" / "Cons") keep
 *   every copy when they make a set, each copy alone between the item's own lines (lines the page
 *   shows fewer times than the label: items may share a value), or right over or under another
 *   label of the set, one of which stands alone (labelsBeside; lib/page-text/boxes/item-labels.ts). A label
 *   of up to ITEM_LABEL_WORDS words without a sentence end ("What we liked about it", "Things to check
 *   before you buy:") is read the same way when it stands over more than SHORT_LINE_COPIES items;
 * - a field of an item with its value ("Charge time: 3-4 hrs"), however many times (see fieldOfAnItem),
 *   or with a bar ("Size Range | Up to 3X") when the page gives the name other values too (namesOfBarFields);
 * - a heading the article's table of contents lists and its section repeats (lib/page-text/boxes/article-contents.ts);
 * - a longer sentence that stands three times or more, each time alone between paragraphs the page
 *   shows once, is the same question put to each guest of an interview, or a refrain. A body the
 *   scraper copied repeats its paragraphs side by side; a blurb or a pull quote stands twice; a
 *   caption or a link under every picture ("View post on …") is no sentence.
 */
function repeatsOfTheArticle(texts: string[], keys: string[], copies: Map<string, number>, written: Pick<ReadonlySet<string>, 'has'>): Set<string> {
  const mayRepeat = new Set<string>();
  // Each repeated paragraph: its first copy, whether every copy stands alone between paragraphs shown
  // once, and, for an item's label, whether every copy stands between the item's own lines (shown
  // fewer times than the label: items share some values) or among a few labels of the item's
  // template (labelsBeside).
  const alone = new Map<string, { first: number; alone: boolean; amongItems: boolean; beside: boolean }>();
  keys.forEach((key, i) => {
    const n = copies.get(key) ?? 0;
    if (!key || n < 2) return;
    const between = (copies.get(keys[i - 1]) ?? 0) === 1 && (copies.get(keys[i + 1]) ?? 0) === 1;
    const amongItems = itemsLine(keys, copies, i - 1, n) && itemsLine(keys, copies, i + 1, n);
    const beside = amongItems || labelsBeside(texts, keys, copies, i);
    const seen = alone.get(key);
    if (seen) [seen.alone, seen.amongItems, seen.beside] = [seen.alone && between, seen.amongItems && amongItems, seen.beside && beside];
    else alone.set(key, { first: i, alone: between, amongItems, beside });
  });
  // Short lines (or a label's few more words) repeated more often than SHORT_LINE_COPIES, each copy alone (or beside another label): the labels of a guide's items, if they make a set (item-labels.ts).
  const labelCandidates = new Map<string, { text: string; copies: number; alone: boolean }>();
  const barFields = alone.size ? namesOfBarFields(texts) : new Set<string>();
  for (const [key, { first: i, alone: isAlone, amongItems, beside }] of alone) {
    const n = copies.get(key)!;
    const words = countWords(texts[i]);
    const short = words < MIN_WORDS_FOR_SENTENCE_DEDUPE;
    // A label of a few more words ("What we liked about it", "Things to check before you buy:") is read as
    // the short ones are when a guide repeats it over many items; a longer line shown two or three
    // times ("With Acme, you get the following:") is a copy of the page's, not a template's label.
    const label = short || (words <= ITEM_LABEL_WORDS && n > SHORT_LINE_COPIES && !endsLikeSentence(texts[i]));
    if (fieldOfAnItem(texts[i]) || barFields.has(barField(texts[i])?.name ?? '')) mayRepeat.add(key);
    else if (short ? n <= SHORT_LINE_COPIES || commandLike(texts[i]) || written.has(key) : isAlone && n >= QUESTION_COPIES && endsLikeSentence(texts[i])) mayRepeat.add(key);
    else if (label && labelOverItem(texts[i])) mayRepeat.add(key);
    else if (label && beside) labelCandidates.set(key, { text: texts[i], copies: n, alone: amongItems });
  }
  for (const key of itemLabels(labelCandidates)) mayRepeat.add(key);
  // The headings the article's table of contents lists, again over each section (lib/page-text/boxes/article-contents.ts).
  for (const key of contentsHeadings(texts, keys, copies)) mayRepeat.add(key);
  return mayRepeat;
}

/** How many of an item's labels may stand one under the other ("Pros and cons" / "Pros"). */
const LABELS_IN_A_ROW = 3;

/**
 * "Pros and cons" / "Pros" / the item's pros / "Cons" / its cons: a template may put a label right over
 * another. Line i stands in a row of such lines (short, each shown as often as line i), at most
 * LABELS_IN_A_ROW long, with one of the item's own lines (itemsLine) right above and right under the row. Such a line is a label only if its set has one that stands alone (item-labels.ts):
 * buttons side by side under every item ("Where to buy" / "Camera shop") have none.
 */
function labelsBeside(texts: string[], keys: string[], copies: Map<string, number>, i: number): boolean {
  const n = copies.get(keys[i])!;
  const member = (k: number) => k >= 0 && k < keys.length && keys[k] !== keys[i] && copies.get(keys[k]) === n && countWords(texts[k], MIN_WORDS_FOR_SENTENCE_DEDUPE) < MIN_WORDS_FOR_SENTENCE_DEDUPE;
  let top = i;
  while (top - 1 >= 0 && member(top - 1) && i - top < LABELS_IN_A_ROW) top--;
  let bottom = i;
  while (member(bottom + 1) && bottom - top < LABELS_IN_A_ROW) bottom++;
  return bottom > top && bottom - top < LABELS_IN_A_ROW && itemsLine(keys, copies, top - 1, n) && itemsLine(keys, copies, bottom + 1, n);
}

/**
 * Line k is an item's own line beside a label shown n times: the page shows it fewer times than the
 * label (once, or a few times when items share a value: "Charged a fee even if you keep nothing").
 */
function itemsLine(keys: string[], copies: Map<string, number>, k: number, n: number): boolean {
  const c = k >= 0 && k < keys.length ? (copies.get(keys[k]) ?? 0) : 0;
  return c >= 1 && c < n;
}

/**
 * "Pet safety: Toxic to cats and dogs.", "Charge time: 3-4 hrs", "Friday: Rest day": a field of one
 * item of a guide, a spec sheet or a plan, with its value. Items share values, and each states its
 * own: every copy is the article's, however many. A field's name is a word or three, capitalised, and
 * its value is short; a sentence that happens to hold a colon says more.
 */
function fieldOfAnItem(text: string): boolean {
  return FIELD_LINE.test(text) && countWords(text, FIELD_LINE_WORDS + 1) <= FIELD_LINE_WORDS;
}
const FIELD_LINE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}\s*:\s+\S/u;
const FIELD_LINE_WORDS = 12;

/**
 * "Size Range | Up to 3X", "Best For | Denim": a card's field written with a bar between its name and
 * its value. A bar also parts a credit from its source ("Photo | Harbor Press") or a menu's links, shown
 * the same under each picture or at the top and the foot: a field is a name the page gives two values
 * or more, item by item. Returns the names that do.
 */
function namesOfBarFields(texts: string[]): Set<string> {
  const values = new Map<string, Set<string>>();
  for (const text of texts) {
    const field = barField(text);
    if (!field) continue;
    const seen = values.get(field.name);
    if (seen) seen.add(field.value);
    else values.set(field.name, new Set([field.value]));
  }
  return new Set([...values].filter(([, v]) => v.size >= 2).map(([name]) => name));
}
/** A field written with a bar, its name and its value ("Size Range" and "Up to 3X"), or undefined. */
function barField(text: string): { name: string; value: string } | undefined {
  // The bar first: most texts have none. And a paragraph's words are not counted to its end
  // (countWords stops past the most a field's line may have).
  if (!text.includes(' | ') || countWords(text, FIELD_LINE_WORDS + 1) > FIELD_LINE_WORDS) return undefined;
  const m = BAR_FIELD.exec(text);
  return m ? { name: m[1], value: m[2].trim() } : undefined;
}
const BAR_FIELD = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}) \| ([^|\s][^|]*)$/u;

/**
 * A label that introduces what follows it ("Pros:", "Key features:", "Top picks:"): a guide puts it
 * over each of its items, however many; a button under every item ("Book Now") introduces nothing.
 */
const labelOverItem = (text: string): boolean => {
  // What /\p{L}[^:：]*[:：]$/u says (a colon closing the text, a letter after the colon before it),
  // read once: tried from every letter of a long word, the pattern scanned the rest from each.
  const last = text.length - 1;
  if (last < 1 || (text[last] !== ':' && text[last] !== '：')) return false;
  const previous = Math.max(text.lastIndexOf(':', last - 1), text.lastIndexOf('：', last - 1));
  return /\p{L}/u.test(text.slice(previous + 1, last));
};

/**
 * A short line as code or a terminal shows it: two words or more with a sigil, an operator, a
 * bracket, a slash, a call or a number. A lone token ("’98" on a chart's axis) or a markup tag
 * ("</div>" of a page's source shown as text) is no command, and a label's parenthesis ("Camera
 * shop (used)") is no call.
 */
function commandLike(text: string): boolean {
  const line = text.trim();
  return !line.startsWith('<') && countWords(line, 2) >= 2 && COMMAND_MARK.test(line);
}
const COMMAND_MARK = /[$=/[\]{}]|\d|\w\(/;

/** A header line worth keeping in the body: a sentence of some length, not a label. */
function readsAsText(line: string): boolean {
  return (endsLikeSentence(line) && countWords(line, 8) >= 8) || splitSentences(line).length > 1;
}
