/**
 * segment: text → units (one per paragraph line) in three zones, and the facts written in header
 * lines (stamps, Source:, Editor:, bylines, summary bullets). The body runs from the first to the
 * last line that reads like prose; what comes before is the page header, what follows the footer.
 * The readers it asks, one job each, are in segment/ (its README lists them).
 */
import type { HeaderFacts, Unit } from '../types.ts';
import { Report } from '../report.ts';
import { countWords, endsLikeSentence } from '../lib/page-text/language/text.ts';
import { shownLine } from '../lib/page-text/language/shown-line.ts';
import { numericOrderOfPage, type PageHints } from '../lib/dates/page-order.ts';
import type { Language } from '../lib/page-text/language/language.ts';
import { PUBLICATION_LABEL } from '../lib/dates/date-labels.ts';
import { earliestCommentDay } from '../lib/dates/comment-dates.ts';
import { detectMainText, HEADER_WINDOW } from './main-text.ts';
import { unwrapHardWrappedWithOrigins } from './segment/hard-wrap.ts';
import { readBylineWithDate, readFieldRow, readSoleDateLine } from './segment/page-stamps.ts';
import { SkipArticle } from '../report.ts';
import { cleanAuthor, joinNames } from '../lib/bylines/author.ts';
import { captionOverCredit, nextPast } from './segment/header-lines.ts';
import { nameBesideStamp } from './segment/name-beside-stamp.ts';
import { HeaderReader } from './segment/header-reader.ts';
import { isProse } from './segment/prose.ts';
import { labelledBylineAway } from '../lib/bylines/labelled-byline.ts';
import { nameShaped } from '../lib/bylines/name-shape.ts';
import { namesNoPerson } from '../lib/facts/not-a-person.ts';
import { headlineShaped } from '../lib/page-text/headline/headline.ts';
import { blogTitleOwner, copyrightOwner, mastheadOwner } from '../lib/bylines/site-owner.ts';
import { reporterSignOff } from '../lib/bylines/reporter-sign-off.ts';
import { closingCreditReporters } from '../lib/bylines/closing-credit.ts';
import { writersLabelledApart } from '../lib/bylines/writers-labelled-apart.ts';
import { bylineInCapitals } from '../lib/bylines/byline-in-capitals.ts';
import { nameUnderLastParagraph } from '../lib/bylines/name-under-article.ts';
import { writerUnderOutletByline } from '../lib/bylines/writer-under-outlet-byline.ts';
import { nameWithItsBio } from '../lib/bylines/name-with-bio.ts';
import { writersOfNotes } from '../lib/bylines/writer-note.ts';
import { bracketedCjkName, cjkBylineBetween } from '../lib/bylines/cjk-labelled-byline.ts';
import { caselessBylineBetween } from '../lib/bylines/caseless-labelled-byline.ts';
import { bareName, personNameAlone, namesWithAffiliationMarks, nameInStampRow, wordsOfNamesOnly } from '../lib/bylines/name-lines.ts';

export interface Segmented {
  units: Unit[];
  header: HeaderFacts;
}

/** The hard-wrap joiner and the prose test, where the census tools and tests have always imported them from. */
export { unwrapHardWrapped } from './segment/hard-wrap.ts';
export { isProse } from './segment/prose.ts';

/** How many lines under the article's run its sign-off may stand (after a share row, a blank run). */
const SIGN_OFF_UNDER_ARTICLE = 8;
/** How many lines under the headline a name in brackets may stand ("（山田太郎）"): the stamp and a kicker may come first. */
const BRACKETED_NAME_UNDER_HEADLINE = 3;
/** Lines a very short item (a headline, a stamp, a few short lines of text) has at most: more and no prose is a page of menus. */
const SHORT_ITEM_LINES = 12;
/** How many bylines over the headline make a list of teasers (each story's "by …"), not the article's own. */
const MIN_TEASER_BYLINES = 2;

/** How many words the line between a name and the article's first paragraph may hold: the writer's role or outlet ("BBC", "Staff Writer"). */
const SHORT_LINE_UNDER_NAME = 4;
/** How many words, at least, the headline-shaped line over a name has where no headline was chosen: fewer are a menu's entry or a section's. */
const TITLE_OVER_NAME_WORDS = 3;

/** Do at least half of the lines end as a sentence does? Counting stops once the answer is known. */
function mostlySentences(lines: readonly string[]): boolean {
  const needed = Math.ceil(lines.length / 2);
  let sentences = 0;
  for (let i = 0; i < lines.length && sentences < needed; i++) if (endsLikeSentence(lines[i])) sentences++;
  return sentences >= needed;
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

  // The lines in order: their units, and the facts the header's lines state (segment/header-reader.ts).
  const reader = new HeaderReader({ lines, written, language, choice, bodyStart, bodyEnd }, header, report);
  reader.readLines();
  // "by Ann Lee" over the headline (MIN_TEASER_BYLINES or more: other stories' bylines in a list to
  // read), "Li Wei" under it over the article's stamp: the name beside the article's own stamp is its byline.
  if (reader.nameOverStamp && header.bylines.length >= MIN_TEASER_BYLINES && header.bylines.length === reader.bylinesOverHeadline) {
    report.add('segment', 'teaser-bylines-over-headline', 'found', header.bylines.join('; '), `set aside: other stories' bylines over the headline; the name under it, over the article's stamp, is "${reader.nameOverStamp}"`);
    header.bylines.length = 0;
  }
  if (!header.bylines.length && reader.nameOverStamp) {
    header.bylines.push(reader.nameOverStamp);
    report.add('segment', 'byline-name-over-stamp', 'found', reader.nameOverStamp, 'a name alone under the headline, over the stamp or a role');
  }
  // "by Harbor Times" / "Anna Berg" / the first paragraph: a byline that names the outlet gives way to the
  // writer's name alone right over the article's first paragraph (lib/bylines/writer-under-outlet-byline.ts).
  const underOutlet = header.bylines.length === 1 ? writerUnderOutletByline(header.bylines[0], lines, lines.findIndex((l) => l.includes(header.bylines[0])), cleanAuthor, isProse, reader.pageLowerCaseWords) : null;
  if (underOutlet) {
    report.add('segment', 'byline-writer-under-outlet', 'changed', header.bylines[0], `the byline names the outlet; the writer's name stands alone over the first paragraph: "${underOutlet.name}"`);
    header.bylines[0] = underOutlet.name;
  }
  const besideStamp = header.bylines.length || reader.stampLine === -1 ? null : nameBesideStamp(lines, reader.stampLine, headline, reader.pageLowerCaseWords);
  if (besideStamp) {
    header.bylines.push(besideStamp);
    report.add('segment', 'byline-name-beside-stamp', 'found', besideStamp, "a name alone over or under the article's stamp");
  }
  const inRow = header.bylines.length || reader.stampLine === -1 ? null : nameInStampRow(lines[reader.stampLine], header.numericOrder);
  if (inRow && wordsOfNamesOnly(inRow, reader.pageLowerCaseWords())) {
    header.bylines.push(inRow);
    report.add('segment', 'byline-in-stamp-row', 'found', lines[reader.stampLine], "a name among the parts of the article's stamp row");
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
      if (names && wordsOfNamesOnly(names, reader.pageLowerCaseWords())) return { names, at: i };
    }
    return null;
  }
  const far = header.bylines.length ? null : labelledBylineAway(lines, bodyStart, bodyEnd, language.lang);
  if (far) {
    header.bylines.push(far.name);
    report.add('segment', 'byline-far', 'found', far.line, 'a labelled byline away from the article\'s header, which names nobody');
  }
  // "Reporting by Ann Lee; Editing by Li Wei": a wire's closing credit names its reporters, where no header names anyone.
  const credited = header.bylines.length ? null : closingCreditReporters(lines, bodyStart - HEADER_WINDOW, bodyEnd + SIGN_OFF_UNDER_ARTICLE);
  if (credited) {
    header.bylines.push(credited.names);
    report.add('segment', 'byline-closing-credit', 'found', lines[credited.line], "the reporters a wire's closing credit names (\"Reporting by …\"), on a page whose header names nobody");
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
  const owner = header.bylines.length ? null : mastheadOwner(lines, headline, reader.pageLowerCaseWords);
  if (owner) {
    header.bylines.push(owner);
    report.add('segment', 'byline-site-owner', 'found', owner, "a personal site's masthead, its owner's name, on a page that names nobody else");
  }
  const blogger = header.bylines.length ? null : blogTitleOwner(lines, headline, reader.pageLowerCaseWords);
  if (blogger) {
    header.bylines.push(blogger);
    report.add('segment', 'byline-blog-owner', 'found', blogger, "a personal blog's title in its masthead names its owner (\"Anna Berg's Blog\"), on a page that names nobody else");
  }
  const holder = header.bylines.length ? null : copyrightOwner(lines, reader.pageLowerCaseWords);
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
  const awayStamp = header.bylines.length || reader.stampLine !== -1 ? null : [...(header.labelledStamps ?? []), header.lastResortStamp].find((s) => s);
  const awayLine = awayStamp ? lines.findIndex((l) => l.includes(awayStamp)) : -1;
  const besideAway = awayLine === -1 ? null : nameBesideStamp(lines, awayLine, headline, reader.pageLowerCaseWords);
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
   * With no headline chosen, the headline-shaped line right over the name stands in its place (titleOverName).
   */
  function nameOverFirstParagraph(): string | null {
    const top = headline !== -1 ? headline : titleOverName();
    if (top === -1 || bodyStart <= top) return null;
    const over = nextPast(lines, bodyStart, -1);
    const short = over > top && countWords(lines[over]) <= SHORT_LINE_UNDER_NAME && !endsLikeSentence(lines[over]) && !bareName(lines[over].trim());
    const at = short ? nextPast(lines, over, -1) : over;
    if (at <= top || captionOverCredit(lines, nextPast(lines, at, 1))) return null;
    // Under a line of capitalised words ("Frequently Asked Questions" / "Final Thoughts", "Pregnancy" /
    // "Teen & Young Adult"), the line is the last entry of a menu or a table of contents.
    const above = nextPast(lines, at, -1);
    if (above !== top && above >= 0 && nameShaped(lines[above].trim())) return null;
    const text = lines[at].trim();
    // Under a line only its shape makes a headline, a place or a shop's name ("New Zealand", "Sunny Mart") names nobody.
    return personNameAlone(text, reader.pageLowerCaseWords) && (headline !== -1 || !namesNoPerson(text)) ? text : null;
  }
  /**
   * "Documentation A Complete Guide" / "Anna Berg" / the first paragraph: a headline whose words the
   * article's opening never uses is no headline to the chooser (the title is chosen later among the
   * header's lines), but the name under it is the writer's as under a chosen one. The line two over the
   * run's first paragraph (separators passed) when it has a headline's shape, three words or more (four
   * when all are capitalised) and no sentence's end; else -1.
   */
  function titleOverName(): number {
    const at = nextPast(lines, bodyStart, -1);
    const title = at > 0 ? nextPast(lines, at, -1) : -1;
    if (title < 0) return -1;
    const text = lines[title].trim();
    const words = countWords(text);
    // Three capitalised words over the name may be a menu's last entries ("Frequently Asked Questions" / "Anna Berg"): four make a headline.
    const shaped = words >= TITLE_OVER_NAME_WORDS && (words > TITLE_OVER_NAME_WORDS || !nameShaped(text)) && !endsLikeSentence(text) && headlineShaped(text, choice.blocks[title].features, language.cjk);
    return shaped ? title : -1;
  }
  // "… the last sentence." / "Anna Berg": the writer's signature at the article's foot, where no header names anyone.
  const signature = header.bylines.length ? null : nameUnderLastParagraph(lines, bodyEnd, reader.pageLowerCaseWords, (i) => i + 1 >= lines.length || origins[i + 1] > origins[i] + 1);
  if (signature) {
    header.bylines.push(signature.name);
    report.add('segment', 'byline-name-under-article', 'found', lines[signature.at], "a name alone on the first line under the article's last paragraph, its writer's signature");
  }
  // "Anna Berg" beside the headline, and "Anna Berg is a reporter …" opening a paragraph elsewhere: the writer and their biography.
  const withBio = header.bylines.length ? null : nameWithItsBio(lines, headline, reader.pageLowerCaseWords, isProse);
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
  // "By Anna Berg May 2" / "By Li Wei May 2", "By —" / "Anna Berg" / "By —" / "Li Wei": each writer on a labelled byline of
  // their own, one block right after the other; the readers above took one, the writers are all of them in page order.
  const apartAt = header.bylines.length ? lines.findIndex((l) => l.includes(header.bylines[0])) : -1;
  const apart = apartAt === -1 ? null : writersLabelledApart(lines, apartAt);
  if (apart) {
    report.add('segment', 'byline-writers-labelled-apart', 'changed', header.bylines[0], `each writer on a labelled byline of their own, one right after the other: "${apart}"`);
    header.bylines[0] = apart;
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
  return { units: reader.units, header };
}
