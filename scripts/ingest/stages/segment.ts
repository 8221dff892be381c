/**
 * segment: text → units (one per paragraph line) in three zones, and the facts written in header
 * lines (stamps, Source:, Editor:, bylines, summary bullets). The body runs from the first to the
 * last line that reads like prose; what comes before is the page header, what follows the footer.
 * The readers it asks, one job each, are in segment/ (its README lists them).
 */
import type { HeaderFacts, Unit } from '../types.ts';
import { Report } from '../report.ts';
import { countWords, endsLikeSentence } from '../lib/page-text/language/text.ts';
import { shownLine, writtenPiece } from '../lib/page-text/language/shown-line.ts';
import { findFusedDates, findStampDate } from '../lib/dates/dates.ts';
import { numericOrderOfPage, type PageHints } from '../lib/dates/page-order.ts';
import type { Language } from '../lib/page-text/language/language.ts';
import { BARE_LABEL, datesAChange, PUBLICATION_LABEL, PUBLICATION_LABEL_AFTER, publicationLabelAfter, STATES_WHAT_IT_DATES } from '../lib/dates/date-labels.ts';
import { earliestCommentDay } from '../lib/dates/comment-dates.ts';
import { detectMainText, HEADER_WINDOW } from './main-text.ts';
import { opensOnADateline } from './main-text/above/opens-on-a-dateline.ts';
import { unwrapHardWrappedWithOrigins } from './segment/hard-wrap.ts';
import { readBylineWithDate, readFieldRow, readSoleDateLine } from './segment/page-stamps.ts';
import { BULLET, readBylineShape, readHeaderField } from './segment/header-fields.ts';
import { readStampBesideHeadline, rowNamesItsWriter } from './segment/stamp-line.ts';
import { readLabelledStamp, readVersionPair } from './segment/labelled-stamp.ts';
import { headlineShaped } from '../lib/page-text/headline/headline.ts';
import { blockFeatures } from '../lib/page-text/lines/block-features.ts';
import { colonFormOf, dateAfterHeadline, nameWithItsDate, opensWithPhotoLabel, siteNameAfter } from '../lib/page-text/headline/title.ts';
import { kickerRunIntoHeadline } from '../lib/page-text/headline/kicker-run-in.ts';
import { STANDFIRST_WORDS } from '../lib/page-text/headline/headline-over-standfirst-and-inset.ts';
import { kickerOverColon } from '../lib/page-text/headline/kicker-over-colon.ts';
import { dashQuotation } from '../lib/page-text/headline/quoted-headline.ts';
import { SkipArticle } from '../report.ts';
import { cleanAuthor, commaParts, isRole, joinNames } from '../lib/bylines/author.ts';
import { BYLINE, LABEL_ALONE } from '../lib/bylines/byline-labels.ts';
import { captionOverCredit, nextPast, pictureCreditAt, picturesBetween } from './segment/header-lines.ts';
import { nameBesideStamp } from './segment/name-beside-stamp.ts';
import { labelledBylineAway } from '../lib/bylines/labelled-byline.ts';
import { withoutLeadingSeparator } from '../lib/bylines/labelled-line.ts';
import { NAME_JOINER_ANY_CASE, nameShaped } from '../lib/bylines/name-shape.ts';
import { blogTitleOwner, copyrightOwner, mastheadOwner } from '../lib/bylines/site-owner.ts';
import { reporterSignOff } from '../lib/bylines/reporter-sign-off.ts';
import { writerAsToldTo } from '../lib/bylines/as-told-to.ts';
import { bylineInCapitals } from '../lib/bylines/byline-in-capitals.ts';
import { nameUnderLastParagraph } from '../lib/bylines/name-under-article.ts';
import { writerUnderOutletByline } from '../lib/bylines/writer-under-outlet-byline.ts';
import { nameWithItsBio } from '../lib/bylines/name-with-bio.ts';
import { underBylineAndItsBio } from '../lib/bylines/byline-then-bio.ts';
import { writersOfNotes } from '../lib/bylines/writer-note.ts';
import { namesBeforeRoleNote } from '../lib/bylines/role-note.ts';
import { bracketedCjkName, cjkBylineBetween } from '../lib/bylines/cjk-labelled-byline.ts';
import { caselessBylineBetween, caselessNamesOverStamp } from '../lib/bylines/caseless-labelled-byline.ts';
import { bareName, CALL_TO_ACT, TWO_TO_FOUR_WORDS, isAffiliation, isSiteAddress, commonWordsOnly, READING_TIME, handleOnlyHere, lowerCaseWords, personNameAlone, namesAcrossBar, nameBeforeItsAge, nameBeforeItsStamp, nameBeforeItsTail, namesWithAffiliationMarks, NEWSROOM_BYLINE, nameInStampRow, namesList, oneWordName, wordsOfNamesOnly } from '../lib/bylines/name-lines.ts';

export interface Segmented {
  units: Unit[];
  header: HeaderFacts;
}

/** The hard-wrap joiner, where the census tools and tests have always imported it from. */
export { unwrapHardWrapped } from './segment/hard-wrap.ts';

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
/**
 * An English byline's label opening a line ("By Ann Lee …", "— By Ann Lee …"): under the headline, the row it opens
 * is the header's even when it reads as prose (two writers with their roles, a time's "p.m." closing it).
 */
const OPENS_WITH_BY = /^[\s|·•–—-]*by\s+\S/i;
/** How many lines above the headline a stamp may stand ("December 17, 2025" over the title). */
const STAMP_ABOVE_HEADLINE = 3;
/** How many bylines over the headline make a list of teasers (each story's "by …"), not the article's own. */
const MIN_TEASER_BYLINES = 2;

/** How many pictures (a caption and its credit each) between the headline and a name with no label are stepped over. */
const MAX_PICTURES_OVER_BYLINE = 2;

/** How many lines under the headline a name with no label may stand (a standfirst may come first). */
const NAME_OVER_STAMP_REACH = 3;

/** How many lines under the headline a name with no label over the writer's role may stand (a standfirst and a related story's links first). */
const NAME_OVER_ROLE_REACH = 6;
/** How many words the line between a name and the article's first paragraph may hold: the writer's role or outlet ("BBC", "Staff Writer"). */
const SHORT_LINE_UNDER_NAME = 4;

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

/**
 * `tableLines`: decode's count per line of `text` of a table's cells on it (lib/page-text/lines/table-lines.ts), null when it had no tab.
 * `page`: what a saved page says of itself beside its shown text (its address, its language tags), for its numeric dates' order.
 */
export function segment(text: string, language: Language, report: Report, tableLines?: Uint8Array | null, page?: PageHints): Segmented {
  const { lines: written, origins } = unwrapHardWrappedWithOrigins(text, report);
  // Every reader reads a line as it is shown, without the marks that only set its direction (a byline
  // in an isolate, a mark before a stamp); the units keep them as written (lib/page-text/language/shown-line.ts).
  const lines = written.map(shownLine);
  /** What a reader kept of line `i` (the line, or the part a stamp or a site's name left), as the line writes it. */
  const asWritten = (i: number, kept: string) => (written[i] === lines[i] ? kept : kept === lines[i] ? written[i] : writtenPiece(written[i], kept));
  const header: HeaderFacts = { lang: language.lang, titleCandidates: [], stamps: [], sources: [], bylines: [], editors: [], outletHints: [], standfirst: [] };
  // A stamp's numeric date with two readings ("8/1/2025") is read in the order the page settles: its other
  // numeric dates, the same day written another way, a saved page's address, its language (lib/dates/page-order.ts).
  header.numericOrder = numericOrderOfPage(text, { address: page?.address, langTags: [language.lang, ...(page?.langTags ?? [])] });

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
  const headerFrom = choice.insetPassedOver ?? headline;

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
    const before = nextPast(lines, i, -1);
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
        // A byline row that closes on its date reads as prose when it names two writers with their roles and
        // a time's "p.m." ends it ("By Ann Lee and Jo Park Gazette Staff and Gazette Correspondent,Updated
        // December 22, 2023, 3:31 p.m."): its label says it is the header's, and the row reader bounds its
        // words and refuses a sentence. Counted as prose still, as before: the window it leaves open is the same.
        if (underHeader && OPENS_WITH_BY.test(line)) readStampBesideHeadline(line, header, report, 'date-stamp-byline-row-under-headline');
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
    if (headline !== -1 && reach > 0 && reach <= NAME_OVER_STAMP_REACH + 2 * MAX_PICTURES_OVER_BYLINE && !nameOverStamp && reach - picturesBetween(lines, headline, i) <= NAME_OVER_STAMP_REACH) nameOverStamp = unlabelledName(line, i);
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
    let after = nextPast(lines, i, 1);
    while (after < lines.length && lines[after].trim() === text) after = nextPast(lines, after, 1);
    // "Donald Trump" / "Foto: REUTERS/Jane Roe": a name right over a picture's credit is its caption, who is
    // pictured; the line under the credit is the header's next, so the stamp over the picture stands beside it.
    if (captionOverCredit(lines, after) || opensWithPhotoLabel(text)) return null;
    let before = nextPast(lines, i, -1);
    if (pictureCreditAt(lines, before)) before = nextPast(lines, nextPast(lines, before, -1), -1);
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
    if (before > headline && ((nextPast(lines, before, -1) === headline && isProse(lines[before])) || insetUnderStandfirst(before))) {
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
    const standfirst = nextPast(lines, j, -1);
    if (standfirst <= headline || nextPast(lines, standfirst, -1) !== headline) return false;
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
    const next = nextPast(lines, i, 1);
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
  const besideStamp = header.bylines.length || stampLine === -1 ? null : nameBesideStamp(lines, stampLine, headline, pageLowerCaseWords);
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
  const besideAway = awayLine === -1 ? null : nameBesideStamp(lines, awayLine, headline, pageLowerCaseWords);
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
    const over = nextPast(lines, bodyStart, -1);
    const short = over > headline && countWords(lines[over]) <= SHORT_LINE_UNDER_NAME && !endsLikeSentence(lines[over]) && !bareName(lines[over].trim());
    const at = short ? nextPast(lines, over, -1) : over;
    if (at <= headline || captionOverCredit(lines, nextPast(lines, at, 1))) return null;
    // Under a line of capitalised words ("Frequently Asked Questions" / "Final Thoughts", "Pregnancy" /
    // "Teen & Young Adult"), the line is the last entry of a menu or a table of contents.
    const above = nextPast(lines, at, -1);
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
