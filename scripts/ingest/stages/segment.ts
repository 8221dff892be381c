/**
 * segment: text → units (one per paragraph line) in three zones, and the facts written in header
 * lines (stamps, Source:, Editor:, bylines, summary bullets). The body runs from the first to the
 * last line that reads like prose; what comes before is the page header, what follows the footer.
 */
import type { HeaderFacts, Unit } from '../types.ts';
import { Report } from '../report.ts';
import { countWords, endsLikeSentence } from '../lib/page-text/language/text.ts';
import { shownLine, trimmedInsideMarks, writtenPiece } from '../lib/page-text/language/shown-line.ts';
import { isDirectionalMark } from '../lib/page-text/language/directional-marks.ts';
import { findFusedDates, findInvalidDates, findStampDate, mayHoldYear, numericOrderOfLanguage, numericOrderShown, type NumericOrder, type ParsedDate } from '../lib/dates/dates.ts';
import type { Language } from '../lib/page-text/language/language.ts';
import { BARE_LABEL, datesAChange, LABEL_BEFORE_DATE, PUBLICATION_LABEL, PUBLICATION_LABEL_AFTER, PUBLICATION_OR_UPDATE_WORDS, publicationLabelAfter, STATES_WHAT_IT_DATES } from '../lib/dates/date-labels.ts';
import { setStampLabelAside } from '../lib/dates/stamp-label.ts';
import { STAMP_ZONE } from '../lib/dates/zone-order.ts';
import { withoutClosingClockTime } from '../lib/dates/closing-clock-time.ts';
import { withoutCommentCallAtEnd } from '../lib/dates/comment-call-after-stamp.ts';
import { dateInPhrase } from '../lib/dates/date-in-phrase.ts';
import { datesAnAccount } from '../lib/dates/activity-date.ts';
import { isDateWithUpdateInBrackets, isVersionPair } from '../lib/dates/version-pair.ts';
import { earliestCommentDay } from '../lib/dates/comment-dates.ts';
import { commentCountRowDate, dateWithItsTime, fieldRowDate, RANGE_BEFORE, soleDatedLine, underCommentCue } from '../lib/dates/sole-date-line.ts';
import { detectMainText, HEADER_WINDOW } from './main-text.ts';
import { opensOnADateline } from './main-text/above/opens-on-a-dateline.ts';
import { headlineShaped } from '../lib/page-text/headline/headline.ts';
import { blockFeatures } from '../lib/page-text/lines/block-features.ts';
import { colonFormOf, dateAfterHeadline, nameWithItsDate, opensWithPhotoLabel, siteNameAfter } from '../lib/page-text/headline/title.ts';
import { kickerRunIntoHeadline } from '../lib/page-text/headline/kicker-run-in.ts';
import { STANDFIRST_WORDS, insetPassedOver } from '../lib/page-text/headline/headline-over-standfirst-and-inset.ts';
import { kickerOverColon } from '../lib/page-text/headline/kicker-over-colon.ts';
import { dashQuotation } from '../lib/page-text/headline/quoted-headline.ts';
import { SkipArticle } from '../report.ts';
import { cleanAuthor, commaParts, isRole, joinNames, withoutClosingAbbreviation } from '../lib/bylines/author.ts';
import { BY_LABELS, BYLINE, LABEL_ALONE, SEPARATOR_LINE } from '../lib/bylines/byline-labels.ts';
import { labelledBylineAway } from '../lib/bylines/labelled-byline.ts';
import { longAuthorList } from '../lib/bylines/author-list.ts';
import { readLabelledLine, withoutLeadingSeparator, writerAfterReviewer } from '../lib/bylines/labelled-line.ts';
import { NAME_JOINER_ANY_CASE, nameShaped, sectionWordAlone } from '../lib/bylines/name-shape.ts';
import { blogTitleOwner, copyrightOwner, mastheadOwner } from '../lib/bylines/site-owner.ts';
import { reporterSignOff } from '../lib/bylines/reporter-sign-off.ts';
import { writerAsToldTo } from '../lib/bylines/as-told-to.ts';
import { bylineInCapitals } from '../lib/bylines/byline-in-capitals.ts';
import { nameUnderLastParagraph } from '../lib/bylines/name-under-article.ts';
import { writerUnderOutletByline } from '../lib/bylines/writer-under-outlet-byline.ts';
import { nameWithItsBio } from '../lib/bylines/name-with-bio.ts';
import { underBylineAndItsBio } from '../lib/bylines/byline-then-bio.ts';
import { writersOfNotes } from '../lib/bylines/writer-note.ts';
import { agencyOnStampRow } from '../lib/bylines/agency-byline.ts';
import { namesBeforeRoleNote } from '../lib/bylines/role-note.ts';
import { bracketedCjkName, cjkBylineBetween } from '../lib/bylines/cjk-labelled-byline.ts';
import { caselessBylineBetween, caselessNamesOverStamp } from '../lib/bylines/caseless-labelled-byline.ts';
import { bareName, CALL_TO_ACT, TWO_TO_FOUR_WORDS, isAffiliation, isSiteAddress, commonWordsOnly, READING_TIME, handleOnlyHere, listOfFullNames, lowerCaseWords, personNameAlone, namesAcrossBar, nameBeforeItsAge, nameBeforeItsStamp, nameBeforeItsTail, namesWithAffiliationMarks, NEWSROOM_BYLINE, nameInFieldRow, nameInStampRow, namesBeforePlace, namesList, oneWordName, wordsBeforeItsStamp, wordsOfNamesOnly } from '../lib/bylines/name-lines.ts';

export interface Segmented {
  units: Unit[];
  header: HeaderFacts;
}

/** Why a stamp or byline row under the headline, inside the article's run, is left out of its text. */
const HEADER_ROW = "before the article: the article's byline or stamp row under its headline";
/** How far a list of dated items reaches: three date lines within it are a list's, not one article's stamp. */
const DATED_LIST_REACH = 8;
/** A list's comma or joining word alone on its line, between two names under a byline's label: ",", ", and", "&", "und". */
const JOINER_LINE = new RegExp(`^(?:,|,?\\s*${NAME_JOINER_ANY_CASE})$`, 'u');

/** "Tim HanlonNews Reporter" → "Tim Hanlon": a name under a byline's label with the writer's role run into its line; any other line as it is. */
const withoutRoleTail = (line: string) => (line && !bareName(line) ? (nameBeforeItsTail(line) ?? line) : line);

/** How many lines under the article's run its sign-off may stand (after a share row, a blank run). */
const SIGN_OFF_UNDER_ARTICLE = 8;
/** How many lines under the headline a name in brackets may stand ("（山田太郎）"): the stamp and a kicker may come first. */
const BRACKETED_NAME_UNDER_HEADLINE = 3;
/** Lines a very short item (a headline, a stamp, a few short lines of text) has at most: more and no prose is a page of menus. */
const SHORT_ITEM_LINES = 12;
/** How many lines above the headline a stamp may stand ("December 17, 2025" over the title). */
const STAMP_ABOVE_HEADLINE = 3;
const BULLET = /^[•·▪●◦‣∙*-]\s+/;
const SOURCE = /^(?:source|来源|來源)\s*[:：]\s*(.+)$/i;
const EDITOR = /^(?:editor|edited by|responsible editor)\s*[:：]?\s+(.+)$/i;
const LEADING_TIME = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4}\b)?\s*[,|/·-]?\s*(?:on\s+)?$/iu;
/** Do at least half of the lines end as a sentence does? Counting stops once the answer is known. */
function mostlySentences(lines: readonly string[]): boolean {
  const needed = Math.ceil(lines.length / 2);
  let sentences = 0;
  for (let i = 0; i < lines.length && sentences < needed; i++) if (endsLikeSentence(lines[i])) sentences++;
  return sentences >= needed;
}

/** The fewest words of a line that reads like body prose. */
const PROSE_WORDS = 15;
/** A line that reads like body prose: long enough and ending like a sentence. */
export function isProse(text: string): boolean {
  // Its end read first, then its words counted to 15 at most: every line of the page is asked, and a long
  // paragraph need not be read to its end.
  return endsLikeSentence(text) && countWords(text, PROSE_WORDS) >= PROSE_WORDS && !BULLET.test(text);
}

/**
 * "Anna Berg" / ", and" / "Harbor Rankings Team": under a list's joining word on a line of its own, the
 * next line is the list's next writer, a team or a desk as well as a person: capitalised words, two to
 * four, that the byline cleaner leaves as they are (no label, date or role), and no sentence.
 */
function namedAfterJoiner(name: string): boolean {
  return TWO_TO_FOUR_WORDS.test(name) && nameShaped(name) && cleanAuthor(name) === name && !endsLikeSentence(name);
}

/** `tableLines`: decode's count per line of `text` of a table's cells on it (lib/page-text/lines/table-lines.ts), null when it had no tab. */
export function segment(text: string, language: Language, report: Report, tableLines?: Uint8Array | null): Segmented {
  const { lines: written, origins } = unwrapHardWrappedWithOrigins(text, report);
  // Every reader reads a line as it is shown, without the marks that only set its direction (a byline
  // in an isolate, a mark before a stamp); the units keep them as written (lib/page-text/language/shown-line.ts).
  const lines = written.map(shownLine);
  /** What a reader kept of line `i` (the line, or the part a stamp or a site's name left), as the line writes it. */
  const asWritten = (i: number, kept: string) => (written[i] === lines[i] ? kept : kept === lines[i] ? written[i] : writtenPiece(written[i], kept));
  const header: HeaderFacts = { lang: language.lang, titleCandidates: [], stamps: [], sources: [], bylines: [], editors: [], outletHints: [], standfirst: [] };
  // A stamp's numeric date with two readings ("8/1/2025") is read in the order the page's other numeric dates show, or its language writes.
  header.numericOrder = numericOrderShown(text) ?? numericOrderOfLanguage(language.lang);

  // A line the unwrap joined is marked as its first line is.
  const choice = detectMainText(lines, language, tableLines ? origins.map((o) => tableLines[o]) : undefined);
  if (choice.start === -1 && lines.length && choice.blocks.every((b) => b.cls === 'bad')) {
    throw new SkipArticle('no article text: every line is page furniture');
  }
  // A page of many lines and no prose among them is a page of menus and links whose article did not
  // render (or was never there): read as a very short item, its menus were the article. Not a page
  // whose lines end as sentences do (a list of facts, a log): menus and links do not.
  if (choice.start === -1 && lines.length > SHORT_ITEM_LINES && !mostlySentences(lines)) {
    throw new SkipArticle(`no article text: no prose among ${lines.length} lines of menus and links`);
  }
  // No prose at all (a very short item): the first line is its header, the rest its body.
  const bodyStart = choice.start === -1 ? Math.min(1, lines.length - 1) : choice.start;
  const bodyEnd = choice.start === -1 ? lines.length - 1 : choice.end;
  const headline = choice.headline;
  // A clip's title or a link the chooser passed over, between the standfirst and the byline
  // (headline-over-standfirst-and-inset.ts): the name under the headline is counted from that line, as
  // it was when the line was taken for the headline; the lines over it are the standfirst's, no byline.
  const passed = insetPassedOver.get(lines);
  const headerFrom = passed && passed.headline === headline ? passed.inset : headline;

  const units: Unit[] = [];
  // A date line with a full date ("0:00", a price are date lines to main-text, and no list's dates).
  const datedLines = new Map<number, boolean>();
  const isDateLine = (j: number): boolean => {
    if (choice.blocks[j]?.features.dateLine !== true) return false;
    let dated = datedLines.get(j);
    if (dated === undefined) datedLines.set(j, (dated = findFusedDates(lines[j], header.numericOrder).length > 0));
    return dated;
  };
  /**
   * Is line `i` a date line with two more around it (within DATED_LIST_REACH lines)? A line whose label
   * says what it dates ("Updated …", "Posted …", "… | Originally published": a page's history) is never a list's.
   */
  const inDatedList = (i: number): boolean => {
    if (!isDateLine(i) || STATES_WHAT_IT_DATES.test(lines[i]) || PUBLICATION_LABEL_AFTER.test(lines[i])) return false;
    // The list stays in its part of the page (above the article's text, in it, under it), and a stamp
    // under the headline has no neighbours above it: teasers above the headline or under the article
    // are no neighbours of the article's own stamp.
    const zoneOf = (j: number) => (j < bodyStart ? 0 : j > bodyEnd ? 2 : 1);
    const top = Math.max(0, i - DATED_LIST_REACH, headline !== -1 && i > headline ? headline + 1 : 0);
    const bottom = Math.min(lines.length - 1, i + DATED_LIST_REACH);
    let others = 0;
    for (let j = top; j <= bottom && others < 2; j++) if (j !== i && zoneOf(j) === zoneOf(i) && isDateLine(j)) others++;
    return others >= 2;
  };
  // Paragraphs of prose read under the headline: a standfirst may come before the byline and the
  // date; past a second paragraph, a date line is the article's text (an event's day, a timeline),
  // unless it comes right under a byline.
  let proseUnderHeadline = 0;
  let nameOverStamp: string | null = null;
  /** A byline read under a label alone ("Von" / "Anna Berg"): the line where a next name would stand, the bylines' count then, the names so far. */
  let namesUnderLabel: { next: number; count: number; names: string[] } | null = null;
  // How many bylines were read before the headline's line (-1 until it is reached): over the headline,
  // a list of teasers gives each story's "by …", none of them the article's.
  let bylinesOverHeadline = -1;
  let lastProse = '';
  // The line of the header's first stamp: a name beside it is the byline wherever the headline was found.
  let stampLine = -1;
  /** The line each of the header's stamps was read from, in their order. */
  const stampLines: number[] = [];
  /** The lines of byline rows that gave a stamp ("by Ann Lee | 5 November 2024"). */
  const bylineRowLines = new Set<number>();
  let lowerWords: Set<string> | null = null;
  /** The words the page writes in lower case, read once when a name with no label is weighed. */
  const pageLowerCaseWords = () => (lowerWords ??= lowerCaseWords(lines));
  /** Whether a paragraph of prose was met in the run so far (overRunsFirstParagraph reads it). */
  let runProseSeen = false;
  /**
   * Is line `i` a line of the run over its first paragraph of prose, with the headline chosen lines
   * above the run? The run's opening lines are then the article's own header, however far under that
   * headline they stand: a strip of other stories' titles between the two (which the run took in, or
   * which put the headline on a teaser's title) pushes the article's stamp row ("Jane Roe,
   * CorrespondentDec 22, 2023, 10:15 PM" under a picture's caption) past the header's window.
   * Asked of each line of the run in order; each is read as prose or not until the first one is.
   */
  function overRunsFirstParagraph(i: number): boolean {
    if (runProseSeen || headline === -1 || headline >= bodyStart - 1 || i < bodyStart) return false;
    if (isProse(lines[i])) runProseSeen = true;
    return !runProseSeen;
  }
  lines.forEach((line, i) => {
    const stampsBefore = header.stamps.length;
    // "Last updated:" on a line of its own labels the stamp read from the next line, over the article
    // or under it ("Published" / "August 30, 2024" in its footer).
    const [stamps, underArticle] = [header.stamps.length, header.footerStamps?.length ?? 0];
    const labelled = header.labelledStamps?.length ?? 0;
    const standfirst = header.standfirst.length;
    readLine(line, i);
    // A summary's bullet is published: as the line writes it.
    for (let k = standfirst; k < header.standfirst.length; k++) header.standfirst[k] = asWritten(i, header.standfirst[k]);
    if ((header.labelledStamps?.length ?? 0) > labelled) publicationOverUpdate(i);
    if (i > 0 && BARE_LABEL.test(lines[i - 1])) labelNewStamps(stamps, underArticle, lines[i - 1].trim());
    else {
      // "5 Sept 2024 | Originally published": the label after the date says what it dates, as one before it would.
      const after = publicationLabelAfter(line);
      if (after !== null) labelNewStamps(stamps, underArticle, after);
      if (underArticle === 0 && (header.footerStamps?.length ?? 0) > 0) bylineOverFooterStamp(i);
    }
    if (stampLine === -1 && header.stamps.length > stampsBefore) stampLine = i;
    for (let k = stampsBefore; k < header.stamps.length; k++) stampLines.push(i);
    if (header.stamps.length > stampsBefore && BYLINE.test(withoutLeadingSeparator(line))) bylineRowLines.add(i);
  });
  stampsUnderHeadlineFirst();
  /**
   * A date further over the headline than a stamp stands over a title is a teaser's (the site's latest
   * story in a strip above the article) when the headline has a stamp under it: the article's header
   * is its headline's neighbourhood, so the stamps under the headline go first (metadata takes the first).
   */
  function stampsUnderHeadlineFirst(): void {
    if (headline === -1 || !stampLines.some((at) => at > headline)) return;
    // A byline row with its date under the headline ("by Ann Lee | 5 November 2024") is the article's
    // own header: a bare date over the headline, however near, is then the site's (today's date in its
    // masthead) or a teaser's.
    const bylineRowUnder = stampLines.some((at) => at > headline && at <= headline + HEADER_WINDOW && bylineRowLines.has(at));
    const teaser = (k: number) => stampLines[k] < (bylineRowUnder ? headline : headline - STAMP_ABOVE_HEADLINE);
    const order = header.stamps.map((_, k) => k);
    if (!order.some(teaser)) return;
    header.stamps = [...order.filter((k) => !teaser(k)), ...order.filter(teaser)].map((k) => header.stamps[k]);
  }
  /**
   * "28. Juni 2025 - 16.03 Uhr" right over "Akt.: 29. Juni 2025 - 21.18 Uhr": the labelled update line `i`
   * just gave, read away from the header, with a bare date line over it that names its day or one
   * before. The two lines are the page's versions, as version-pair.ts reads them on one line: the bare
   * one is its publication, kept before the update (metadata takes the first that is no update).
   */
  function publicationOverUpdate(i: number): void {
    const stamps = header.labelledStamps!;
    const update = stamps[stamps.length - 1];
    const over = lines[i - 1];
    if (update !== lines[i] || !over || !choice.blocks[i - 1]?.features.dateLine || STATES_WHAT_IT_DATES.test(over) || header.stamps.includes(over)) return;
    const u = findStampDate(update, header.lang, header.numericOrder);
    const d = findStampDate(over, header.lang, header.numericOrder);
    if (!u || !d || !datesAChange(update, u.index) || datesAChange(over, d.index) || d.date > u.date) return;
    stamps.splice(stamps.length - 1, 0, over);
    report.add('segment', 'date-publication-over-update', 'found', over, "a bare date line right over the page's labelled update: the first of its versions, its publication");
  }

  /** The stamp a line just gave (over the article or under it), with the label that says what it dates before it. */
  function labelNewStamps(stamps: number, underArticle: number, label: string): void {
    if (header.stamps.length > stamps) header.stamps[stamps] = `${label} ${header.stamps[stamps]}`;
    const footerStamps = header.footerStamps ?? [];
    if (footerStamps.length > underArticle) footerStamps[underArticle] = `${label} ${footerStamps[underArticle]}`;
  }
  /**
   * "Written by Ann Lee" / "April 8, 2024" under the article: a labelled byline right over the first
   * date line under it says the date is the article's (a comment's date sits under "Ann Lee says:", no
   * byline; a related story's "By …" / date comes after the article's own date, if any). The stamp is
   * kept with the byline as a labelled one (metadata weighs it over the footer's bare dates).
   */
  function bylineOverFooterStamp(i: number): void {
    const before = nextPast(i, -1);
    const m = before > bodyEnd ? BYLINE.exec(lines[before]) : null;
    if (!m || endsLikeSentence(lines[before]) || countWords(m[1]) > 8 || !nameShaped(cleanAuthor(m[1]) ?? '')) return;
    const stamp = header.footerStamps!.pop()!;
    (header.labelledStamps ??= []).push(`${lines[before].trim()} ${stamp}`);
    report.add('segment', 'date-stamp-under-byline', 'found', `${lines[before].trim()} ${stamp}`, "a date line under a byline, under the article: the article's stamp");
  }
  function readLine(line: string, i: number): void {
    const zone: Unit['zone'] = i < bodyStart ? 'header' : i > bodyEnd ? 'footer' : 'body';
    const furniture = choice.furniture.get(i);
    const unit = (t: string): Unit => (furniture ? { text: asWritten(i, t), zone, furniture } : { text: asWritten(i, t), zone });
    if (i !== headline && inDatedList(i)) {
      // One of a list's dated items ("You may also like…", an events calendar): not the article's stamp.
      report.add('segment', 'date-in-list', 'found', line, 'a date line among others: a list of dated items');
      return void units.push(unit(line));
    }
    if (i === headline) {
      bylinesOverHeadline = header.bylines.length;
      // The headline line may carry a stamp ("date 2020-10-31 Title…"): the facts come out first.
      // Found among the first lines of the run, it still belongs to the header.
      // An issue's date after a series' name ("Weekly Wrap-Up 12/19/2025") is read and kept: it is part of the headline.
      // "– Angsten vil øke": a quotation a dash opens (quoted-headline.ts) is the headline whole, no summary's bullet.
      const found = dashQuotation(line, language.lang) ? line : readHeaderField(line, 'header', header, report, false);
      let rest = found && nameWithItsDate(line) ? line : found;
      // "… | Daily Planet": the site's name, which the page shows again alone or in its copyright line.
      const site = rest ? siteNameAfter(rest, lines) : null;
      if (rest && site) {
        report.add('segment', 'headline-site-name', 'removed', site.site, `the site's name after the headline "${site.headline}"`);
        rest = site.headline;
      }
      // "Flood inquiry Two resign": a kicker run into the headline, which the page writes elsewhere with its colon.
      const colonForm = rest ? colonFormOf(rest, lines) : null;
      if (rest && colonForm) {
        report.add('segment', 'headline-colon-form', 'changed', rest, `the kicker run into the headline; the page writes it "${colonForm}"`);
        rest = colonForm;
      }
      // "Kultur : Ehrengast …", "»Es wird bald beginnen«Trump spricht …": a kicker run into the headline with a mark no headline writes there.
      const kicker = rest ? kickerRunIntoHeadline(rest, lines, language.lang) : null;
      if (rest && kicker) {
        report.add('segment', 'headline-kicker', 'removed', kicker.kicker, `the kicker run into the headline "${kicker.headline}"`);
        rest = kicker.headline;
      }
      // "Stuttgart hat's drauf" / ":" / "Stadt der Superlative": the kicker over a colon alone on its line is the headline's.
      const overColon = rest ? kickerOverColon(rest, lines, i) : null;
      if (rest && overColon) {
        report.add('segment', 'headline-kicker-over-colon', 'changed', rest, `the kicker over the headline, past a colon alone on its line: "${overColon.headline}"`);
        rest = overColon.headline;
      }
      // "… / Dec 2025": the post's date after the headline is no part of it.
      const dated = rest ? dateAfterHeadline(rest) : null;
      if (rest && dated) {
        report.add('segment', 'headline-date', 'removed', dated.date, `the post's date after the headline "${dated.headline}"`);
        rest = dated.headline;
      }
      if (rest) {
        header.headline = asWritten(i, rest);
        units.push({ text: header.headline, zone: 'header' });
      }
      return;
    }
    // Facts are read from the article's own header (a few lines above it) and from its footer.
    // The lines under the headline are its header too, however far the first paragraph comes after them.
    const [stampsBeforeLine, bylinesBeforeLine] = [header.stamps.length, header.bylines.length];
    const nearHeadline = headline !== -1 && i > headline - STAMP_ABOVE_HEADLINE && i <= headline + HEADER_WINDOW;
    const far = zone === 'body' || (zone === 'header' && i < bodyStart - HEADER_WINDOW && !nearHeadline);
    // Away from the article's header, only a stamp that says what it dates is read, and the line stays as written.
    // Just above the headline inside the run, the line may go on past the stamp as long as it likes
    // ("Posted on December 20, 2025 by Ann Lee - 5 Comments on <headline>").
    if (far) readLabelledStamp(line, header, report, nearHeadline && i < headline);
    // Under the article, "March 3, 2025. Updated: March 9, 2025" is read whole: split into its stamps, the
    // update would go to a byline above it and the publication be lost among the footer's dates.
    else if (zone === 'footer' && readVersionPair(line, header, report)) return void units.push(unit(line));
    // The article's header ends at its headline, or, with no headline found inside the run, where the run begins.
    const headerEnd = headline !== -1 ? headline : bodyStart - 1;
    if (zone === 'body' && i > headerEnd) {
      // "Apr 21, 2021" between the headline and the first paragraph, inside the article's run: the
      // line stays as main-text left it, its date is the header's stamp.
      // A stamp in the box between the article's opening paragraphs and the rest (main-text/above/opening-above-a-box.ts) is the header's too.
      const inBox = !!choice.boxUnderOpening && i >= choice.boxUnderOpening.first && i <= choice.boxUnderOpening.last;
      const inHeaderWindow = i <= headerEnd + HEADER_WINDOW;
      // "By Ann Lee" / "Ann Lee writes about …" / "Dec. 22, 2023": the writer's biography is the byline's, no paragraph of the article.
      // Asked of every line of the run until its first paragraph, so that it knows where that is.
      const overFirstParagraph = overRunsFirstParagraph(i);
      const inWindow = inHeaderWindow && (proseUnderHeadline < 2 || BYLINE.test(lines[i - 1]) || inBox || underBylineAndItsBio(lines, i));
      // Past the window, a row that names its writer: a date alone there may be the article's own first line (a diary's day).
      const underHeader = inWindow || (overFirstParagraph && rowNamesItsWriter(line, header.numericOrder));
      if (underHeader && (choice.blocks[i].features.dateLine || !isProse(line))) readStampBesideHeadline(line, header, report, inWindow ? undefined : 'date-stamp-over-run-first-paragraph');
      // A standfirst the page shows twice is one paragraph. Counted inside the header's window only:
      // past it nothing reads the count (`underHeader` is false from there on), and every body line was
      // asked whether it is prose for nothing.
      else if (inHeaderWindow && !furniture && line !== lastProse && isProse(line)) {
        proseUnderHeadline++;
        lastProse = line;
      }
    } else if (zone === 'body' && nearHeadline && i < headline && choice.blocks[i].features.dateLine) {
      // "April 18, 2024" right over the headline, the article's run begun above it (a menu the run
      // took in): the stamp a header gives over its title, read as it would be there; the line stays.
      readStampBesideHeadline(line, header, report, 'date-stamp-over-headline-in-run');
    }
    // The byline under the headline, inside the article's run ("ByRosa Medrano", "By" over the name),
    // or a name under a label alone in the header: read as the byline, the line kept as written.
    const underHeadline = zone === 'body' && i > headerEnd && i <= headerEnd + HEADER_WINDOW;
    if ((zone === 'header' && !far) || underHeadline) readBylineShape(line, i > 0 ? lines[i - 1] : '', zone === 'body', header, report);
    const nextLine = namesUnderLabel?.next === i && header.bylines.length === namesUnderLabel.count ? line.trim() : '';
    // "Tim HanlonNews Reporter": the next name with the writer's role run into its line.
    const nextName = withoutRoleTail(nextLine);
    // The same name again (a picture's label, then the name) is the same writer: the next line may still name another.
    // "Anna Berg" / "," / "Li Wei" / ", and" / "Jo Park": the list's commas and joining word on lines of their own.
    if (namesUnderLabel && nextLine && JOINER_LINE.test(nextLine)) namesUnderLabel.next = i + 1;
    else if (namesUnderLabel && nextName && namesUnderLabel.names.some((n) => n.toLowerCase() === nextName.toLowerCase())) namesUnderLabel.next = i + 1;
    else if (namesUnderLabel && nextName && ((bareName(nextName) && wordsOfNamesOnly(nextName, pageLowerCaseWords())) || (JOINER_LINE.test(lines[i - 1].trim()) && namedAfterJoiner(nextName)))) {
      // "Von" / "Anna Berg" / "Li Wei": the label alone names the writers one a line; each name under the first is one more.
      namesUnderLabel.names.push(nextName);
      namesUnderLabel.next = i + 1;
      header.bylines[namesUnderLabel.count - 1] = joinNames(namesUnderLabel.names);
      report.add('segment', 'byline-names-under-label', 'found', nextName, `one more writer's name under the byline's label, on a line of its own ("${header.bylines[namesUnderLabel.count - 1]}")`);
    } else if (header.bylines.length > bylinesBeforeLine && i > 0 && LABEL_ALONE.test(lines[i - 1])) {
      namesUnderLabel = { next: i + 1, count: header.bylines.length, names: [withoutRoleTail(header.bylines[header.bylines.length - 1])] };
    }
    const namedUnderLabel = nextName !== '' && namesUnderLabel?.next === i + 1 && namesUnderLabel.names.includes(nextName);
    // "Anna Berg" / "September 4, 2025" right under the headline: a name with no label, over the
    // stamp or the author's role. Weaker than a labelled byline: kept apart, used only when none is found.
    // A picture between the headline and the byline (its caption, its credit) is no line of the header's reach.
    // Counted only near the headline: counted from every line of a long page, the pictures took quadratic time.
    // Past a clip's title the chooser passed over, counted from that line; the lines over it are the standfirst's (reach 0).
    const reach = i > headline && i <= headerFrom ? 0 : i - headerFrom;
    if (headline !== -1 && reach > 0 && reach <= NAME_OVER_STAMP_REACH + 2 * MAX_PICTURES_OVER_BYLINE && !nameOverStamp && reach - picturesBetween(headline, i) <= NAME_OVER_STAMP_REACH) nameOverStamp = unlabelledName(line, i);
    // "Anna Berg" / "Correspondent in Athens" a few lines further down, under a standfirst and a related
    // story's links: the role under it says the name is the writer's, where a name alone would be too far.
    else if (headline !== -1 && reach > NAME_OVER_STAMP_REACH && reach <= NAME_OVER_ROLE_REACH && !nameOverStamp) nameOverStamp = nameOverItsRole(line, i);
    // "By Ann Lee | March 4, 2025", "Posted on March 4, 2025 by Ann Lee": the article's stamp or byline
    // row, read from a line of the run under its headline, is the header's, not the article's text.
    if (zone === 'body') {
      // What the line gave is asked first: most body lines gave nothing, and need not be read as prose.
      const headerRow = !furniture && (header.stamps.length > stampsBeforeLine || header.bylines.length > bylinesBeforeLine || namedUnderLabel) && !choice.blocks[i].features.introducesList && !isProse(line);
      return void units.push(headerRow ? { text: written[i], zone, furniture: HEADER_ROW } : unit(line));
    }
    const headerStamps = header.stamps.length;
    const rest = far ? line : readHeaderField(line, zone, header, report);
    // A header row that opens with its label ("Posted by Ann Lee December 30, 2024 Posted in … Tags: …")
    // and runs on past a stamp row's length: the label says what its date is, however long the row.
    if (!far && zone === 'header' && rest === line && header.stamps.length === headerStamps) readLabelledStamp(line, header, report, true);
    if (rest) units.push(unit(rest));
    // With no headline found, the title is chosen among the header's lines: never one without a
    // headline's shape (a widget's label, a masthead with the site's address, a staff credit).
    if (rest && zone === 'header' && headline === -1 && !headlineShaped(rest, rest === line ? choice.blocks[i].features : blockFeatures(rest, language), language.cjk)) (header.notHeadlines ??= []).push(asWritten(i, rest));
  }
  /**
   * "Anna Berg" over the stamp, a reading time or her role, or under the stamp; "Anna Berg, Managing
   * Editor"; "Anna Berg July 13, 2025 — 7 min read": the name that line gives, or null.
   */
  function unlabelledName(line: string, i: number): string | null {
    const text = line.trim();
    // "LONDON (AP) — A man suspected of …": a paragraph opening on its dateline names the place it was
    // filed from and the agency, never a person (read as "a name in capitals, its site in brackets, a dash").
    if (opensOnADateline(text) && isProse(text)) return null;
    // A separator alone on its line ("•", "|") stands between the name and its stamp.
    // The same name shown twice ("Anna Berg" / "Anna Berg" / "Published …": a picture's label, then the byline) is one line.
    let after = nextPast(i, 1);
    while (after < lines.length && lines[after].trim() === text) after = nextPast(after, 1);
    // "Donald Trump" / "Foto: REUTERS/Jane Roe": a name right over a picture's credit is its caption, who is
    // pictured; the line under the credit is the header's next, so the stamp over the picture stands beside it.
    if (captionOverCredit(after) || opensWithPhotoLabel(text)) return null;
    let before = nextPast(i, -1);
    if (pictureCreditAt(before)) before = nextPast(nextPast(before, -1), -1);
    const next = after < lines.length ? lines[after].trim() : '';
    // The article's age ("5 hours ago") stands where its date would.
    const dated = (j: number) => choice.blocks[j]?.features.dateLine || choice.blocks[j]?.features.age;
    const stampBeside = dated(after) || isRole(next) || READING_TIME.test(next) || (before > headline && dated(before));
    // "Anna Berg, Managing Editor": the name before its roles.
    // "Anna BergFounder at Example Labs", "Anna Berg | Example Journal": the name before what is no name.
    const [first, ...roles] = commaParts(text);
    // "Anna Berg | Li Wei" beside the stamp: two writers, when the second is no outlet the page names elsewhere.
    const barred = stampBeside ? namesAcrossBar(text, (name) => lines.filter((l) => l.includes(name)).length > 1) : null;
    if (barred) return barred;
    // "Anna Berg, Example University", "Anna Berg, example.com": the name before where the author works.
    // Read only when a rule below asks (a stamp beside, the line right under the headline or its standfirst):
    // the byline cleaner behind nameBeforeItsTail was ~6 % of the text path's CPU, spent on every header line near the headline.
    let namedRead: string | undefined;
    const named = () => (namedRead ??= roles.length && roles.every((r) => isRole(r) || isAffiliation(r) || isSiteAddress(r)) ? first : (nameBeforeItsTail(text) ?? text));
    // "Amie Mock as told to Heather Eastman" beside the stamp or right under the headline: the writer who set the story down.
    const toldTo = stampBeside || before === headline ? writerAsToldTo(text) : null;
    if (toldTo) return toldTo;
    if (stampBeside && (bareName(named()) || namesList(named())) && !commonWordsOnly(named(), pageLowerCaseWords())) return named();
    // "Staff" / "April 18, 2025": where nobody signs, the newsroom's byline stands where a name would.
    if (stampBeside && NEWSROOM_BYLINE.test(text)) return text;
    // "kestrelwrites" between the headline and its dated line: a user name signs there.
    if (before === headline && isDateLine(after) && handleOnlyHere(text, lines)) return text;
    // "Kestrin" right over the dated line, under a standfirst: one word is a name there when the page
    // never writes it in lower case (a kicker's "Programme", a section's "Technology" are none).
    // Not when the dated line names someone itself ("Anzeige" / "Anna Berg, 26.04.2024"): the one word is a label over the row.
    if (before !== headline && isDateLine(after) && oneWordName(text) && wordsOfNamesOnly(text, pageLowerCaseWords()) && !nameInStampRow(lines[after], header.numericOrder)) return text;
    // Right under the headline, with no stamp or role beside it, a name is one whose words the page
    // never writes in lower case: "Customer Success", "Tech Trends" there are a section or a kicker.
    if (before === headline) {
      // "राहुल शर्मा" / "नई दिल्ली, 14 मार्च 2025": names alone in a script without capitals, over the stamp.
      const caseless = namesOverStamp(text, i, after);
      if (caseless) return caseless;
      // "Harbor Staff" right under the headline: the newsroom signs where a name would.
      if (NEWSROOM_BYLINE.test(text)) return text;
      // "Anna Berg (Content Manager)" right under the headline: the bracketed role says the words before
      // it name a person, with no stamp beside it (lib/bylines/role-note.ts, read as beside the stamp).
      // The closing bracket is the cheap precheck: most lines under a headline have none.
      const noted = text.endsWith(')') ? namesBeforeRoleNote(text) : null;
      if (noted && /\p{Ll}/u.test(noted) && !commonWordsOnly(noted, pageLowerCaseWords())) return noted;
      // "Stefan" between the headline and its dated line: one word is a name only there; "Anna Berg"
      // alone right under the headline, over the standfirst or the first paragraph.
      const shaped = (isDateLine(after) && oneWordName(text) && !nameInStampRow(lines[after], header.numericOrder)) || (bareName(named()) && !CALL_TO_ACT.test(named()));
      if (shaped && wordsOfNamesOnly(named(), pageLowerCaseWords())) return named();
    }
    // "Anna Berg" alone under the standfirst, the one paragraph of prose right under the headline: the
    // byline a page sets between its standfirst and the article, with no stamp beside it. In mixed case:
    // a line in capitals there is a shop's button or a section's label ("SHOP SALES").
    // Or past a line set between the standfirst and the byline (a clip's title, a link: the chooser
    // reads that shape too, lib/page-text/headline/headline-over-standfirst-and-inset.ts).
    if (before > headline && ((nextPast(before, -1) === headline && isProse(lines[before])) || insetUnderStandfirst(before))) {
      if (bareName(named()) && /\p{Ll}/u.test(named()) && !CALL_TO_ACT.test(named()) && wordsOfNamesOnly(named(), pageLowerCaseWords())) return named();
    }
    // "Anna Berg|Published 1 day ago": the name, then the article's age on the same line.
    const aged = nameBeforeItsAge(text);
    if (aged && !commonWordsOnly(aged, pageLowerCaseWords())) return aged;
    // The name, then the stamp on the same line, then a few words (a reading time, the categories).
    // A stamp's label may run into the name ("ANNA BERGLAST UPDATED NOV 6, 2025").
    return nameBeforeItsStamp(text, header.lang, header.numericOrder);
  }
  /**
   * Is line `j` a short line set under the standfirst, which stands right under the headline: a
   * standfirst of STANDFIRST_WORDS or more (with or without its full stop), then a line of fewer words
   * that is no prose (a clip's title, "Who is Jane Roe? – video explainer")?
   */
  function insetUnderStandfirst(j: number): boolean {
    const standfirst = nextPast(j, -1);
    if (standfirst <= headline || nextPast(standfirst, -1) !== headline) return false;
    if (countWords(lines[j], STANDFIRST_WORDS) >= STANDFIRST_WORDS || isProse(lines[j])) return false;
    return countWords(lines[standfirst], STANDFIRST_WORDS) >= STANDFIRST_WORDS;
  }
  /**
   * "Anna Berg" / "Corresponsal en Atenas": a name alone, in mixed case and in words the page never writes
   * in lower case, over a line that is the writer's role; the name, or null.
   */
  function nameOverItsRole(line: string, i: number): string | null {
    const text = line.trim();
    // The name's shape first: most lines there are prose or links, and need no look at the next line.
    if (!bareName(text) || !/\p{Ll}/u.test(text) || CALL_TO_ACT.test(text)) return null;
    const next = nextPast(i, 1);
    if (next >= lines.length || !isRole(lines[next].trim())) return null;
    return wordsOfNamesOnly(text, pageLowerCaseWords()) ? text : null;
  }
  /**
   * "राहुल शर्मा" / "नई दिल्ली, 14 मार्च 2025" under the headline: names of a script without capitals, which
   * the shapes above never read (they tell a name by its capitals), over the article's stamp
   * (lib/bylines/caseless-labelled-byline.ts).
   */
  function namesOverStamp(text: string, i: number, after: number): string | null {
    if (after >= lines.length) return null;
    return caselessNamesOverStamp(text, lines[after], choice.blocks[after]?.features.dateLine === true, () => lines.some((l, j) => j !== i && l.includes(text)));
  }
  /**
   * A name in capitals as the page writes it in mixed case inside a longer line ("Image Credit: James
   * Riswick", "Follow Anna Berg on X"), or null. Capitals beside the stamp are mostly a label or a menu's
   * last link ("PRESS RELEASE"): a menu writes its links alone on their lines, and a label's words are
   * written in lower case somewhere on the page; a name's spelling inside a sentence or a credit is neither.
   */
  function mixedCaseSpelling(caps: string): string | null {
    const upper = caps.toUpperCase();
    for (const line of lines) {
      const folded = line.toUpperCase();
      // A letter whose capital is longer ("ß" → "SS") moves the offsets: such a line is passed over.
      const at = folded.length === line.length ? folded.indexOf(upper) : -1;
      if (at === -1 || line.trim().length === caps.length) continue;
      const [before, after] = [line[at - 1] ?? ' ', line[at + caps.length] ?? ' '];
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      const spelt = line.slice(at, at + caps.length);
      if (/\p{Ll}/u.test(spelt) && bareName(spelt) && !CALL_TO_ACT.test(spelt) && wordsOfNamesOnly(spelt, pageLowerCaseWords())) return spelt;
    }
    return null;
  }
  /**
   * "Anna Berg" / "September 4, 2025", or the stamp then the name: the name alone on the line over or
   * under the header's first stamp, a separator line aside, wherever the headline was found (above the
   * stamp, or a wrong line far from it). Not a call to act or a label in capitals (a menu's last link
   * over the stamp: "Get Started", "PRESS RELEASE").
   */
  function nameBesideStamp(at: number): string | null {
    // Under the stamp, its reading time may come first ("5 min read").
    let under = nextPast(at, 1);
    if (READING_TIME.test(lines[under] ?? '')) under = nextPast(under, 1);
    // Over the stamp, the place the writer files from may come between ("Anna Berg" / "Córdoba" / "25/04/2026").
    let over = nextPast(at, -1);
    if (over > headline && PLACE_LINE.test(lines[over] ?? '') && !bareName(lines[over].trim())) over = nextPast(over, -1);
    for (const j of [over, under]) {
      // A name right over a picture's credit is its caption: who is pictured.
      if (j === headline || captionOverCredit(nextPast(j, 1))) continue;
      const line = lines[j]?.trim() ?? '';
      // "19 Dec, 2025" / "Newsdesk": the newsroom's byline where nobody signs.
      if (NEWSROOM_BYLINE.test(line)) return line;
      // "Ana Gómez, Luis Roca (Enviado especial)": the writers, then their role in brackets.
      const noted = namesBeforeRoleNote(line);
      if (noted && /\p{Ll}/u.test(noted) && !commonWordsOnly(noted, pageLowerCaseWords())) return noted;
      // "Anna Berg @ Example Labs": the name before what is no name. A list of names with commas
      // ("Anna Berg, Li Wei & Jo Park"); else "&" joins a firm's names here ("Bowers & Wilkins").
      const text = namesList(line) && line.includes(',') ? line : (nameBeforeItsTail(line) ?? line);
      const shaped = (bareName(text) && !text.includes('&')) || (namesList(text) && text.includes(','));
      if (shaped && /\p{Ll}/u.test(text) && !CALL_TO_ACT.test(text) && !commonWordsOnly(text, pageLowerCaseWords())) return text;
      // "JAMES RISWICK" / "Dec 21st 2023": in capitals, a name when the page writes it in mixed case inside another line.
      const spelt = shaped && !/\p{Ll}/u.test(text) ? mixedCaseSpelling(text) : null;
      if (spelt) return spelt;
      // "Joanna Walters and Edward Helmore in New York": the writers, then the place they file from.
      // Their words are never written in lower case on the page ("Quick Search in Journals" is a link's).
      const placed = namesBeforePlace(line);
      if (placed && /\p{Ll}/u.test(placed) && !CALL_TO_ACT.test(placed) && wordsOfNamesOnly(placed, pageLowerCaseWords())) return placed;
    }
    return null;
  }
  /** Whether line `j` is a picture's credit with its label ("Foto: REUTERS/Jane Roe"), under the caption it credits. */
  function pictureCreditAt(j: number): boolean {
    return j > 0 && j < lines.length && opensWithPhotoLabel(lines[j]);
  }
  /**
   * Whether line `j` is a picture's credit with its caption over it. A caption under the credit ("Anna
   * Berg" / "Foto: Harbor Wire" / "The mayor at the harbour on Sunday."), a sentence, leaves the line over
   * the credit to the header: there it is the byline.
   */
  function captionOverCredit(j: number): boolean {
    const under = nextPast(j, 1);
    return pictureCreditAt(j) && !(under < lines.length && countWords(lines[under]) >= CAPTION_UNDER_CREDIT_WORDS && !bareName(lines[under].trim()));
  }
  /** How many lines between `from` and `to` (both left out) are a picture's: a credit and the caption right over it. */
  function picturesBetween(from: number, to: number): number {
    let n = 0;
    for (let j = from + 1; j < to; j++) if (pictureCreditAt(j)) n += j - 1 > from ? 2 : 1;
    return n;
  }
  /** The index of the next line from `i` in direction `step` that is more than a separator alone. */
  function nextPast(i: number, step: 1 | -1): number {
    let j = i + step;
    while (j >= 0 && j < lines.length && SEPARATOR_LINE.test(lines[j])) j += step;
    return j;
  }
  // "by Ann Lee" over the headline (MIN_TEASER_BYLINES or more: other stories' bylines in a list to
  // read), "Li Wei" under it over the article's stamp: the name beside the article's own stamp is its byline.
  if (nameOverStamp && header.bylines.length >= MIN_TEASER_BYLINES && header.bylines.length === bylinesOverHeadline) {
    report.add('segment', 'teaser-bylines-over-headline', 'found', header.bylines.join('; '), `set aside: other stories' bylines over the headline; the name under it, over the article's stamp, is "${nameOverStamp}"`);
    header.bylines.length = 0;
  }
  if (!header.bylines.length && nameOverStamp) {
    header.bylines.push(nameOverStamp);
    report.add('segment', 'byline-name-over-stamp', 'found', nameOverStamp, 'a name alone under the headline, over the stamp or a role');
  }
  // "by Harbor Times" / "Anna Berg" / the first paragraph: a byline that names the outlet gives way to the
  // writer's name alone right over the article's first paragraph (lib/bylines/writer-under-outlet-byline.ts).
  const underOutlet = header.bylines.length === 1 ? writerUnderOutletByline(header.bylines[0], lines, lines.findIndex((l) => l.includes(header.bylines[0])), cleanAuthor, isProse, pageLowerCaseWords) : null;
  if (underOutlet) {
    report.add('segment', 'byline-writer-under-outlet', 'changed', header.bylines[0], `the byline names the outlet; the writer's name stands alone over the first paragraph: "${underOutlet.name}"`);
    header.bylines[0] = underOutlet.name;
  }
  const besideStamp = header.bylines.length || stampLine === -1 ? null : nameBesideStamp(stampLine);
  if (besideStamp) {
    header.bylines.push(besideStamp);
    report.add('segment', 'byline-name-beside-stamp', 'found', besideStamp, "a name alone over or under the article's stamp");
  }
  const inRow = header.bylines.length || stampLine === -1 ? null : nameInStampRow(lines[stampLine], header.numericOrder);
  if (inRow && wordsOfNamesOnly(inRow, pageLowerCaseWords())) {
    header.bylines.push(inRow);
    report.add('segment', 'byline-in-stamp-row', 'found', lines[stampLine], "a name among the parts of the article's stamp row");
  }
  const paper = header.bylines.length ? null : paperAuthors();
  if (paper) {
    header.bylines.push(paper.names);
    report.add('segment', 'byline-paper-authors', 'found', lines[paper.at], "a paper's authors with their affiliation marks, over the article");
  }
  /**
   * "Anna Berg 1, Li Wei 2,*" over the article's text (or among its first lines, where the run took the
   * header in): a paper's authors with the marks of their affiliations, or null. Under the article such
   * a list is a reference's.
   */
  function paperAuthors(): { names: string; at: number } | null {
    for (let i = 0; i < Math.min(lines.length, bodyStart + HEADER_WINDOW); i++) {
      const names = namesWithAffiliationMarks(lines[i]);
      if (names && wordsOfNamesOnly(names, pageLowerCaseWords())) return { names, at: i };
    }
    return null;
  }
  const far = header.bylines.length ? null : labelledBylineAway(lines, bodyStart, bodyEnd, language.lang);
  if (far) {
    header.bylines.push(far.name);
    report.add('segment', 'byline-far', 'found', far.line, 'a labelled byline away from the article\'s header, which names nobody');
  }
  // "홍길동 기자": a Korean page signs the article with the name before the role noun, under the
  // headline or at the article's end, with no label the readers above know.
  const signed = header.bylines.length ? null : reporterSignOff(lines, bodyStart - HEADER_WINDOW, bodyEnd + SIGN_OFF_UNDER_ARTICLE);
  if (signed) {
    header.bylines.push(signed.names);
    report.add('segment', 'byline-reporter-sign-off', 'found', lines[signed.line], "a name before the reporter's noun (Korean '기자'), the article's signature");
  }
  // "记者 张三", "文／山田花子": a Chinese or Japanese label before names without capitals, which the label readers above pass over.
  const cjk = header.bylines.length ? null : cjkBylineBetween(lines, bodyStart - HEADER_WINDOW, bodyEnd + SIGN_OFF_UNDER_ARTICLE, headline);
  if (cjk) {
    header.bylines.push(cjk.names);
    report.add('segment', 'byline-cjk-label', 'found', lines[cjk.line], 'a Chinese or Japanese byline label before the names (记者, 作者, 文), or a name before the reporter\'s noun (山田太郎記者)');
  }
  // "（山田太郎）" right under the headline (a stamp may stand between): the writer's name in brackets.
  const bracketed = header.bylines.length || headline === -1 ? null : bracketedNameUnderHeadline();
  if (bracketed) {
    header.bylines.push(bracketed.name);
    report.add('segment', 'byline-cjk-bracketed-name', 'found', lines[bracketed.at], "a Chinese or Japanese name in brackets alone under the headline, over the article");
  }
  /** The bracketed name of the lines under the headline before the article's text, at most BRACKETED_NAME_UNDER_HEADLINE of them. */
  function bracketedNameUnderHeadline(): { name: string; at: number } | null {
    for (let i = headline + 1; i < Math.min(bodyStart, headline + 1 + BRACKETED_NAME_UNDER_HEADLINE); i++) {
      const name = bracketedCjkName(lines[i]);
      if (name) return { name, at: i };
    }
    return null;
  }
  // "بقلم: محمد أحمد", "מאת: דני כהן", "लेखक: राम शर्मा": a label before a name in a script without case, which the label readers above pass over.
  const caseless = header.bylines.length ? null : caselessBylineBetween(lines, bodyStart - HEADER_WINDOW, bodyEnd + SIGN_OFF_UNDER_ARTICLE);
  if (caseless) {
    header.bylines.push(caseless.names);
    report.add('segment', 'byline-caseless-label', 'found', lines[caseless.line], 'an Arabic, Persian, Hebrew or Hindi byline label before a name (بقلم, كتب, מאת, लेखक)');
  }
  const owner = header.bylines.length ? null : mastheadOwner(lines, headline, pageLowerCaseWords);
  if (owner) {
    header.bylines.push(owner);
    report.add('segment', 'byline-site-owner', 'found', owner, "a personal site's masthead, its owner's name, on a page that names nobody else");
  }
  const blogger = header.bylines.length ? null : blogTitleOwner(lines, headline, pageLowerCaseWords);
  if (blogger) {
    header.bylines.push(blogger);
    report.add('segment', 'byline-blog-owner', 'found', blogger, "a personal blog's title in its masthead names its owner (\"Anna Berg's Blog\"), on a page that names nobody else");
  }
  const holder = header.bylines.length ? null : copyrightOwner(lines, pageLowerCaseWords);
  if (holder) {
    header.bylines.push(holder);
    report.add('segment', 'byline-copyright-owner', 'found', holder, "a personal site's copyright line, its owner's name, on a page that names nobody else");
  }
  // No stamp in the article's header and none labelled elsewhere: a row of the post's fields under the
  // article, or the page's only dated line, may be its stamp.
  // Before them, a byline with its date that the page's layout put away from the header the rules above read,
  // unless a stamp under the article says it is the publication ("Posted on …": metadata takes it).
  const publishedUnder = header.footerStamps?.some((s) => PUBLICATION_LABEL.test(s)) ?? false;
  if (!header.stamps.length && !header.labelledStamps?.length && !(!publishedUnder && readBylineWithDate(lines, header, report)) && !readFieldRow(lines, bodyStart, header, report)) {
    readSoleDateLine(lines, headline, bodyStart, bodyEnd, header, report);
  }
  // No stamp in the article's header, but one read away from it (a labelled stamp, the page's only dated
  // line) and no byline yet: a name alone over or under that line is the byline, as beside the header's stamp.
  const awayStamp = header.bylines.length || stampLine !== -1 ? null : [...(header.labelledStamps ?? []), header.lastResortStamp].find((s) => s);
  const awayLine = awayStamp ? lines.findIndex((l) => l.includes(awayStamp)) : -1;
  const besideAway = awayLine === -1 ? null : nameBesideStamp(awayLine);
  if (besideAway) {
    header.bylines.push(besideAway);
    report.add('segment', 'byline-name-beside-stamp-away', 'found', besideAway, `a name alone over or under the page's stamp read away from its header ("${lines[awayLine].trim()}")`);
  }
  const overArticle = header.bylines.length ? null : nameOverFirstParagraph();
  if (overArticle) {
    header.bylines.push(overArticle);
    report.add('segment', 'byline-name-over-article', 'found', overArticle, "a name alone right over the article's first paragraph, or over one short line there (the writer's role or outlet), under the headline");
  }
  /**
   * "Anna Berg" / "Example News" / the first paragraph: with no stamp or label beside it, the name a page
   * sets right over its article's text, under the headline, is the writer's. Only in mixed case, when
   * its words are never written in lower case on the page (a kicker's, a section's words are), and not
   * as the last of a list of capitalised lines.
   */
  function nameOverFirstParagraph(): string | null {
    if (headline === -1 || bodyStart <= headline) return null;
    const over = nextPast(bodyStart, -1);
    const short = over > headline && countWords(lines[over]) <= SHORT_LINE_UNDER_NAME && !endsLikeSentence(lines[over]) && !bareName(lines[over].trim());
    const at = short ? nextPast(over, -1) : over;
    if (at <= headline || captionOverCredit(nextPast(at, 1))) return null;
    // Under a line of capitalised words ("Frequently Asked Questions" / "Final Thoughts", "Pregnancy" /
    // "Teen & Young Adult"), the line is the last entry of a menu or a table of contents.
    const above = nextPast(at, -1);
    if (above !== headline && above >= 0 && nameShaped(lines[above].trim())) return null;
    const text = lines[at].trim();
    return personNameAlone(text, pageLowerCaseWords) ? text : null;
  }
  // "… the last sentence." / "Anna Berg": the writer's signature at the article's foot, where no header names anyone.
  const signature = header.bylines.length ? null : nameUnderLastParagraph(lines, bodyEnd, pageLowerCaseWords, (i) => i + 1 >= lines.length || origins[i + 1] > origins[i] + 1);
  if (signature) {
    header.bylines.push(signature.name);
    report.add('segment', 'byline-name-under-article', 'found', lines[signature.at], "a name alone on the first line under the article's last paragraph, its writer's signature");
  }
  // "Anna Berg" beside the headline, and "Anna Berg is a reporter …" opening a paragraph elsewhere: the writer and their biography.
  const withBio = header.bylines.length ? null : nameWithItsBio(lines, headline, pageLowerCaseWords, isProse);
  if (withBio) {
    header.bylines.push(withBio);
    report.add('segment', 'byline-name-with-bio', 'found', withBio, 'a name alone beside the headline that a paragraph of the page opens with (the writer\'s biography)');
  }
  // "Anna Berg is a senior reporter for …", "Contact Anna Berg at …": the newsroom's note on its writer, where nothing above named anyone.
  const noted = header.bylines.length ? null : writersOfNotes(lines, Math.max(headline, bodyStart));
  if (noted) {
    header.bylines.push(joinNames(noted));
    report.add('segment', 'byline-writer-note', 'found', joinNames(noted), "a sentence under the headline that says a person is the page's writer or how to reach them (\"… is a senior reporter for …\", \"Contact … at …\")");
  }
  // "BY LIZ STINSONLONG READ", "KAYLA JIMENEZ USA TODAY": a byline in capitals, its names in the case the
  // page writes them elsewhere, which says where each ends; the role or the outlet run on after them is cut.
  const inCapitals = header.bylines.length ? bylineInCapitals(header.bylines[0], text) : null;
  if (inCapitals) {
    report.add('segment', 'byline-in-capitals', inCapitals.cut ? 'removed' : 'changed', header.bylines[0], inCapitals.cut ? `a byline in capitals: "${inCapitals.byline}" as the page writes the name elsewhere; "${inCapitals.cut}" run on after it is no name (a role, an outlet)` : `a byline in capitals, its names in the case the page writes them: "${inCapitals.byline}"`);
    header.bylines[0] = inCapitals.byline;
  }
  const commented = earliestCommentDay(lines, header.numericOrder);
  if (commented) header.earliestCommentDay = commented;
  return { units, header };
}


/**
 * "By Ann Lee" / "Mar 4, 2025", "by Ann Lee October 20, 2025", "By Ann Lee · Editor · Updated November 18,
 * 2025": a labelled byline with its date, on its line or right under it, anywhere on a page whose header
 * gave no stamp (the page's menus or teasers moved the article's run, so the pair stands far above it
 * or deep inside it). One such pair on the page is the article's; two or more are a list of stories,
 * and none is read. Kept as a labelled stamp: metadata reads an update as one ("Updated …").
 */
function readBylineWithDate(lines: string[], header: HeaderFacts, report: Report): boolean {
  let found = -1;
  let stamp: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const pair = bylineWithDate(lines, i, header);
    if (!pair) continue;
    if (found !== -1) return false;
    [found, stamp] = [i, pair];
  }
  if (found === -1 || !stamp || underCommentCue(lines, found)) return false;
  (header.labelledStamps ??= []).push(stamp);
  report.add('segment', 'date-beside-byline', 'found', stamp, "a labelled byline with its date, the page's only one: the article's stamp");
  return true;
}

/** The stamp a byline on line `i` gives with its date (on its line, or the line under it), or null. */
function bylineWithDate(lines: string[], i: number, header: HeaderFacts): string | null {
  const line = lines[i];
  const next = lines[i + 1] ?? '';
  // A byline without a year (in any script's digits) on its line or the next dates nothing, at the cost of one search.
  if (!mayHoldYear(line) && !mayHoldYear(next)) return null;
  const m = BYLINE.exec(withoutLeadingSeparator(line));
  // "By March 4, 2025 the first …": a sentence, no byline.
  if (!m || endsLikeSentence(withoutClosingAbbreviation(line))) return null;
  const own = datesOf(line, header.lang, header.numericOrder);
  const at = own.inLine();
  // The date on the byline's line: the line up to the end of the date's field ("… | Fact-checked by
  // Li Wei" is another field) must be a stamp row (a name, a role, a time beside the date).
  if (at) {
    const fieldEnd = line.slice(at.index).search(/\s[|·•]\s/);
    const row = fieldEnd === -1 ? own : datesOf(line.slice(0, at.index + fieldEnd), header.lang, header.numericOrder);
    return wordsBeforeItsStamp(m[1], header.numericOrder) <= 8 && readStampRow(row) ? line : null;
  }
  if (countWords(m[1]) > 8 || !nameShaped(cleanAuthor(m[1]) ?? '')) return null;
  const dates = datesOf(next, header.lang, header.numericOrder);
  const stamp = readStamp(dates)?.stamp ?? readStampRow(dates);
  const d = dates.inLine();
  // The last day of a range ("23-26 March 2026") is an event's.
  if (!stamp || !d || RANGE_BEFORE.test(next.slice(0, d.index))) return null;
  return `${line.trim()} ${stamp}`;
}

/**
 * "Field Notes, GuidesAnn LeeApril 10, 20175 Guides4 Comments" under the article (or at the end of its run):
 * the first row of a post's fields run together from the article's start on is the article's own; the
 * neighbouring posts' rows come after it ("Previous" / "Next"). Kept as the stamp (metadata weighs it
 * last), unless it dates a change or a comment.
 */
function readFieldRow(lines: string[], bodyStart: number, header: HeaderFacts, report: Report): boolean {
  const counterRow = onlyCommentCountRow(lines, bodyStart, header.numericOrder);
  for (let i = Math.max(0, bodyStart); i < lines.length; i++) {
    const d = fieldRowDate(lines[i], header.numericOrder) ?? (i === counterRow?.at ? counterRow.date : null);
    if (!d) continue;
    if (datesAChange(lines[i], d.index) || underCommentCue(lines, i)) return false;
    header.lastResortStamp = lines[i];
    report.add('segment', 'date-field-row', 'found', lines[i], "the first row of a post's fields run together under the article's start: the article's own");
    // The same row names the author between its categories and its date, when nothing else did.
    const name = header.bylines.length ? null : nameInFieldRow(lines[i], d.index);
    if (name) {
      header.bylines.push(name);
      report.add('segment', 'byline-in-field-row', 'found', lines[i], "the author's name in the article's row of fields, before its date");
    }
    return true;
  }
  return false;
}

/**
 * The one row of a post's date and comment counter ("March 9, 2026 · 12 Comments") from the article's
 * start on, and its date; null when there is none, or more than one: a list of posts shows a row for
 * each, and none is the article's.
 */
function onlyCommentCountRow(lines: string[], from: number, order?: NumericOrder | null): { at: number; date: ParsedDate } | null {
  let found: { at: number; date: ParsedDate } | null = null;
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const date = commentCountRowDate(lines[i], order);
    if (!date) continue;
    if (found) return null;
    found = { at: i, date };
  }
  return found;
}

/**
 * The only line of the whole page that holds a date, kept as its stamp (metadata weighs it last) when
 * the line has a stamp's shape: the date alone, with a few words of furniture, or in a row of a byline's
 * fields ("August 12, 2025 By The Team"), under the article or under its headline. Not the headline's
 * date, not one inside the article's text (unless the date stands with its time alone, as no sentence writes it), not a commenter's, not an update (kept apart from the
 * publication), not the last day of a range (an event's).
 */
function readSoleDateLine(lines: string[], headline: number, bodyStart: number, bodyEnd: number, header: HeaderFacts, report: Report): void {
  const i = soleDatedLine(lines, header.lang, header.numericOrder);
  // Inside the article's text a date line is the text's own (an event's day); above its headline,
  // past the stamp rules' reach, it is another story's (a list's, a ticker's).
  // A date written with its time and nothing else is a stamp's, not the text's, even there.
  if (i === -1 || (i >= bodyStart && i <= bodyEnd && !dateWithItsTime(lines, i, header.lang, header.numericOrder)) || (headline !== -1 && i <= headline) || underCommentCue(lines, i)) return;
  const dates = datesOf(lines[i], header.lang, header.numericOrder);
  const read = readStamp(dates);
  const stamp = read?.stamp ?? readStampRow(dates);
  const d = dates.inLine();
  if (!stamp || !d || datesAChange(lines[i], d.index) || RANGE_BEFORE.test(lines[i].slice(0, d.index))) return;
  header.lastResortStamp = stamp;
  report.add('segment', 'date-sole-line', 'found', lines[i], "the only line of the page that holds a date, in a stamp's shape");
  // "August 12, 2025 By The Team": the row that dates the page names its author, when nothing else did.
  const byline = header.bylines.length || !read ? null : BYLINE.exec(read.rest);
  const name = byline && !endsLikeSentence(read!.rest) && countWords(byline[1]) <= 8 ? byline[1].trim() : null;
  const cleaned = name ? cleanAuthor(name) : null;
  if (name && cleaned && nameShaped(cleaned)) {
    header.bylines.push(name);
    report.add('segment', 'byline-on-sole-date-line', 'found', lines[i], "a labelled byline on the row that dates the page");
  }
}

/** How many bylines over the headline make a list of teasers (each story's "by …"), not the article's own. */
const MIN_TEASER_BYLINES = 2;

/**
 * A place alone on its line, as a byline gives where the writer files from: one to three capitalised
 * words, a comma between two places ("Córdoba", "Sevilla, Los Gallardos"), a short particle inside.
 */
const PLACE_LINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:(?:,\s*|\s+)(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|am|an|der|sur|di)){0,3}\s*$/u;

/** How many pictures (a caption and its credit each) between the headline and a name with no label are stepped over. */
const MAX_PICTURES_OVER_BYLINE = 2;

/** How many words a caption under its picture's credit runs to at least: a sentence, not a name. */
const CAPTION_UNDER_CREDIT_WORDS = 5;

/** How many lines under the headline a name with no label may stand (a standfirst may come first). */
const NAME_OVER_STAMP_REACH = 3;

/** How many lines under the headline a name with no label over the writer's role may stand (a standfirst and a related story's links first). */
const NAME_OVER_ROLE_REACH = 6;
/** How many words the line between a name and the article's first paragraph may hold: the writer's role or outlet ("BBC", "Staff Writer"). */
const SHORT_LINE_UNDER_NAME = 4;

/**
 * A byline the header fields do not read: a name under a label alone on its line ("By" / "Anna Berg"),
 * and, under the headline inside the article's run, a "By …" line, its label run into the name or not.
 * Only a line that names someone is taken: "By" over a date, a sentence ("By 2030, …") names nobody.
 */
function readBylineShape(line: string, previous: string, inRun: boolean, header: HeaderFacts, report: Report): void {
  // In the header, the English labels are its fields' (readHeaderField); other languages' are read
  // here, before a name's shape, on any page: the header's place beside the headline says it is a byline.
  // A row that credits a reviewer first ("Medically reviewed by … — Written by … — Updated on …"): the writer's part.
  const read = readLabelledLine(line, previous, { english: inRun, otherLanguages: true, barePrepositionAlone: true }) ?? writerAfterReviewer(line);
  if (!read) return;
  const name = read.words;
  // A byline of more than eight words is a sentence, unless it lists full names ("By Dr Anna Berg, Dr Li Wei, Jo van Park").
  if (endsLikeSentence(withoutClosingAbbreviation(line)) || (wordsBeforeItsStamp(name, header.numericOrder) > 8 && !listOfFullNames(name.trim()))) return;
  const cleaned = cleanAuthor(name);
  // A list of more full names than a byline shows is no name cleaning reads whole: named in part and counted (stages/metadata.ts).
  // "Writer Archive": the label's noun before a section's word (sectionWordAlone) is a menu's link.
  if (cleaned && sectionWordAlone(cleaned)) return;
  if ((!cleaned || !nameShaped(cleaned)) && !longAuthorList(name) && !agencyOnStampRow(cleaned, name, header.numericOrder)) return;
  header.bylines.push(name.trim());
  report.add('segment', read.underLabel ? 'byline-under-label' : 'byline', 'found', read.underLabel ? `${previous.trim()} ${line}` : line);
}

/**
 * How many stamps one line may give up, one after the other ("2021-03-14 Updated 2021-03-15 Title"):
 * real rows hold two or three. Each is peeled off by reading the rest of the line again, so a line of
 * 10,000 dates (a pasted calendar) took ten minutes of CPU; past the cap the rest stays the line's text.
 */
const MAX_STAMPS_PER_LINE = 8;

/** Take the facts out of a header or footer line; return what is left of the line, if anything. */
function readHeaderField(
  line: string,
  zone: Unit['zone'],
  header: HeaderFacts,
  report: Report,
  mayBeRow = true,
  dates = datesOf(line, header.lang, header.numericOrder),
  peeled = 0,
): string {
  if (peeled >= MAX_STAMPS_PER_LINE) return line;
  let m: RegExpExecArray | null;
  if ((m = SOURCE.exec(line))) {
    header.sources.push(m[1].trim());
    report.add('segment', 'source-line', 'found', line);
    return '';
  }
  if ((m = EDITOR.exec(line))) {
    header.editors.push(m[1].trim());
    report.add('segment', 'editor-line', 'found', line);
    return '';
  }
  // "By Ann Lee, Staff Writer, Updated December 22, 2023, 5:49 p.m.", "By Anna Berg Jr.", "BY NELSON C.J.": a closing
  // "p.m." or an abbreviation's full stop ends no sentence (as readBylineShape and bylineWithDate read it).
  if (zone === 'header' && (m = BYLINE.exec(withoutLeadingSeparator(line))) && !endsLikeSentence(withoutClosingAbbreviation(withoutClosingClockTime(line)))) {
    // "By LI WEI | example.com | Updated: 2021-03-15 08:12": a byline can carry the stamp.
    const [name, ...rest] = m[1].split(/(?:(?<!\s)\s+)?[|·]\s*/);
    // "Writer Archive", "Author Posts": a menu's link, the label's noun before a section's word, no name (sectionWordAlone).
    if (!sectionWordAlone(name) && (wordsBeforeItsStamp(name, header.numericOrder) <= 8 || listOfFullNames(name))) {
      header.bylines.push(name.trim());
      report.add('segment', 'byline', 'found', line);
      const stamps = header.stamps.length;
      for (const part of rest) {
        const partDates = datesOf(part, header.lang, header.numericOrder);
        if (readStamp(partDates)) readHeaderField(part, zone, header, report, true, partDates);
      }
      // "By Daniel Cho • December 17, 2025 • 11 min read", "BY JANE ROEPUBLISHED: JAN 29, 2025": the date rides in the byline.
      const row = header.stamps.length === stamps ? readStampRow(dates) : null;
      if (row) header.stamps.push(row);
      return '';
    }
  }
  // A stamp that is no calendar day ("February 30, 2021") is reported and not published as text.
  const stamp = readStamp(dates);
  const invalid = stamp ? null : readStamp(dates, true);
  if (invalid) {
    report.add('segment', 'invalid-date', 'removed', line, `${invalid.stamp} is not a calendar date: not used as the article's date`);
    return invalid.rest ? readHeaderField(invalid.rest, zone, header, report, true, undefined, peeled + 1) : '';
  }
  if (stamp) {
    // A date under the article (a comment's, another story's) is weaker evidence than the header's.
    (zone === 'footer' ? (header.footerStamps ??= []) : header.stamps).push(stamp.stamp);
    report.add('segment', 'date-stamp', 'found', line, stamp.rest ? `rest of the line: "${stamp.rest}"` : undefined);
    return stamp.rest ? readHeaderField(stamp.rest, zone, header, report, true, undefined, peeled + 1) : '';
  }
  // The headline is never read as a row: "Election Day November 5, 2024" names its subject's date.
  const row = zone === 'header' && mayBeRow ? readStampRow(dates) : null;
  if (row) {
    // The row stays as written: only its date is read.
    header.stamps.push(row);
    report.add('segment', 'date-stamp-row', 'found', line);
    return line;
  }
  // What is left of a stamp row once its stamp is read ("• Last updated 1 day ago • 2 minute read")
  // starts with the mark that parted the row's fields: no bullet of the article's summary.
  if (zone === 'header' && peeled === 0 && BULLET.test(line)) {
    header.standfirst.push(line.replace(BULLET, ''));
    report.add('segment', 'standfirst-bullet', 'found', line);
    return '';
  }
  return line;
}

/**
 * A date stamp line: "2023-02-24 16:37:45", "Published: 14 March 2021", "October 27, 2020", also fused
 * with what follows it ("date 2020-10-31 Title…") or with a few words of page furniture before it
 * ("0 Comment(s)Print E-mail, October 27, 2020": the furniture is left for the clean stage).
 */
function readStamp(dates: LineDates, invalidOnes = false): { stamp: string; rest: string } | null {
  const { label, body } = dates;
  const d = invalidOnes ? dates.invalid() : dates.stamp();
  if (!d) return null;
  // A time after the date goes with it: "14:05", "2:05 PM", and as Japanese and Chinese write it, "21時37分" / "21时37分".
  // Its zone too, after a space ("23:30 EST", "11:30 PM EST"): left over, "EST by Anna Berg" was no byline.
  const time = STAMP_TIME.exec(body.slice(d.index + d.text.length));
  const stampEnd = d.index + d.text.length + (time?.[0].length ?? 0);
  // "Published 3:45 p.m. ET Nov. 19, 2019": a time written before the date belongs to the stamp.
  const before = body.slice(0, d.index).trim().replace(LEADING_TIME, '');
  const after = body.slice(stampEnd).trim();
  const stamp = label + body.slice(d.index, stampEnd);
  // Date first, then the rest of the line (a fused title).
  if (d.index === 0 || (label && !before)) return { stamp: stamp.trim(), rest: after.replace(/^(?:[|·,/–—-]\s*)+/, '') };
  // A few words of furniture, then the date at the end of the line. A label right before the date
  // goes with it: it says whether the date is the publication or a change.
  // Not when the words run into the date as a phrase does ("Climate lab to open on March 20, 2024": the news's day; lib/dates/date-in-phrase.ts),
  // nor when they say it is a person's account's ("Last active December 20, 2025": lib/dates/activity-date.ts).
  if (!after && countWords(before) <= 5 && !endsLikeSentence(before) && !dateInPhrase(before) && !datesAnAccount(before)) {
    const dateLabel = LABEL_BEFORE_DATE.exec(before)?.[0] ?? '';
    // The stamp quotes the page: the label as written up to the date, run into it or not.
    const from = dateLabel ? body.lastIndexOf(dateLabel.trimEnd(), d.index) : d.index;
    return { stamp: (label + body.slice(from, stampEnd)).trim(), rest: before.slice(0, before.length - dateLabel.length).trim() };
  }
  return null;
}

/**
 * Does a stamp row name its writer? "By Ann Lee | …", "Ann Lee | Dec 22, 2023" (nameInStampRow), or a name
 * before the row's first comma, its role or outlet after it ("Ann Lee, CorrespondentDec 22, 2023, 10:15 PM",
 * "Ann Lee, HSNDec 22, 2023"), as news sites print the writer over the article.
 */
function rowNamesItsWriter(line: string, order?: NumericOrder | null): boolean {
  if (BYLINE.test(withoutLeadingSeparator(line)) || nameInStampRow(line, order) !== null) return true;
  const comma = line.indexOf(',');
  return comma > 0 && bareName(line.slice(0, comma));
}

/** A time after a stamp's date, its zone after it (readStamp). */
const STAMP_TIME = new RegExp(`^[\\sT,/|·-]*\\d{1,2}(?::\\d{2}(?::\\d{2})?(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|UTC|GMT|BJT|CST|[+-]\\d{2}:?\\d{2}))?(?: (?:${STAMP_ZONE})(?![\\p{L}\\p{N}-]))?|[時时]\\d{1,2}分)`, 'u');

/** A date line beside the headline that main-text took into the article's run: its date is the article's stamp. */
function readStampBesideHeadline(line: string, header: HeaderFacts, report: Report, rule = 'date-stamp-under-headline'): void {
  const dates = datesOf(line, header.lang, header.numericOrder);
  // The date alone ("Apr 21, 2021"), or a row of the header's fields ("BY ANN LEEPUBLISHED: DEC 20, 2023").
  const stamp = readStamp(dates)?.stamp ?? readStampRow(dates);
  if (!stamp) return;
  header.stamps.push(stamp);
  report.add('segment', rule, 'found', line);
}

/** How long a line that opens with "Published: 11 Mar 2026", "Posted on April 13, 2023", "Updated March 11, 2026" may be to be that stamp. */
const LABELLED_STAMP_WORDS = 12;
/** How long a line of the page's two versions may be, each date with its label and time ("Published: … at 8:48 p.m. | Updated: … at 10:54 a.m."). */
const VERSION_PAIR_WORDS = 18;

/**
 * A labelled stamp line far from the article's header, or inside its text; its date is kept apart
 * (metadata weighs it). `anyLength`: a line of the article's own header (just above the headline, or a
 * row of fields under it) may go on past the stamp as long as it likes.
 */
function readLabelledStamp(line: string, header: HeaderFacts, report: Report, anyLength = false): void {
  if (readLabelInRow(line, header, report)) return;
  // Counted one past the bound at most: every line far from the header is asked, most of them paragraphs.
  const words = anyLength ? 0 : countWords(line, VERSION_PAIR_WORDS + 1);
  if (words > LABELLED_STAMP_WORDS) {
    // "PUBLISHED: December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m.": the page's
    // two versions with their times run longer than one stamp, and the pair's shape bounds the line.
    if (words <= VERSION_PAIR_WORDS) readVersionPair(line, header, report);
    return;
  }
  if (!STATES_WHAT_IT_DATES.test(line)) {
    readVersionPair(line, header, report);
    return;
  }
  const d = findStampDate(line, header.lang, header.numericOrder);
  // "Posted by Jane Roe September 27, 2023": the label, a byline, then the date.
  const before = line.slice(0, d?.index ?? 0);
  if (!d || countWords(before) > (BY_LABEL_INSIDE.test(before) ? 6 : 3)) return;
  (header.labelledStamps ??= []).push(line);
  report.add('segment', 'date-stamp-labelled', 'found', line);
}

/** A publication or update label after a row's separator, right before the date: "· Posted: ", "| Updated on ". */
const LABEL_AFTER_SEPARATOR = new RegExp(`[·|•]\\s*(?:${PUBLICATION_OR_UPDATE_WORDS})(?: on| at)?\\s*[:：]?\\s*$`, 'i');
/** How many words a row of fields may hold before its labelled date (names, an outlet) and after it (a time, the update's label and day). */
const ROW_WORDS_BEFORE_LABEL = 8;
const ROW_WORDS_AFTER_DATE = 10;

/**
 * "Ann Lee · Harbor Post · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8": a row of the
 * header's fields, its label after a separator right before the date, wherever main-text put it (under a
 * standfirst of two paragraphs). Kept as a labelled stamp: the label says what the date is.
 */
function readLabelInRow(line: string, header: HeaderFacts, report: Report): boolean {
  if (!/[·|•]/.test(line) || !mayHoldYear(line)) return false;
  const d = findStampDate(line, header.lang, header.numericOrder);
  if (!d) return false;
  const before = line.slice(0, d.index);
  if (!LABEL_AFTER_SEPARATOR.test(before) || countWords(before) > ROW_WORDS_BEFORE_LABEL || countWords(line.slice(d.index + d.text.length)) > ROW_WORDS_AFTER_DATE) return false;
  (header.labelledStamps ??= []).push(line);
  report.add('segment', 'date-stamp-labelled-in-row', 'found', line, 'a row of the header fields, the date labelled after a separator');
  return true;
}

/**
 * "March 3, 2025. Updated: March 9, 2025": the update's label says the line dates the page's versions
 * (lib/dates/version-pair.ts), kept as a labelled stamp whose first day metadata reads. Whether it was.
 */
function readVersionPair(line: string, header: HeaderFacts, report: Report): boolean {
  if (!mayHoldYear(line)) return false;
  // A date with its update in brackets bounds the words around it itself: countWords counts each CJK character as one.
  if (!(countWords(line) <= VERSION_PAIR_WORDS && isVersionPair(line, header.numericOrder)) && !isDateWithUpdateInBrackets(line, header.numericOrder)) return false;
  (header.labelledStamps ??= []).push(line);
  report.add('segment', 'date-stamp-versions', 'found', line, "a day and the page's update: the first is its publication");
  return true;
}

/** A byline's label inside a stamp line, in any language ("Posted by", "von", "oleh"; lib/bylines/byline-labels.ts). */
const BY_LABEL_INSIDE = new RegExp(`\\b(?:${BY_LABELS})\\b`, 'i');

/** What a stamp row holds besides its date: a byline's words (its labels: BY_LABEL_INSIDE's), a time, a reading time, a comment counter, separators. */
const ROW_FIELDS = new RegExp(
  `\\b(?:${BY_LABELS}|${PUBLICATION_OR_UPDATE_WORDS}|on|at|in|and)\\b|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\b\\d+\\s*(?:min(?:ute)?s?|hrs?|hours?)\\.?(?:\\s*read(?:ing)?(?:\\s*time)?)?\\b|\\b\\d+\\s*(?:comments?|replies|responses|views|shares)\\b|\\bno comments\\b|\\b(?:[ap]\\.?m\\.?|ET|PT|CT|GMT|UTC|EST|EDT|PST|PDT|BST|CET|IST)\\b|[|•⋅·/,–—-]`,
  'gi',
);
/** How many words a stamp row may hold once its date and fields are read: an author's name or a category. */
const ROW_REST_WORDS = 5;
/** As many words as a byline's names may hold (the byline rule's own limit). */
const BYLINE_ROW_REST_WORDS = 8;

/**
 * "By Jane Roe - Mar 27, 2024", "January 16, 2025 11 min read", "December 13, 2025 in Smart Home",
 * "ByJane RoeMar 5, 2025 | 6 comments": the article's header as one row, its date among a byline, a
 * reading time, a comment counter or a category. Its date is the article's stamp; the row is
 * otherwise left as it is. A sentence, or a headline with a date after it, is no such row.
 */
function readStampRow(dates: LineDates): string | null {
  // "Ann Lee December 22, 2023 Comment Now!": the comments' button closing the row is none of its fields, nor a sentence's end.
  const line = withoutCommentCallAtEnd(dates.line);
  // A byline row may close on its time's "p.m." ("By Ann Lee … December 22, 2023, 5:49 p.m."): no sentence's full stop.
  if (line.length > 140 || endsLikeSentence(BYLINE.test(line) ? withoutClosingClockTime(line) : line) || countWords(line) > 16) return null;
  const d = dates.inLine();
  // "Last active December 20, 2025 13:58": a person's account's date, not the page's (lib/dates/activity-date.ts).
  if (!d || datesAnAccount(line.slice(0, d.index))) return null;
  // Every date of the row is a field of it: "Jane Roe | October 16, 2025October 16, 2025" (published, then updated).
  // The tags at its end are one field, a category's: counted as one word.
  const after = line.slice(d.index + d.text.length);
  const tags = tagsAtEnd(after);
  const fields = line.slice(0, d.index) + ' ' + (tags ? `${after.slice(0, after.length - tags.length)} tags` : after);
  const rest = findFusedDates(line).reduce((r, x) => r.replace(x.text, ' '), fields).replace(ROW_FIELDS, ' ');
  // A byline row may name several authors: "By Ann Lee , Li Wei , Jo Park on March 12, 2026 | Comments".
  // So may a row without the label that opens on the writers' full names, then their outlet, its date with
  // its clock time ("Ann Lee and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC"): the names and the time say it is the header's.
  const words = countWords(rest);
  if (words <= ROW_REST_WORDS) return dates.line;
  return words <= BYLINE_ROW_REST_WORDS && (BYLINE.test(line) || writersBeforeTimedDate(line, d, after)) ? dates.line : null;
}

/** A clock time right after a row's date ("Dec 20, 2023 3:06 pm UTC", "…, 10:15 PM"). */
const TIME_AFTER_DATE = /^[\s,]*(?:at\s+)?\d{1,2}:\d{2}(?!\d)/;

/**
 * "Ann Lee and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC": a row with no byline label whose words
 * before their first comma are two or more full names, and whose date carries its clock time.
 */
function writersBeforeTimedDate(line: string, d: ParsedDate, after: string): boolean {
  const comma = line.indexOf(',');
  return comma > 0 && comma < d.index && TIME_AFTER_DATE.test(after) && listOfFullNames(line.slice(0, comma));
}

/** How many tags make a list of them, and how many words one tag may hold ("Tree planting", "Field notes"). */
const [MIN_TAGS, TAG_WORDS] = [3, 3];

/**
 * The post's tags at the end of the words after a stamp row's date ("River towns, Tree planting, Field
 * notes", "•notes•rivers, trees, towns"): the last field (after a bar or a bullet, if any) when it is a
 * list of three or more short items set off by commas, none with a sentence's punctuation; else null.
 */
function tagsAtEnd(after: string): string | null {
  const last = after.split(/[|•·⋅]/).pop()!;
  const items = last.split(',');
  if (items.length < MIN_TAGS) return null;
  for (const item of items) {
    const words = item.trim();
    if (!words || /[.!?:;]/.test(words) || countWords(words) > TAG_WORDS) return null;
  }
  return last;
}

/**
 * What a header line says of a date, each search made once and remembered: a line is asked for its
 * stamp, then for a date that is no calendar day, then for a stamp row's date.
 */
interface LineDates {
  line: string;
  /** The stamp label the line opens with, colon and spaces included ('' when none). */
  label: string;
  /** The line after its label. */
  body: string;
  /** The first date after the label. */
  stamp(): ParsedDate | null;
  /** The first date after the label that is no calendar day ("February 30, 2021"). */
  invalid(): ParsedDate | null;
  /** The first date anywhere in the line, its label included. */
  inLine(): ParsedDate | null;
}

function datesOf(line: string, lang: string, order?: NumericOrder | null): LineDates {
  // The label set aside as metadata.ts sets it aside (lib/dates/stamp-label.ts); dates here are read in
  // the body, their index the body's (readStamp cuts the body at them).
  const { label, body } = setStampLabelAside(line);
  let stamp: ParsedDate | null | undefined;
  let invalid: ParsedDate | null | undefined;
  let inLine: ParsedDate | null | undefined;
  const readStampDate = () => (stamp === undefined ? (stamp = findStampDate(body, lang, order)) : stamp);
  return {
    line,
    label,
    body,
    stamp: readStampDate,
    invalid: () => (invalid === undefined ? (invalid = findInvalidDates(body)[0] ?? null) : invalid),
    // Without a label the body is the line: its stamp's date is the one.
    inLine: () => (!label ? readStampDate() : inLine === undefined ? (inLine = findStampDate(line, lang, order)) : inLine),
  };
}

/** How much longer than the width a text is wrapped at (its lines' 90th percentile) a wrapped line may be: a tenth. */
const PAST_THE_WIDTH = 1.1;

/**
 * Some sources wrap paragraphs at a fixed width. A line that fills the width and does not end a
 * sentence continues on the next line: join those, and leave every other line break alone (header
 * lines and short lines are never joined).
 */
export function unwrapHardWrapped(text: string, report: Report): string[] {
  return unwrapHardWrappedWithOrigins(text, report).lines;
}

/** unwrapHardWrapped's lines, each with the index of the line of `text` it starts on (the lines it joined follow that one). */
export function unwrapHardWrappedWithOrigins(text: string, report: Report): { lines: string[]; origins: number[] } {
  const lines = text.split('\n').map(singleSpaced);
  const lengths = lines.filter(Boolean).map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // A wrap breaks every line at its width or a word short of it: a line well past the width (a headline
  // the page set apart, longer than the wrapped teasers around it) was never broken by it and goes on nowhere.
  const fills = (l: string) => width >= 40 && width <= 100 && l.length >= width * 0.75 && l.length <= width * PAST_THE_WIDTH && !endsLikeSentence(l);
  const continued = lines.filter((l, i) => fills(l) && lines[i + 1]).length;
  const candidates = lines.filter((l) => l.length >= width * 0.75).length;
  // Only a text that is mostly wrapped is unwrapped: one long headline does not make a wrap.
  // A page of many short lines (menus, link lists) with a few long ones is not wrapped either:
  // in a wrapped text most lines fill the width.
  const nonEmpty = lengths.length;
  if (continued < 2 || continued < candidates * 0.5 || candidates < nonEmpty * 0.4 || !sentencesRunAcrossBreaks(lines, fills)) {
    const filled: number[] = [];
    for (let i = 0; i < lines.length; i++) if (lines[i]) filled.push(i);
    const stretches = joinWrappedStretches(filled.map((i) => lines[i]), report);
    return { lines: stretches.lines, origins: stretches.origins.map((k) => filled[k]) };
  }
  const out: string[] = [];
  const origins: number[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    origins.push(i);
    let line = lines[i];
    while (fills(lines[i]) && lines[i + 1]) {
      line += ' ' + lines[++i];
      joined++;
    }
    out.push(line);
  }
  report.add('segment', 'hard-wrap', 'changed', undefined, `${joined} line breaks inside paragraphs joined`);
  return { lines: out, origins };
}

/**
 * Prose wrapped at a width breaks its sentences anywhere, so many of its full lines hold the end of
 * one sentence and the start of the next. Lines that fill one width for another reason hold none: a
 * list of other stories whose headlines the page cut to one length, a table's rows. Those are no
 * wrapped text, and joining them made one paragraph of a page's teasers, which then outweighed the
 * article. At least this share of the lines that would be joined hold a sentence's end inside,
 * once there are enough of them to tell: a short note's few long sentences may end only at its breaks.
 */
const SENTENCE_INSIDE_SHARE = 0.1;
const LINES_TO_TELL = 10;
/** A sentence's end, then more of the line: a space and a word, or (Chinese, Japanese) the next character. */
const SENTENCE_END_INSIDE = /[.!?।]["'”’)]*\s+\S|[。！？]["'”’」』)]*\S/u;

function sentencesRunAcrossBreaks(lines: string[], fills: (l: string) => boolean): boolean {
  let joined = 0;
  let inside = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!fills(lines[i]) || !lines[i + 1]) continue;
    joined++;
    if (SENTENCE_END_INSIDE.test(lines[i])) inside++;
  }
  return joined < LINES_TO_TELL || inside >= joined * SENTENCE_INSIDE_SHARE;
}

/** A wrapped line is most of a line of text; a menu's or a heading's is shorter. */
const WRAPPED_LINE_CHARS = 45;
/** Line breaks inside sentences that make a page's article wrapped (a stray one is a heading over lower-case text). */
const WRAPPED_BREAKS = 4;
/** A line wrapped inside a sentence ends on a word or a comma (code ends on a bracket or a semicolon). */
const WRAP_END = /[\p{L}\p{N},]$/u;
/** Source code a page shows (its lines go on in lower case too): brackets, assignments, comments. */
const CODE = /[{}=;<>]|\/\//;
/** A line that starts in the middle of a sentence: a lower-case word ("iPhone" and "eBay" are names; "https:" and "www." are addresses). */
const GOES_ON = /^\p{Ll}{2,}(?![\p{Lu}\p{N}:/.@_])/u;

/**
 * A page of menus and links (lines of their own) whose article the site wrapped at a fixed width
 * (a `<br>` every 80 characters): the whole page is not wrapped, its article is. A long line that
 * ends inside a sentence and a next line that goes on in lower case are one sentence; when the page
 * breaks sentences so several times, twice in a row somewhere (a paragraph of three lines), its
 * article is wrapped and every such break is joined. Menus, headings and lines that end a sentence
 * are never joined.
 */
function joinWrappedStretches(lines: string[], report: Report): { lines: string[]; origins: number[] } {
  const breaks = (i: number) =>
    lines[i].length >= WRAPPED_LINE_CHARS && i + 1 < lines.length && WRAP_END.test(lines[i]) && GOES_ON.test(lines[i + 1]) && !CODE.test(lines[i]) && !CODE.test(lines[i + 1]);
  const inside = new Uint8Array(lines.length);
  let count = 0;
  let twice = false;
  for (let i = 0; i < lines.length; i++) {
    if (!breaks(i)) continue;
    inside[i] = 1;
    count++;
    if (i > 0 && inside[i - 1]) twice = true;
  }
  if (count < WRAPPED_BREAKS || !twice) return { lines, origins: lines.map((_, i) => i) };
  const out: string[] = [];
  const origins: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    origins.push(i);
    let line = lines[i];
    while (inside[i]) line += ' ' + lines[++i];
    out.push(line);
  }
  report.add('segment', 'hard-wrap', 'changed', undefined, `${count} line breaks inside sentences joined (the article is wrapped, the page's menus are not)`);
  return { lines: out, origins };
}

/**
 * The line trimmed, every run of whitespace in it one space; most lines have none to change and are not
 * copied. A line in an isolate is trimmed inside it ("\u2068 Text \u2069" as `dir="auto"` copies an
 * indented line), and one of marks alone shows nothing: it is a blank line, as one of spaces is.
 */
function singleSpaced(line: string): string {
  const trimmed = line.trim();
  const spaced = ODD_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return spaced && (isDirectionalMark(spaced.charCodeAt(0)) || isDirectionalMark(spaced.charCodeAt(spaced.length - 1))) ? trimmedInsideMarks(spaced) : spaced;
}
/** Whitespace that is not a single plain space. */
const ODD_SPACE = /[^\S ]|  /;
