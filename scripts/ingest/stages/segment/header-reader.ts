/**
 * The header reader: segment()'s pass over the page's lines, in order. It reads the facts each line
 * states (stamps, bylines, a headline's parts) into the page's HeaderFacts, makes the units, and keeps
 * what the pass needs from one line to the next (the paragraphs met under the headline, the names under
 * a byline's label, the lines the stamps came from). segment() asks it once, then reads what it found
 * (`units`, `nameOverStamp`, `bylinesOverHeadline`, `stampLine`) for the bylines it falls back to.
 */
import type { HeaderFacts, Unit } from '../../types.ts';
import { Report } from '../../report.ts';
import { countWords, endsLikeSentence } from '../../lib/page-text/language/text.ts';
import { writtenPiece } from '../../lib/page-text/language/shown-line.ts';
import { findFusedDates, findStampDate } from '../../lib/dates/dates.ts';
import type { Language } from '../../lib/page-text/language/language.ts';
import { BARE_LABEL, datesAChange, PUBLICATION_LABEL_AFTER, publicationLabelAfter, STATES_WHAT_IT_DATES } from '../../lib/dates/date-labels.ts';
import { HEADER_WINDOW, type MainTextChoice } from '../main-text.ts';
import { isProse } from './prose.ts';
import { opensOnADateline } from '../main-text/above/opens-on-a-dateline.ts';
import { readBylineShape, readHeaderField } from './header-fields.ts';
import { readStampBesideHeadline, rowNamesItsWriter } from './stamp-line.ts';
import { readLabelledStamp, readVersionPair } from './labelled-stamp.ts';
import { headlineShaped } from '../../lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../lib/page-text/lines/block-features.ts';
import { colonFormOf, dateAfterHeadline, nameWithItsDate, opensWithPhotoLabel, siteNameAfter } from '../../lib/page-text/headline/title.ts';
import { kickerRunIntoHeadline } from '../../lib/page-text/headline/kicker-run-in.ts';
import { STANDFIRST_WORDS } from '../../lib/page-text/headline/headline-over-standfirst-and-inset.ts';
import { kickerOverColon } from '../../lib/page-text/headline/kicker-over-colon.ts';
import { dashQuotation } from '../../lib/page-text/headline/quoted-headline.ts';
import { cleanAuthor, commaParts, isRole, joinNames } from '../../lib/bylines/author.ts';
import { BYLINE, LABEL_ALONE } from '../../lib/bylines/byline-labels.ts';
import { captionOverCredit, nextPast, pictureCreditAt, picturesBetween } from './header-lines.ts';
import { withoutLeadingSeparator } from '../../lib/bylines/labelled-line.ts';
import { NAME_JOINER_ANY_CASE, nameShaped } from '../../lib/bylines/name-shape.ts';
import { writerAsToldTo } from '../../lib/bylines/as-told-to.ts';
import { underBylineAndItsBio } from '../../lib/bylines/byline-then-bio.ts';
import { namesBeforeRoleNote } from '../../lib/bylines/role-note.ts';
import { caselessNamesOverStamp } from '../../lib/bylines/caseless-labelled-byline.ts';
import { bareName, CALL_TO_ACT, TWO_TO_FOUR_WORDS, isAffiliation, isSiteAddress, commonWordsOnly, READING_TIME, handleOnlyHere, lowerCaseWords, namesAcrossBar, nameBeforeItsAge, nameBeforeItsStamp, nameBeforeItsTail, NEWSROOM_BYLINE, nameInStampRow, namesList, oneWordName, wordsOfNamesOnly } from '../../lib/bylines/name-lines.ts';

/** Why a stamp or byline row under the headline, inside the article's run, is left out of its text. */
const HEADER_ROW = "before the article: the article's byline or stamp row under its headline";
/** How far a list of dated items reaches: three date lines within it are a list's, not one article's stamp. */
const DATED_LIST_REACH = 8;
/** A list's comma or joining word alone on its line, between two names under a byline's label: ",", ", and", "&", "und". */
const JOINER_LINE = new RegExp(`^(?:,|,?\\s*${NAME_JOINER_ANY_CASE})$`, 'u');

/** "Tim HanlonNews Reporter" → "Tim Hanlon": a name under a byline's label with the writer's role run into its line; any other line as it is. */
const withoutRoleTail = (line: string) => (line && !bareName(line) ? (nameBeforeItsTail(line) ?? line) : line);

/**
 * An English byline's label opening a line ("By Ann Lee …", "— By Ann Lee …"): under the headline, the row it opens
 * is the header's even when it reads as prose (two writers with their roles, a time's "p.m." closing it).
 */
const OPENS_WITH_BY = /^[\s|·•–—-]*by\s+\S/i;
/** How many lines above the headline a stamp may stand ("December 17, 2025" over the title). */
const STAMP_ABOVE_HEADLINE = 3;

/** How many pictures (a caption and its credit each) between the headline and a name with no label are stepped over. */
const MAX_PICTURES_OVER_BYLINE = 2;

/** How many lines under the headline a name with no label may stand (a standfirst may come first). */
const NAME_OVER_STAMP_REACH = 3;

/** A social handle alone on its line ("@annaberg", "@Anna_Berg"): the writer's account, shown under the name. */
const HANDLE_LINE = /^@[\p{L}\p{N}_.]{2,30}$/u;

/** How many lines under the headline a name with no label over the writer's role may stand (a standfirst and a related story's links first). */
const NAME_OVER_ROLE_REACH = 6;

/**
 * "Anna Berg" / ", and" / "Harbor Rankings Team": under a list's joining word on a line of its own, the
 * next line is the list's next writer, a team or a desk as well as a person: capitalised words, two to
 * four, that the byline cleaner leaves as they are (no label, date or role), and no sentence.
 */
function namedAfterJoiner(name: string): boolean {
  return TWO_TO_FOUR_WORDS.test(name) && nameShaped(name) && cleanAuthor(name) === name && !endsLikeSentence(name);
}

/** The page as segment() split it: what the reader reads, never changes. */
export interface PageToRead {
  /** Each line as it is shown, without the marks that only set its direction: what every reader reads. */
  lines: string[];
  /** Each line as the text writes it: what the units keep (lib/page-text/language/shown-line.ts). */
  written: string[];
  language: Language;
  choice: MainTextChoice;
  /** The first and last line of the article's body (inclusive): the header is over it, the footer under it. */
  bodyStart: number;
  bodyEnd: number;
}

/** segment()'s pass over the lines: one reader a page, asked once (readLines), then read. */
export class HeaderReader {
  // What the pass found, read by segment() once readLines() is done (and written only here).
  /** The page's units, one a line, as the pass made them. */
  readonly units: Unit[] = [];
  /** A name with no label under the headline, over the stamp or a role: weaker than a labelled byline, used only when none is found. */
  nameOverStamp: string | null = null;
  /**
   * How many bylines were read before the headline's line (-1 until it is reached): over the headline,
   * a list of teasers gives each story's "by …", none of them the article's.
   */
  bylinesOverHeadline = -1;
  /** The line of the header's first stamp: a name beside it is the byline wherever the headline was found. */
  stampLine = -1;

  // The page, as segment() split it.

  private readonly lines: string[];
  private readonly written: string[];
  private readonly language: Language;
  private readonly choice: MainTextChoice;
  private readonly bodyStart: number;
  private readonly bodyEnd: number;
  /** The line of the article's headline, or -1. */
  private readonly headline: number;
  // A clip's title or a link the chooser passed over, between the standfirst and the byline
  // (headline-over-standfirst-and-inset.ts): the name under the headline is counted from that line, as
  // it was when the line was taken for the headline; the lines over it are the standfirst's, no byline.
  private readonly headerFrom: number;
  private readonly header: HeaderFacts;
  private readonly report: Report;

  // What the pass keeps from one line to the next.
  /** Whether each line asked is a date line with a full date (#isDateLine), once asked. */
  readonly #datedLines = new Map<number, boolean>();
  // Paragraphs of prose read under the headline: a standfirst may come before the byline and the
  // date; past a second paragraph, a date line is the article's text (an event's day, a timeline),
  // unless it comes right under a byline.
  #proseUnderHeadline = 0;
  /** A byline read under a label alone ("Von" / "Anna Berg"): the line where a next name would stand, the bylines' count then, the names so far. */
  #namesUnderLabel: { next: number; count: number; names: string[] } | null = null;
  #lastProse = '';
  /** The line each of the header's stamps was read from, in their order. */
  readonly #stampLines: number[] = [];
  /** The lines of byline rows that gave a stamp ("by Ann Lee | 5 November 2024"). */
  readonly #bylineRowLines = new Set<number>();
  #lowerWords: Set<string> | null = null;
  /** Whether a paragraph of prose was met in the run so far (overRunsFirstParagraph reads it). */
  #runProseSeen = false;

  constructor(page: PageToRead, header: HeaderFacts, report: Report) {
    this.lines = page.lines;
    this.written = page.written;
    this.language = page.language;
    this.choice = page.choice;
    this.bodyStart = page.bodyStart;
    this.bodyEnd = page.bodyEnd;
    this.headline = page.choice.headline;
    this.headerFrom = page.choice.insetPassedOver ?? this.headline;
    this.header = header;
    this.report = report;
  }

  /** The words the page writes in lower case, read once when a name with no label is weighed. */
  readonly pageLowerCaseWords = (): Set<string> => (this.#lowerWords ??= lowerCaseWords(this.lines));

  /** What a reader kept of line `i` (the line, or the part a stamp or a site's name left), as the line writes it. */
  #asWritten(i: number, kept: string): string {
    const { written, lines } = this;
    return written[i] === lines[i] ? kept : kept === lines[i] ? written[i] : writtenPiece(written[i], kept);
  }

  /** Is line `j` a date line with a full date ("0:00", a price are date lines to main-text, and no list's dates)? */
  #isDateLine(j: number): boolean {
    const { lines, header, choice } = this;
    if (choice.blocks[j]?.features.dateLine !== true) return false;
    let dated = this.#datedLines.get(j);
    if (dated === undefined) this.#datedLines.set(j, (dated = findFusedDates(lines[j], header.numericOrder).length > 0));
    return dated;
  }
  /**
   * Is line `i` a date line with two more around it (within DATED_LIST_REACH lines)? A line whose label
   * says what it dates ("Updated …", "Posted …", "… | Originally published": a page's history) is never a list's.
   */
  #inDatedList(i: number): boolean {
    const { lines, headline, bodyStart, bodyEnd } = this;
    if (!this.#isDateLine(i) || STATES_WHAT_IT_DATES.test(lines[i]) || PUBLICATION_LABEL_AFTER.test(lines[i])) return false;
    // The list stays in its part of the page (above the article's text, in it, under it), and a stamp
    // under the headline has no neighbours above it: teasers above the headline or under the article
    // are no neighbours of the article's own stamp.
    const zoneOf = (j: number) => (j < bodyStart ? 0 : j > bodyEnd ? 2 : 1);
    const top = Math.max(0, i - DATED_LIST_REACH, headline !== -1 && i > headline ? headline + 1 : 0);
    const bottom = Math.min(lines.length - 1, i + DATED_LIST_REACH);
    let others = 0;
    for (let j = top; j <= bottom && others < 2; j++) if (j !== i && zoneOf(j) === zoneOf(i) && this.#isDateLine(j)) others++;
    return others >= 2;
  }
  /**
   * Is line `i` a line of the run over its first paragraph of prose, with the headline chosen lines
   * above the run? The run's opening lines are then the article's own header, however far under that
   * headline they stand: a strip of other stories' titles between the two (which the run took in, or
   * which put the headline on a teaser's title) pushes the article's stamp row ("Jane Roe,
   * CorrespondentDec 22, 2023, 10:15 PM" under a picture's caption) past the header's window.
   * Asked of each line of the run in order; each is read as prose or not until the first one is.
   */
  #overRunsFirstParagraph(i: number): boolean {
    const { lines, headline, bodyStart } = this;
    if (this.#runProseSeen || headline === -1 || headline >= bodyStart - 1 || i < bodyStart) return false;
    if (isProse(lines[i])) this.#runProseSeen = true;
    return !this.#runProseSeen;
  }
  /** Reads every line of the page in order, then puts the stamps under the headline first. */
  readLines(): void {
    const { lines, header } = this;
    lines.forEach((line, i) => {
      const stampsBefore = header.stamps.length;
      // "Last updated:" on a line of its own labels the stamp read from the next line, over the article
      // or under it ("Published" / "August 30, 2024" in its footer).
      const [stamps, underArticle] = [header.stamps.length, header.footerStamps?.length ?? 0];
      const labelled = header.labelledStamps?.length ?? 0;
      const standfirst = header.standfirst.length;
      this.#readLine(line, i);
      // A summary's bullet is published: as the line writes it.
      for (let k = standfirst; k < header.standfirst.length; k++) header.standfirst[k] = this.#asWritten(i, header.standfirst[k]);
      if ((header.labelledStamps?.length ?? 0) > labelled) this.#publicationOverUpdate(i);
      if (i > 0 && BARE_LABEL.test(lines[i - 1])) this.#labelNewStamps(stamps, underArticle, lines[i - 1].trim());
      else {
        // "5 Sept 2024 | Originally published": the label after the date says what it dates, as one before it would.
        const after = publicationLabelAfter(line);
        if (after !== null) this.#labelNewStamps(stamps, underArticle, after);
        if (underArticle === 0 && (header.footerStamps?.length ?? 0) > 0) this.#bylineOverFooterStamp(i);
      }
      if (this.stampLine === -1 && header.stamps.length > stampsBefore) this.stampLine = i;
      for (let k = stampsBefore; k < header.stamps.length; k++) this.#stampLines.push(i);
      if (header.stamps.length > stampsBefore && BYLINE.test(withoutLeadingSeparator(line))) this.#bylineRowLines.add(i);
    });
    this.#stampsUnderHeadlineFirst();
  }
  /**
   * A date further over the headline than a stamp stands over a title is a teaser's (the site's latest
   * story in a strip above the article) when the headline has a stamp under it: the article's header
   * is its headline's neighbourhood, so the stamps under the headline go first (metadata takes the first).
   */
  #stampsUnderHeadlineFirst(): void {
    const { header, headline } = this;
    if (headline === -1 || !this.#stampLines.some((at) => at > headline)) return;
    // A byline row with its date under the headline ("by Ann Lee | 5 November 2024") is the article's
    // own header: a bare date over the headline, however near, is then the site's (today's date in its
    // masthead) or a teaser's.
    const bylineRowUnder = this.#stampLines.some((at) => at > headline && at <= headline + HEADER_WINDOW && this.#bylineRowLines.has(at));
    const teaser = (k: number) => this.#stampLines[k] < (bylineRowUnder ? headline : headline - STAMP_ABOVE_HEADLINE);
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
  #publicationOverUpdate(i: number): void {
    const { lines, header, report, choice } = this;
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
  #labelNewStamps(stamps: number, underArticle: number, label: string): void {
    const { header } = this;
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
  #bylineOverFooterStamp(i: number): void {
    const { lines, header, report, bodyEnd } = this;
    const before = nextPast(lines, i, -1);
    const m = before > bodyEnd ? BYLINE.exec(lines[before]) : null;
    if (!m || endsLikeSentence(lines[before]) || countWords(m[1]) > 8 || !nameShaped(cleanAuthor(m[1]) ?? '')) return;
    const stamp = header.footerStamps!.pop()!;
    (header.labelledStamps ??= []).push(`${lines[before].trim()} ${stamp}`);
    report.add('segment', 'date-stamp-under-byline', 'found', `${lines[before].trim()} ${stamp}`, "a date line under a byline, under the article: the article's stamp");
  }
  #readLine(line: string, i: number): void {
    const { lines, written, header, report, choice, headline, headerFrom, bodyStart, bodyEnd, language } = this;
    const zone: Unit['zone'] = i < bodyStart ? 'header' : i > bodyEnd ? 'footer' : 'body';
    const furniture = choice.furniture.get(i);
    const unit = (t: string): Unit => (furniture ? { text: this.#asWritten(i, t), zone, furniture } : { text: this.#asWritten(i, t), zone });
    if (i !== headline && this.#inDatedList(i)) {
      // One of a list's dated items ("You may also like…", an events calendar): not the article's stamp.
      report.add('segment', 'date-in-list', 'found', line, 'a date line among others: a list of dated items');
      return void this.units.push(unit(line));
    }
    if (i === headline) {
      this.bylinesOverHeadline = header.bylines.length;
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
        header.headline = this.#asWritten(i, rest);
        this.units.push({ text: header.headline, zone: 'header' });
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
    else if (zone === 'footer' && readVersionPair(line, header, report)) return void this.units.push(unit(line));
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
      const overFirstParagraph = this.#overRunsFirstParagraph(i);
      const inWindow = inHeaderWindow && (this.#proseUnderHeadline < 2 || BYLINE.test(lines[i - 1]) || inBox || underBylineAndItsBio(lines, i));
      // Past the window, a row that names its writer: a date alone there may be the article's own first line (a diary's day).
      const underHeader = inWindow || (overFirstParagraph && rowNamesItsWriter(line, header.numericOrder));
      if (underHeader && (choice.blocks[i].features.dateLine || !isProse(line))) readStampBesideHeadline(line, header, report, inWindow ? undefined : 'date-stamp-over-run-first-paragraph');
      // A standfirst the page shows twice is one paragraph. Counted inside the header's window only:
      // past it nothing reads the count (`underHeader` is false from there on), and every body line was
      // asked whether it is prose for nothing.
      else if (inHeaderWindow && !furniture && line !== this.#lastProse && isProse(line)) {
        // A byline row that closes on its date reads as prose when it names two writers with their roles and
        // a time's "p.m." ends it ("By Ann Lee and Jo Park Gazette Staff and Gazette Correspondent,Updated
        // December 22, 2023, 3:31 p.m."): its label says it is the header's, and the row reader bounds its
        // words and refuses a sentence. Counted as prose still, as before: the window it leaves open is the same.
        if (underHeader && OPENS_WITH_BY.test(line)) readStampBesideHeadline(line, header, report, 'date-stamp-byline-row-under-headline');
        this.#proseUnderHeadline++;
        this.#lastProse = line;
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
    const nextLine = this.#namesUnderLabel?.next === i && header.bylines.length === this.#namesUnderLabel.count ? line.trim() : '';
    // "Tim HanlonNews Reporter": the next name with the writer's role run into its line.
    const nextName = withoutRoleTail(nextLine);
    // The same name again (a picture's label, then the name) is the same writer: the next line may still name another.
    // "Anna Berg" / "," / "Li Wei" / ", and" / "Jo Park": the list's commas and joining word on lines of their own.
    if (this.#namesUnderLabel && nextLine && JOINER_LINE.test(nextLine)) this.#namesUnderLabel.next = i + 1;
    else if (this.#namesUnderLabel && nextName && this.#namesUnderLabel.names.some((n) => n.toLowerCase() === nextName.toLowerCase())) this.#namesUnderLabel.next = i + 1;
    else if (this.#namesUnderLabel && nextName && ((bareName(nextName) && wordsOfNamesOnly(nextName, this.pageLowerCaseWords())) || (JOINER_LINE.test(lines[i - 1].trim()) && namedAfterJoiner(nextName)))) {
      // "Von" / "Anna Berg" / "Li Wei": the label alone names the writers one a line; each name under the first is one more.
      this.#namesUnderLabel.names.push(nextName);
      this.#namesUnderLabel.next = i + 1;
      header.bylines[this.#namesUnderLabel.count - 1] = joinNames(this.#namesUnderLabel.names);
      report.add('segment', 'byline-names-under-label', 'found', nextName, `one more writer's name under the byline's label, on a line of its own ("${header.bylines[this.#namesUnderLabel.count - 1]}")`);
    } else if (header.bylines.length > bylinesBeforeLine && i > 0 && LABEL_ALONE.test(lines[i - 1])) {
      this.#namesUnderLabel = { next: i + 1, count: header.bylines.length, names: [withoutRoleTail(header.bylines[header.bylines.length - 1])] };
    }
    const namedUnderLabel = nextName !== '' && this.#namesUnderLabel?.next === i + 1 && this.#namesUnderLabel.names.includes(nextName);
    // "Anna Berg" / "September 4, 2025" right under the headline: a name with no label, over the
    // stamp or the author's role. Weaker than a labelled byline: kept apart, used only when none is found.
    // A picture between the headline and the byline (its caption, its credit) is no line of the header's reach.
    // Counted only near the headline: counted from every line of a long page, the pictures took quadratic time.
    // Past a clip's title the chooser passed over, counted from that line; the lines over it are the standfirst's (reach 0).
    const reach = i > headline && i <= headerFrom ? 0 : i - headerFrom;
    if (headline !== -1 && reach > 0 && reach <= NAME_OVER_STAMP_REACH + 2 * MAX_PICTURES_OVER_BYLINE && !this.nameOverStamp && reach - picturesBetween(lines, headline, i) <= NAME_OVER_STAMP_REACH) this.nameOverStamp = this.#unlabelledName(line, i);
    // "Anna Berg" / "Correspondent in Athens" a few lines further down, under a standfirst and a related
    // story's links: the role under it says the name is the writer's, where a name alone would be too far.
    else if (headline !== -1 && reach > NAME_OVER_STAMP_REACH && reach <= NAME_OVER_ROLE_REACH && !this.nameOverStamp) this.nameOverStamp = this.#nameOverItsRole(line, i);
    // "By Ann Lee | March 4, 2025", "Posted on March 4, 2025 by Ann Lee": the article's stamp or byline
    // row, read from a line of the run under its headline, is the header's, not the article's text.
    if (zone === 'body') {
      // What the line gave is asked first: most body lines gave nothing, and need not be read as prose.
      const headerRow = !furniture && (header.stamps.length > stampsBeforeLine || header.bylines.length > bylinesBeforeLine || namedUnderLabel) && !choice.blocks[i].features.introducesList && !isProse(line);
      return void this.units.push(headerRow ? { text: written[i], zone, furniture: HEADER_ROW } : unit(line));
    }
    const headerStamps = header.stamps.length;
    const rest = far ? line : readHeaderField(line, zone, header, report);
    // A header row that opens with its label ("Posted by Ann Lee December 30, 2024 Posted in … Tags: …")
    // and runs on past a stamp row's length: the label says what its date is, however long the row.
    if (!far && zone === 'header' && rest === line && header.stamps.length === headerStamps) readLabelledStamp(line, header, report, true);
    if (rest) this.units.push(unit(rest));
    // With no headline found, the title is chosen among the header's lines: never one without a
    // headline's shape (a widget's label, a masthead with the site's address, a staff credit).
    if (rest && zone === 'header' && headline === -1 && !headlineShaped(rest, rest === line ? choice.blocks[i].features : blockFeatures(rest, language), language.cjk)) (header.notHeadlines ??= []).push(this.#asWritten(i, rest));
  }
  /**
   * "Anna Berg" over the stamp, a reading time or her role, or under the stamp; "Anna Berg, Managing
   * Editor"; "Anna Berg July 13, 2025 — 7 min read": the name that line gives, or null.
   */
  #unlabelledName(line: string, i: number): string | null {
    const { lines, header, choice, headline } = this;
    const text = line.trim();
    // "LONDON (AP) — A man suspected of …": a paragraph opening on its dateline names the place it was
    // filed from and the agency, never a person (read as "a name in capitals, its site in brackets, a dash").
    if (opensOnADateline(text) && isProse(text)) return null;
    // A separator alone on its line ("•", "|") stands between the name and its stamp.
    // The same name shown twice ("Anna Berg" / "Anna Berg" / "Published …": a picture's label, then the byline) is one line.
    let after = nextPast(lines, i, 1);
    while (after < lines.length && lines[after].trim() === text) after = nextPast(lines, after, 1);
    // "Anna Berg" / "@annaberg" / "Fri 22 Dec 2023": the writer's handle under the name stands between it and its stamp.
    if (after < lines.length && HANDLE_LINE.test(lines[after].trim())) after = nextPast(lines, after, 1);
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
    if (stampBeside && (bareName(named()) || namesList(named())) && !commonWordsOnly(named(), this.pageLowerCaseWords())) return named();
    // "Staff" / "April 18, 2025": where nobody signs, the newsroom's byline stands where a name would.
    if (stampBeside && NEWSROOM_BYLINE.test(text)) return text;
    // "kestrelwrites" between the headline and its dated line: a user name signs there.
    if (before === headline && this.#isDateLine(after) && handleOnlyHere(text, lines)) return text;
    // "Kestrin" right over the dated line, under a standfirst: one word is a name there when the page
    // never writes it in lower case (a kicker's "Programme", a section's "Technology" are none).
    // Not when the dated line names someone itself ("Anzeige" / "Anna Berg, 26.04.2024"): the one word is a label over the row.
    if (before !== headline && this.#isDateLine(after) && oneWordName(text) && wordsOfNamesOnly(text, this.pageLowerCaseWords()) && !nameInStampRow(lines[after], header.numericOrder)) return text;
    // Right under the headline, with no stamp or role beside it, a name is one whose words the page
    // never writes in lower case: "Customer Success", "Tech Trends" there are a section or a kicker.
    if (before === headline) {
      // "राहुल शर्मा" / "नई दिल्ली, 14 मार्च 2025": names alone in a script without capitals, over the stamp.
      const caseless = this.#namesOverStamp(text, i, after);
      if (caseless) return caseless;
      // "Harbor Staff" right under the headline: the newsroom signs where a name would.
      if (NEWSROOM_BYLINE.test(text)) return text;
      // "Anna Berg (Content Manager)" right under the headline: the bracketed role says the words before
      // it name a person, with no stamp beside it (lib/bylines/role-note.ts, read as beside the stamp).
      // The closing bracket is the cheap precheck: most lines under a headline have none.
      const noted = text.endsWith(')') ? namesBeforeRoleNote(text) : null;
      if (noted && /\p{Ll}/u.test(noted) && !commonWordsOnly(noted, this.pageLowerCaseWords())) return noted;
      // "Stefan" between the headline and its dated line: one word is a name only there; "Anna Berg"
      // alone right under the headline, over the standfirst or the first paragraph.
      const shaped = (this.#isDateLine(after) && oneWordName(text) && !nameInStampRow(lines[after], header.numericOrder)) || (bareName(named()) && !CALL_TO_ACT.test(named()));
      if (shaped && wordsOfNamesOnly(named(), this.pageLowerCaseWords())) return named();
    }
    // "Anna Berg" alone under the standfirst, the one paragraph of prose right under the headline: the
    // byline a page sets between its standfirst and the article, with no stamp beside it. In mixed case:
    // a line in capitals there is a shop's button or a section's label ("SHOP SALES").
    // Or past a line set between the standfirst and the byline (a clip's title, a link: the chooser
    // reads that shape too, lib/page-text/headline/headline-over-standfirst-and-inset.ts).
    if (before > headline && ((nextPast(lines, before, -1) === headline && isProse(lines[before])) || this.#insetUnderStandfirst(before))) {
      if (bareName(named()) && /\p{Ll}/u.test(named()) && !CALL_TO_ACT.test(named()) && wordsOfNamesOnly(named(), this.pageLowerCaseWords())) return named();
    }
    // "Anna Berg|Published 1 day ago": the name, then the article's age on the same line.
    const aged = nameBeforeItsAge(text);
    if (aged && !commonWordsOnly(aged, this.pageLowerCaseWords())) return aged;
    // The name, then the stamp on the same line, then a few words (a reading time, the categories).
    // A stamp's label may run into the name ("ANNA BERGLAST UPDATED NOV 6, 2025").
    return nameBeforeItsStamp(text, header.lang, header.numericOrder);
  }
  /**
   * Is line `j` a short line set under the standfirst, which stands right under the headline: a
   * standfirst of STANDFIRST_WORDS or more (with or without its full stop), then a line of fewer words
   * that is no prose (a clip's title, "Who is Jane Roe? – video explainer")?
   */
  #insetUnderStandfirst(j: number): boolean {
    const { lines, headline } = this;
    const standfirst = nextPast(lines, j, -1);
    if (standfirst <= headline || nextPast(lines, standfirst, -1) !== headline) return false;
    if (countWords(lines[j], STANDFIRST_WORDS) >= STANDFIRST_WORDS || isProse(lines[j])) return false;
    return countWords(lines[standfirst], STANDFIRST_WORDS) >= STANDFIRST_WORDS;
  }
  /**
   * "Anna Berg" / "Corresponsal en Atenas": a name alone, in mixed case and in words the page never writes
   * in lower case, over a line that is the writer's role; the name, or null.
   */
  #nameOverItsRole(line: string, i: number): string | null {
    const { lines } = this;
    const text = line.trim();
    // The name's shape first: most lines there are prose or links, and need no look at the next line.
    if (!bareName(text) || !/\p{Ll}/u.test(text) || CALL_TO_ACT.test(text)) return null;
    const next = nextPast(lines, i, 1);
    if (next >= lines.length || !isRole(lines[next].trim())) return null;
    return wordsOfNamesOnly(text, this.pageLowerCaseWords()) ? text : null;
  }
  /**
   * "राहुल शर्मा" / "नई दिल्ली, 14 मार्च 2025" under the headline: names of a script without capitals, which
   * the shapes above never read (they tell a name by its capitals), over the article's stamp
   * (lib/bylines/caseless-labelled-byline.ts).
   */
  #namesOverStamp(text: string, i: number, after: number): string | null {
    const { lines, choice } = this;
    if (after >= lines.length) return null;
    return caselessNamesOverStamp(text, lines[after], choice.blocks[after]?.features.dateLine === true, () => lines.some((l, j) => j !== i && l.includes(text)));
  }
}
