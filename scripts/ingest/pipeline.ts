/**
 * The per-article stages, in order: decode → segment → clean → dedupe → metadata → topics →
 * people → figures, then the MDX body (emit); a saved page goes through html → html-closing-notes instead of
 * decode → segment. Pure: bytes in, record and report out (cached by the
 * CLI on the bytes' hash). The corpus stages (slugs, events, mentions, frontmatter) run afterwards
 * over all articles: see corpus.ts and run.ts.
 */
import { fileURLToPath } from 'node:url';
import type { ArticleRecord, ArticleSummary, Paragraph } from './types.ts';
import { Report, SkipArticle } from './report.ts';
import { hashBytes, type Outcome } from './outcome.ts';
import { decodeWithTableLines } from './stages/decode.ts';
import type * as HtmlStage from './stages/html.ts';
import { seedKindOf } from './seed-files.ts';
import { savedPageInText } from './lib/html/read/page-in-text.ts';
import { dropUnmatchedBidiControls } from './lib/safety/bidi-controls.ts';
import { unreadableTextReason } from './lib/safety/unreadable-text.ts';
import { unpackedSeed } from './lib/safety/gzip-seed.ts';
import { withoutRepeatedTokenBlocks } from './lib/safety/repeated-token.ts';
import { withoutStrayControls } from './lib/safety/stray-controls.ts';
import { cleanShownTexts } from './lib/safety/shown-texts.ts';
import { segment } from './stages/segment.ts';
import { clean } from './stages/clean.ts';
import { withoutClosingLines } from './stages/html-closing-notes.ts';
import { dropFurniture } from './stages/main-text.ts';
import { detectLanguage } from './lib/page-text/language/language.ts';
import { withChineseScript } from './lib/page-text/language/chinese-script.ts';
import { proseParagraphs, withCaptions, type PictureCaption } from './lib/html/article/picture-captions.ts';
import { dedupe } from './stages/dedupe.ts';
import { extractMetadata } from './stages/metadata.ts';
import { dateShownInText } from './stages/html-shown-date.ts';
import { earliestCommentDay } from './lib/dates/comment-dates.ts';
import { findTopics, type TopicMatcher } from './stages/topics.ts';
import { findPeople } from './stages/people.ts';
import { findFigures } from './stages/figures.ts';
import { serializeBody } from './stages/emit.ts';
import { shownKindsByText, withShownKinds } from './lib/html/article/shown-kinds.ts';
import { countWords, endsLikeSentence } from './lib/page-text/language/text.ts';
import { articleSlug } from './lib/page-text/language/article-slug.ts';
import { notAPageReason } from './lib/safety/not-a-page.ts';
import { onlyMachineStamps, withoutLeadingMachineStamps } from './lib/dates/machine-stamps.ts';
import { onFirstUse } from '../lib/on-first-use.ts';
import { phase } from './lib/phase-clock.ts';
import { MAX_LINES, MAX_PARAGRAPHS, MAX_SENTENCES, MAX_TEXT_CHARS, MIN_WORDS_FOR_SENTENCE, MIN_WORDS_FOR_TEXT } from './lib/safety/limits.ts';

/**
 * The HTML stage (Readability, its DOM, the HTML parser) is loaded with the first saved page: a
 * folder of text seeds never needs it, and each of the ingest's threads would otherwise load it.
 */
export { hashBytes, placementInput, type Outcome } from './outcome.ts';

const htmlStage = onFirstUse<typeof HtmlStage>(fileURLToPath(new URL('./stages/html.ts', import.meta.url)));

/** A .txt seed that is a saved page (lib/html/read/page-in-text.ts) is read as one, the report saying so. */
function readAsSavedPage(bytes: Uint8Array, report: Report): boolean {
  const page = savedPageInText(bytes);
  if (page) report.add('decode', 'saved-page-as-text', 'changed', undefined, `a .txt seed that is ${page}: read as the saved page it is, not as text`);
  return page !== null;
}

/** Throws SkipArticle for files that cannot become an article. */
/** `hash` is hashBytes(bytes) when the caller made it already (for the cache key): not made twice. */
export function processArticle(seed: string, file: Uint8Array, topics: TopicMatcher[], report: Report, hash?: string): ArticleRecord {
  // A .html.gz, or a gzip under any seed's name, is read as what it unpacks to (lib/safety/gzip-seed.ts).
  const bytes = unpackedSeed(file, report);
  // A saved web page yields the same units and header facts as text does, plus its metadata fields.
  // A PDF, a web archive, a feed or JSON is no page, whatever its name says (lib/safety/not-a-page.ts).
  const notAPage = notAPageReason(bytes);
  if (notAPage) throw new SkipArticle(notAPage);
  const html = seedKindOf(seed) === 'html' || readAsSavedPage(bytes, report) ? htmlStage().readHtml(bytes, report) : null;
  phase('text:safety');
  if (html) {
    html.units = capUnits(html.units, report);
    // A table row's cells balanced as its text, whose report counts their controls (lib/safety/shown-texts.ts).
    for (const unit of html.units) cleanShownTexts(unit, (text, counted) => dropUnmatchedBidiControls(text, counted ? report : undefined));
  }
  // Which lines a table's cells are, read from the tabs decode turns into spaces (lib/page-text/lines/table-lines.ts):
  // the bidi and cap steps keep the lines where they are, so the marks still count them.
  const decoded = html ? null : decodeWithTableLines(seed, bytes, report);
  const capped = decoded ? capText(dropUnmatchedBidiControls(decoded.text, report), report) : null;
  const text = html ? html.units.map((u) => u.text).join('\n') : capped!.text;
  // Bytes not in the encoding the file is certain of: a page of replacement characters is no article.
  const unreadable = unreadableTextReason(text);
  if (unreadable) throw new SkipArticle(unreadable);
  // A saved page's stray control characters (a Windows-1252 page's unassigned bytes), as decode drops a text's.
  if (html) html.units = withoutStrayControls(html.units, report);
  phase('text:language');
  const language = detectLanguage(text);
  phase('text:segment-clean');
  const { units: read, header } = html ? { units: html.units, header: { ...html.header, lang: language.lang === 'und' ? html.header.lang : language.lang } } : segment(text, language, report, decoded?.tableLines);
  // A block of one token repeated (a million "&foo;") is no article text (lib/safety/repeated-token.ts).
  // Its last block may be one the text cap cut in its middle: its report says so (a block of 5M "&foo;" is read as 2M).
  const repeatless = withoutRepeatedTokenBlocks(read, report, html ? html.lastTextCut : capped!.cutInLine);
  // The site's closing lines the extractor's pick kept (stages/html-closing-notes.ts), found by the text path's closing rules.
  const units = html ? withoutClosingLines(repeatless, language, report) : repeatless;
  // The extractor already chose the page's article: the text path's furniture detection is for text.
  // A saved page's sub-headings and list items by their text, as the page wrote them (lib/html/article/shown-kinds.ts).
  const shownKinds = html ? shownKindsByText(units) : null;
  const cleaned = html ? clean(units, header, report) : dropFurniture(clean(units, header, report), report);
  phase('text:dedupe');
  const deduped = dedupe(cleaned, header, report);
  // The page's own headline field beats any guess from its text.
  const title = html?.page.headline ?? deduped.title;
  if (!deduped.paragraphs.some(isArticleText)) {
    const words = deduped.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
    throw new SkipArticle(`no article text: ${words ? `${words} word(s) in lines too short to be prose` : 'nothing left'} after the page chrome was removed`);
  }
  const kept = capParagraphs(deduped.paragraphs, report);
  const shown = shownKinds ? withShownKinds(kept, shownKinds) : kept;
  // A saved page's pictures' captions, shown where the pictures stood, numbered with the paragraphs;
  // no reader of the article's prose below reads them (lib/html/article/picture-captions.ts).
  const paragraphs = html?.captions.length ? withCaptions(shown, safeCaptions(html.captions, report)) : shown;
  const prose = paragraphs === shown ? shown : proseParagraphs(paragraphs);
  // A saved page's shown text is another decode and parse: read once, when a date needs it (below).
  phase('text:shown-date');
  let shownText: string | undefined;
  const shownTextOnce = (read: NonNullable<typeof html>) => {
    if (shownText !== undefined) return shownText;
    const outer = phase('text:shown-text');
    shownText = htmlStage().shownTextOf(read);
    phase(outer);
    return shownText;
  };
  // A saved page none of whose fields dates it: the date line its shown text gives, read as a text seed's.
  if (html && !html.page.published) {
    const shown = dateShownInText(shownTextOnce(html), html.page.headline, language, seed, report, html.page.dateHints);
    if (shown) html.page = { ...html.page, published: shown.published, ...(shown.isUpdate ? { publishedIsUpdate: true } : {}) };
  }
  // A saved page its update alone dates: comments dated before that update, in the thread under the article,
  // prove it came out earlier (lib/dates/comment-dates.ts), as on the text path. Read only for such a page.
  if (html?.page.publishedIsUpdate && !html.page.earliestCommentDay) {
    const commented = earliestCommentDay(shownTextOnce(html).split('\n'), header.numericOrder);
    if (commented) html.page = { ...html.page, earliestCommentDay: commented };
  }
  phase('text:metadata');
  const meta = extractMetadata(header, prose, report, html?.page);
  phase('text:topics');
  const { topics: topicSlugs, excerpts } = findTopics(prose, topics, report);
  phase('text:people');
  const { people, quotes } = findPeople(prose, report);
  phase('text:figures');
  const figures = findFigures(prose, quotes, report, header.lang);
  phase('text:record');
  return {
    seed,
    hash: hash ?? hashBytes(file),
    paragraphs,
    title,
    // Traditional Chinese recorded as zh-Hant (its own print font); every stage above read it as zh. A saved
    // page's `<html lang>` decides only when the characters say nothing.
    lang: header.lang === 'und' ? null : withChineseScript(header.lang, () => [title, ...prose.map((p) => p.text)], html?.page.langTag),
    ...meta,
    topics: topicSlugs,
    excerpts,
    people,
    quotes,
    figures,
  };
}

/** Captions as the article's blocks are made safe above: no unmatched bidi control, no stray control character, C1 read as Windows-1252. */
function safeCaptions(captions: PictureCaption[], report: Report): PictureCaption[] {
  const units = captions.map((c) => ({ text: dropUnmatchedBidiControls(c.text, report), zone: 'body' as const }));
  withoutStrayControls(units, report);
  return captions.map((c, i) => ({ ...c, text: units[i].text.trim() })).filter((c) => c.text);
}

/** A sentence of a few words ("Some text here."), or a longer line: not a button label like "Share this". */
const isArticleText = (p: Paragraph) => {
  // Counted to MIN_WORDS_FOR_TEXT at most: all the test needs to know.
  const words = countWords(p.text, MIN_WORDS_FOR_TEXT);
  return words >= MIN_WORDS_FOR_TEXT || (words >= MIN_WORDS_FOR_SENTENCE && endsLikeSentence(p.text));
};

/**
 * A file far larger than any article is cut at a line end before the stages read it; one whose line
 * at the cap began in the cap's first half (a whole article on one line, 20 MB of it) is cut in that
 * line instead, after its last sentence before the cap (else its last space), so it is read in part
 * rather than dropped whole.
 */
function capText(text: string, report: Report): { text: string; cutInLine: boolean } {
  const lineEnd = text.length > MAX_TEXT_CHARS ? text.lastIndexOf('\n', MAX_TEXT_CHARS) : text.length;
  // Whether the cut falls inside the last line read, which is then read in part.
  let cutInLine = text.length > MAX_TEXT_CHARS && lineEnd < MAX_TEXT_CHARS / 2;
  let end = cutInLine ? inLineCut(text) : lineEnd;
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    if (++lines === MAX_LINES) {
      end = at;
      cutInLine = false;
      break;
    }
  }
  if (end === text.length) return { text, cutInLine: false };
  const cut = text.slice(0, end);
  const rest = text.slice(end);
  report.add('decode', 'text-cap', 'removed', undefined, `${rest.split('\n').length - 1} line(s), ${rest.length} characters after the first ${Math.min(lines, MAX_LINES)} lines or ${MAX_TEXT_CHARS.toLocaleString('en')} characters not read`);
  return { text: cut, cutInLine };
}

/** Where a line longer than half the cap is cut: after its last sentence end before the cap, else its last space, else at the cap. */
const SENTENCE_END = /[.!?。！？]["'”’)]?\s/g;
function inLineCut(text: string): number {
  const window = text.slice(MAX_TEXT_CHARS / 2, MAX_TEXT_CHARS);
  let sentenceEnd = -1;
  for (const m of window.matchAll(SENTENCE_END)) sentenceEnd = m.index + m[0].length - 1;
  if (sentenceEnd > 0) return MAX_TEXT_CHARS / 2 + sentenceEnd;
  const space = window.search(/\s\S*$/);
  return space > 0 ? MAX_TEXT_CHARS / 2 + space : MAX_TEXT_CHARS;
}

/** The blocks of a saved page, capped like the lines of a text file. */
function capUnits<T>(units: T[], report: Report): T[] {
  if (units.length <= MAX_LINES) return units;
  report.add('decode', 'text-cap', 'removed', undefined, `${units.length - MAX_LINES} block(s) after the first ${MAX_LINES} not read`);
  return units.slice(0, MAX_LINES);
}

/** At most MAX_PARAGRAPHS paragraphs and MAX_SENTENCES sentences per article; the rest is reported. */
function capParagraphs(paragraphs: Paragraph[], report: Report): Paragraph[] {
  let sentences = 0;
  let end = 0;
  for (; end < paragraphs.length && end < MAX_PARAGRAPHS; end++) {
    if (sentences + paragraphs[end].sentences.length > MAX_SENTENCES) break;
    sentences += paragraphs[end].sentences.length;
  }
  if (end === paragraphs.length) return paragraphs;
  const kept = paragraphs.slice(0, end);
  if (end < MAX_PARAGRAPHS && sentences < MAX_SENTENCES) {
    // One paragraph runs past the sentence cap: keep its first sentences.
    const p = paragraphs[end];
    const room = p.sentences.slice(0, MAX_SENTENCES - sentences);
    kept.push({ ...p, sentences: room, text: room.join(' ') });
    report.add('dedupe', 'sentence-cap', 'removed', undefined, `${p.sentences.length - room.length} sentences of ${p.id} after the article's first ${MAX_SENTENCES} not published`);
    end++;
  }
  const rest = paragraphs.length - end;
  if (rest) {
    const rule = kept.length >= MAX_PARAGRAPHS ? 'paragraph-cap' : 'sentence-cap';
    report.add('dedupe', rule, 'removed', undefined, `${rest} paragraph(s) after ${paragraphs[end - 1]?.id ?? 'the start'} not published: an article keeps at most ${MAX_PARAGRAPHS} paragraphs and ${MAX_SENTENCES} sentences`);
  }
  return kept;
}

/** What the corpus stages and the frontmatter need of a record (see ArticleSummary). */
export function summarize(r: ArticleRecord): ArticleSummary {
  const prose = proseParagraphs(r.paragraphs);
  return {
    seed: r.seed,
    title: r.title,
    titleSlug: articleSlug(r.title, r.outlet),
    date: r.date,
    outlet: r.outlet,
    topics: r.topics,
    speakers: r.people.map((p) => p.slug),
    newsWeekdays: r.newsWeekdays,
    author: r.author,
    editor: r.editor,
    published: r.published,
    ...(r.dateModified ? { dateModified: r.dateModified } : {}),
    people: r.people,
    paragraphCount: prose.length,
    wordCount: prose.reduce((n, p) => n + countWords(p.text), 0),
    summary: summarySentence(summaryLine(prose)),
    lang: r.lang,
  };
}

/**
 * The line an article's summary (its description wherever its link is shown) is the first sentence of:
 * its first paragraph or list item. Not a sub-heading, a table's row nor a block of code: a saved
 * page's article can open with a heading (a section's name over the story, a sub-title), which would
 * then describe the article. With none of those, the first line as before; never a speaker's label.
 */
function summaryLine(prose: Paragraph[]): Paragraph | undefined {
  // Nor a line of date-times as software writes them ("2023-01-10 10:30:00 America/Chicago", an event's calendar widget).
  const lines = prose.filter((p) => !p.speakerLabel && !onlyMachineStamps(p.text));
  return lines.find((p) => p.kind === undefined || p.kind === 'item') ?? lines[0] ?? prose.find((p) => !p.speakerLabel);
}

/** Its first sentence, without the software's date-times it may open with (lib/dates/machine-stamps.ts): the text after them describes the article. */
function summarySentence(line: Paragraph | undefined): string {
  const first = line?.sentences[0] ?? '';
  return withoutLeadingMachineStamps(first) || first;
}

/** Bad input gets a clear reason, never a crash: the rest of the site still builds. */
export function processSeed(seed: string, bytes: Uint8Array, topics: TopicMatcher[], hash?: string): Outcome {
  const report = new Report(seed);
  try {
    const record = processArticle(seed, bytes, topics, report, hash);
    return { seed, record, summary: summarize(record), body: serializeBody(record.paragraphs), cacheable: true, entries: report.entries };
  } catch (error) {
    const reason = error instanceof SkipArticle ? error.reason : `could not be read: ${(error as Error).message}`;
    report.add('decode', 'skipped', 'skipped', undefined, reason);
    return { seed, skip: reason, cacheable: error instanceof SkipArticle, entries: report.entries };
  }
}
