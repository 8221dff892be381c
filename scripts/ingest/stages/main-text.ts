/**
 * main-text: which lines of a scraped page are the article. Each line is classed from what plain
 * text shows (lib/page-text/lines/block-features.ts), in the spirit of jusText's context-aware classes: `good`
 * (prose: long, sentence punctuation, the language's usual share of stopwords), `near` (shorter
 * prose), `short` (headings, labels, one-line quotes: decided by their neighbours) and `bad`
 * (furniture: named chrome rules, counters, calls to action, comment marks, bare date lines).
 *
 * The article is then the contiguous run of lines with the highest total weight (prose counts for
 * its words, furniture against; a maximum-sum segment): short lines inside it stay when prose
 * surrounds them, runs of headline-like lines (other stories' headlines) cost more the longer they
 * run, and a comment section's heading is a wall the run never crosses. What comes before the run
 * is the page header (headline, byline, stamps: read by segment), what comes after is furniture.
 * Every line left out is reported with the reason (see dropFurniture).
 *
 * This file keeps the core (classing and weighing lines, the comment walls, the best run, the start
 * under the headline, the report) and the order in which detectMainText calls the rules, which is
 * behaviour. Each kind of box is a rule of its own in main-text/, grouped by where it stands relative
 * to the run (above/, inside/, closing/, with shared/ helpers) and listed in main-text/README.md.
 */
import type { Unit } from '../types.ts';
import { Report } from '../report.ts';
import { blockFeatures, COMMENT_INVITATION, COMMENTS_ON, type BlockFeatures } from '../lib/page-text/lines/block-features.ts';
import { classedWhenRead } from './main-text/shared/classed-when-read.ts';
import { stopwordShare } from './main-text/shared/stopword-share.ts';
import type { Language } from '../lib/page-text/language/language.ts';
import { findStampDate } from '../lib/dates/dates.ts';
import { chooseHeadlineAndInset, headerLine, type ChosenHeadline } from '../lib/page-text/headline/headline.ts';
import { isClosingNote } from '../lib/page-text/boxes/closing-note.ts';
import { aboutLineName, describedCompany, hasCompanyFacts } from '../lib/page-text/boxes/company-description.ts';
import { biographyName } from '../lib/page-text/boxes/writer-bio.ts';
import { underAnAuthorsNameAndTrade } from '../lib/page-text/boxes/author-box.ts';
import { closingListsAfterTheRun } from './main-text/closing/closing-lists.ts';
import { FOOT_OF_SHORT_LINES, aboveAFootOfShortLines } from './main-text/closing/foot-of-short-lines.ts';
import { TEASERS_BETWEEN_PARAGRAPHS, teasersBetweenParagraphs } from './main-text/inside/teasers-between-paragraphs.ts';
import { tableOfWordsAfterTheRun } from './main-text/closing/table-of-words.ts';
import { tableRowsInsideTheRun, tablesBetweenParagraphs } from './main-text/inside/tables-between-paragraphs.ts';
import { buttonsUnderTheArticlesItems } from './main-text/inside/item-buttons.ts';
import { numberedSectionsAboveTheRun } from './main-text/above/numbered-sections-above.ts';
import { headlinesUnderTheLastSentence, HEADLINES_UNDER_THE_LAST_SENTENCE } from './main-text/closing/cjk-headlines.ts';
import { directoriesOfTheSite } from './main-text/closing/site-directory.ts';
import { captionsUnderZoomButtons } from './main-text/inside/zoom-captions.ts';
import { aboveTheClosingPromotions, appealsBetweenParagraphs, mayBeAPromotion } from './main-text/closing/closing-promotions.ts';
import { repliesUnderTheirNames } from './main-text/inside/comment-replies.ts';
import { aboveTheMembersNote } from './main-text/closing/paywall-note.ts';
import { aboveTheNextArticle } from './main-text/closing/next-article.ts';
import { FOOT_ACROSS_CHROME, aboveAFootAcrossChrome } from './main-text/closing/foot-across-chrome.ts';
import { MENU_AT_THE_FOOT, aboveTheMenuAtTheFoot } from './main-text/closing/menu-at-the-foot.ts';
import { TAGS_LABEL_WHY, aboveTheTagsLabel } from './main-text/closing/tags-label.ts';
import { UNDER_THE_FILING_NOTE, aboveTheFilingNote } from './main-text/closing/filing-note.ts';
import { aboveADanglingFoot } from './main-text/closing/dangling-foot.ts';
import { POST_NAVIGATION_WHY, aboveThePostNavigation } from './main-text/closing/post-navigation.ts';
import { linksToNewWindows } from './main-text/inside/new-window-links.ts';
import { placeholdersOfExternalContent } from './main-text/inside/external-content.ts';
import { signUpBoxesBetweenParagraphs } from './main-text/inside/sign-up-box.ts';
import { boxesBetweenParagraphs } from './main-text/inside/boxes-between-paragraphs.ts';
import { captionsWithBrokenCredits } from './main-text/inside/split-captions.ts';
import { captionsOverTheirCredits } from './main-text/inside/captions-over-credits.ts';
import { captionsByTheirMarks } from './main-text/inside/position-captions.ts';
import { captionsEndingOnNames } from './main-text/inside/captions-ending-on-names.ts';
import { proseResumesAfterShortLines } from './main-text/closing/prose-resumes-after-short-lines.ts';
import { sourcesBetweenParagraphs } from './main-text/inside/sources-between-paragraphs.ts';
import { pullQuotesWithTheirSpeakers } from './main-text/inside/pull-quotes-with-their-speakers.ts';
import { creditsUnderCaptions } from './main-text/inside/credits-under-captions.ts';
import { slideCountersBetweenParagraphs } from './main-text/inside/slide-counters.ts';
import { slideCounterSeries } from './main-text/inside/slide-counter-series.ts';
import { cardsUnderReadMoreButtons } from './main-text/inside/read-more-cards.ts';
import { quotesAParagraphBelow } from './main-text/above/pull-quotes.ts';
import { LABELLED_BOX_WHY, labelledOpening, sitsInsideTheArticle } from './main-text/above/labelled-opening.ts';
import { abovePersonBoxAtTheFoot, markPersonBoxes, personBoxes } from './main-text/inside/person-boxes.ts';
import { shareButtonsOneALine } from './main-text/inside/share-buttons.ts';
import { LONE_SHARE_BUTTONS } from './main-text/inside/lone-share-buttons.ts';
import { LONE_MEDIA_CONTROLS } from './main-text/inside/lone-media-controls.ts';
import { LONE_FORM_LINES } from './main-text/inside/lone-form-messages.ts';
import { leaveOutLoneControls } from './main-text/shared/lone-control-lines.ts';
import { AUTHOR_NOTE_AT_THE_FOOT, aboveTheAuthorsNoteAtTheFoot } from './main-text/closing/author-note-at-the-foot.ts';
import { aboveASelfIntroductionAtTheFoot } from './main-text/closing/self-introduction-at-the-foot.ts';
import { headlinesOverMoreTeasers } from './main-text/inside/headlines-over-more-teasers.ts';
import { videoDescriptions } from './main-text/inside/video-descriptions.ts';
import { CLOSING_TEASER, aboveTheClosingTeasers } from './main-text/closing/closing-teasers.ts';
import { entryHeadsOfALiveReport } from './main-text/inside/live-entry-heads.ts';
import { introductionOfAListAboveTheRun } from './main-text/above/list-opening.ts';
import { quantityListAboveTheRun } from './main-text/above/quantity-list-above.ts';
import { BOX_UNDER_THE_OPENING_WHY, openingAboveABox } from './main-text/above/opening-above-a-box.ts';
import { headlinesBoxesInside, resumeUnderHeadlinesBoxes } from './main-text/inside/headlines-box-inside.ts';
import { articleUnderHeadlinesBoxes, resumeUnderArticlesBoxes } from './main-text/inside/article-under-a-headlines-box.ts';
import { shortPostOverComments } from './main-text/closing/short-post-over-comments.ts';
import { noticesInVariants } from './main-text/inside/notice-variants.ts';
import { COMMENT_THREAD_RECORDS, aboveACommentThread } from './main-text/closing/comment-thread-records.ts';
import { datedRecordsAboveTheRun } from './main-text/above/dated-records-above.ts';
import { startUnderTeasersOverTheHeader } from './main-text/above/teasers-over-the-header.ts';
import { isOpeningProse, isProse, linesOfProseFrom } from './main-text/shared/prose.ts';
import { HEADER_WINDOW } from './main-text/shared/header-window.ts';
/** Read by segment: how far above the first paragraph the header may stand. */
export { HEADER_WINDOW };
import { isBoxHeading } from './main-text/shared/box-heading.ts';
import { sectionNumber } from './main-text/shared/section-number.ts';
import { TEASER_SUMMARY_WORDS, listsOfTeasers } from './main-text/inside/teaser-lists.ts';
import { teasersBeforeTheirAge } from './main-text/inside/teasers-before-their-age.ts';
import { headingsOfTheArticlesLists } from './main-text/inside/headings-of-the-articles-lists.ts';
import { boxesOfOtherStories } from './main-text/inside/boxes-of-other-stories.ts';
import { teasersUnderABoxAfterTheArticle } from './main-text/closing/teasers-under-a-box.ts';
import { rowsOfFigures, TABLE_ROW } from './main-text/inside/tables-of-figures.ts';
import { lineNumbersOfListings } from './main-text/inside/listing-line-numbers.ts';
import { statLabelsAreCounters } from './main-text/inside/stat-labels.ts';
import { linksToMoreOnTheItem, ITEM_LINK } from './main-text/inside/links-to-more-on-the-item.ts';
import { listAfterTheRun } from './main-text/closing/list-after-the-run.ts';
import { numberedSectionsAfterTheRun } from './main-text/closing/numbered-sections-after.ts';
import { notesOnTheAuthor } from './main-text/closing/notes-on-the-author.ts';
import { aboveTheClosingNotes } from './main-text/closing/closing-notes.ts';
import { aboveTheSitesNotices } from './main-text/closing/site-notices-at-the-foot.ts';
import { CLOSING_BOX, aboveAClosingBox } from './main-text/closing/closing-box.ts';
import { belowTheOpeningDisclosures, DISCLOSURE_OVER_THE_HEADLINE, isDisclosureNote } from './main-text/above/opening-disclosures.ts';
import { belowTheWritersBiography } from './main-text/above/writers-biography-above.ts';
import { proseAfterDatelineStartsTheArticle, firstStampOverProse, proseAboveTheStamp } from './main-text/above/prose-by-the-stamp.ts';
import { belowThePaywallBox } from './main-text/above/paywall-box-above.ts';
import { lastOpeningProse, openingAboveAPromotion } from './main-text/above/opening-above-a-promotion.ts';
import { openingAboveItsContents } from './main-text/above/opening-above-its-contents.ts';
import { continues } from './main-text/above/first-sentence-broken.ts';
import { repeatedProseIsFurniture, repeatsInsideTheRun } from './main-text/inside/repeated-prose.ts';
import { headsAnEntry } from './main-text/inside/entry-times.ts';
import { brandsInsideProse } from './main-text/inside/brands-inside-prose.ts';
import { shortSentencesBesideProse, terseSentencesUnderProse } from './main-text/inside/sentences-beside-prose.ts';
import { promotionsBetweenParagraphs } from './main-text/inside/promotions-between-paragraphs.ts';
import { COUNTER_WHY, DATE_LINE_WHY, PRICE_WHY } from './main-text/shared/class-reasons.ts';
import { listsAfterTheirIntroduction } from './main-text/inside/lists-after-their-introduction.ts';

export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface ClassedBlock {
  features: BlockFeatures;
  cls: BlockClass;
  /** Why a `bad` block is furniture; for the report. */
  why: string;
  /** Looks like a headline: a few capitalised words, no sentence end. */
  headlineLike: boolean;
  weight: number;
  /** The reason a caption rule left the line out with, as a picture's caption or its credit (main-text/shared/leave-out.ts: leaveOutAsCaption); a caption while `why` is still that reason. */
  pictureCaption?: string;
  /**
   * What a chrome rule's line that weighs as it reads (ChromeRule.weighsAsItReads) reads as by its other
   * features: furniture all the same, it stands in a run of headlines or a menu's stretch as that line would.
   */
  reads?: Pick<ClassedBlock, 'cls' | 'headlineLike'>;
}

export interface MainTextChoice {
  /** First and last line of the article run (inclusive); start = -1 when the page has no prose. */
  start: number;
  end: number;
  blocks: ClassedBlock[];
  /** Why each line outside the run, or furniture inside it, is not article text. */
  furniture: Map<number, string>;
  /** The line above the run that is the article's headline, or -1. */
  headline: number;
  /**
   * The inset line the chooser passed over to reach the headline (a clip's title or a link between the
   * standfirst and the byline, ChosenHeadline), when it did: the article's header stands under it.
   */
  insetPassedOver?: number;
  /** The box between the article's opening and the rest of it (first and last line), when the article starts above one: its stamps are the header's. */
  boxUnderOpening?: { first: number; last: number };
}

/** Reasons of the closing rules whose lines the report names as they are, not by where the article ends. */
const CLOSED_OFF = new Set([MENU_AT_THE_FOOT, TAGS_LABEL_WHY, POST_NAVIGATION_WHY, AUTHOR_NOTE_AT_THE_FOOT, CLOSING_TEASER, FOOT_ACROSS_CHROME, FOOT_OF_SHORT_LINES, COMMENT_THREAD_RECORDS, UNDER_THE_FILING_NOTE]);
/** How many paragraphs of a run may stand above the headline found in it and leave the article. */
const MOVED_PARAGRAPHS = 3;

/** `tableLines`: how many of a table's cells the browser's tabs mark on each line (lib/page-text/lines/table-lines.ts), when the text had tabs. */
export function detectMainText(lines: string[], language: Language, tableLines?: number[]): MainTextChoice {
  const counts = new Map<string, number>();
  const keys = lines.map((l) => l.toLowerCase());
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Pages repeat lines (menus, share bars, blank separators): a line's features are read once per
  // page. Nothing changes a line's features in place, so the copies share one record. A line whose
  // lower-case form the page shows once has no copy: it is not looked up.
  const featuresOf = new Map<string, BlockFeatures>();
  const features = lines.map((l, i) => {
    if (counts.get(keys[i]) === 1) return blockFeatures(l, language);
    let f = featuresOf.get(l);
    if (!f) featuresOf.set(l, (f = blockFeatures(l, language)));
    return f;
  });
  statLabelsAreCounters(lines, features);
  // "harbor_fan antworten" under the comment headed "harbor_fan" (main-text/inside/comment-replies.ts).
  repliesUnderTheirNames(lines, features);
  const itemLinks = linksToMoreOnTheItem(keys, features);
  const stopThreshold = pageStopwordThreshold(features);

  const repeatedLine = (i: number) => (counts.get(keys[i]) ?? 0) > 1;
  const blocks = features.map((f, i) => classify(f, stopThreshold, language.cjk, repeatedLine(i)));
  for (const i of itemLinks) Object.assign(blocks[i], { cls: 'bad', why: ITEM_LINK, weight: -1, headlineLike: false });
  brandsInsideProse(blocks, (i) => classify({ ...features[i], fusedTeaser: false }, stopThreshold, language.cjk, repeatedLine(i)));
  repeatedProseIsFurniture(blocks, keys, counts, lines);
  shortSentencesBesideProse(blocks);
  terseSentencesUnderProse(blocks, language.cjk);
  promotionsBetweenParagraphs(blocks);
  appealsBetweenParagraphs(lines, blocks, language.lang);
  linksToNewWindows(lines, blocks);
  placeholdersOfExternalContent(lines, blocks, language.lang);
  signUpBoxesBetweenParagraphs(lines, blocks);
  // "Free shipping on orders $40+ …" / "… 65€ or more …" / …: one notice per market (main-text/inside/notice-variants.ts).
  noticesInVariants(lines, blocks, tableLines);
  // A table the tabs mark, the article's prose above and under it (main-text/inside/tables-between-paragraphs.ts): its cells are no run of headlines, no box.
  tablesBetweenParagraphs(blocks, tableLines);
  // "The road to the spaceport. Jane Roe for Harbor World", "… en Madrid. EFE/ J.J. Roe" (main-text/inside/captions-ending-on-names.ts):
  // marked before the teaser rules, which would read such a caption as a headline over its summary.
  captionsEndingOnNames(lines, blocks);
  penaliseHeadlineRuns(blocks);
  rowsOfFigures(lines, blocks);
  lineNumbersOfListings(lines, blocks);
  listsAfterTheirIntroduction(lines, blocks);
  teasersBeforeTheirAge(blocks, keys);
  listsOfTeasers(blocks);
  buttonsUnderTheArticlesItems(keys, blocks);
  headingsOfTheArticlesLists(blocks);
  // "Related" / headlines alone / the article's last paragraph (main-text/inside/headlines-box-inside.ts): found before the box rules weigh them.
  const headlinesBoxes = headlinesBoxesInside(blocks, (b) => isBoxHeading(b) && b.features.chrome?.id === 'related-links');
  // "Most read" / headlines alone / the article going on in paragraphs (main-text/inside/article-under-a-headlines-box.ts).
  const headed = new Set(headlinesBoxes.map((b) => b.heading));
  const articleUnderBoxes = articleUnderHeadlinesBoxes(blocks, isBoxHeading, tableLines).filter((b) => !headed.has(b.heading));
  // "More on Tuck:" / its links / "9. Berkeley Haas" / a paragraph: the article's next item ends the box (main-text/inside/next-numbered-item.ts).
  const numberOf = (i: number) => sectionNumber(lines, blocks, i);
  const boxed = boxesOfOtherStories(blocks, language.cjk, numberOf);
  teasersUnderABoxAfterTheArticle(lines, blocks, boxed, (i) => (counts.get(keys[i]) ?? 0) > 1, numberOf);
  resumeUnderHeadlinesBoxes(blocks, boxed, headlinesBoxes);
  resumeUnderArticlesBoxes(blocks, boxed, articleUnderBoxes);
  // Marking the prose above the stamp never moves the stamp: found once for both rules.
  const stamp = firstStampOverProse(blocks);
  proseAboveTheStamp(lines, blocks, stamp);
  proseAfterDatelineStartsTheArticle(blocks, stamp);
  notesOnTheAuthor(lines, blocks, language.stopwords);
  directoriesOfTheSite(lines, blocks, language.cjk);
  captionsUnderZoomButtons(lines, blocks);
  // "English ivy is easy to grow (" / "Image:" / "Getty Images)" (main-text/inside/split-captions.ts).
  captionsWithBrokenCredits(lines, blocks);
  // "Das Kraftwerk im Morgennebel." / "© Hafenbild/Jana Rose" (main-text/inside/captions-over-credits.ts).
  captionsOverTheirCredits(lines, blocks);
  // "Jana Rose (links) und Ole Berg im Rathaus.", "V. l.: …", "(Archivbild)" (main-text/inside/position-captions.ts).
  captionsByTheirMarks(lines, blocks);
  // "Source: Repeat Project", "Bron: BELGA" alone between two paragraphs (main-text/inside/sources-between-paragraphs.ts).
  sourcesBetweenParagraphs(lines, blocks);
  // "Jana Rose (links) und Ole Berg …" / "Screenshots Instagram/YouTube": a slashed credit under a known caption (main-text/inside/credits-under-captions.ts).
  creditsUnderCaptions(lines, blocks);
  // A paragraph's words set again as a pull quote, "Karsten Haustein, Universität Leipzig" under it (main-text/inside/pull-quotes-with-their-speakers.ts).
  pullQuotesWithTheirSpeakers(lines, blocks);
  // "1/12", "1 of 24": a gallery's slide counter beside the article's prose (main-text/inside/slide-counters.ts).
  slideCountersBetweenParagraphs(lines, blocks);
  // "2 of 23" after "1 of 23": the later slides' counters of a gallery (main-text/inside/slide-counter-series.ts).
  slideCounterSeries(lines, blocks);
  // "Czytaj więcej" / "POLITYKA" / another story's headline and summary (main-text/inside/read-more-cards.ts).
  cardsUnderReadMoreButtons(lines, blocks);
  // "Ampelkoalition in Mainz Was der Rücktritt …" over "Für die Ministerpräsidentin … mehr": another story's headline (main-text/inside/headlines-over-more-teasers.ts).
  headlinesOverMoreTeasers(lines, blocks);
  // "Duration 1:30" / "Yahya Sinwar has been promoted …": a video's description under its player (main-text/inside/video-descriptions.ts).
  videoDescriptions(lines, blocks);
  // "Drucken" / "Senden" / "Zitieren": the share buttons, one a line (main-text/inside/share-buttons.ts).
  shareButtonsOneALine(lines, blocks);
  // Controls alone on their line, in one pass (main-text/shared/lone-control-lines.ts): "Share" / "Tweet" /
  // "Copied!", no bar round them (inside/lone-share-buttons.ts); "Replay" / "View gallery" / "Buy photo", a
  // player's or a gallery's (inside/lone-media-controls.ts); "Email *" / "Oops! Something went wrong while
  // submitting the form." / "Loading...", a web form's (inside/lone-form-messages.ts).
  leaveOutLoneControls(lines, blocks, [LONE_SHARE_BUTTONS, LONE_MEDIA_CONTROLS, LONE_FORM_LINES]);
  // "21:00Antony Clements-Thrower" over each entry of a live report (main-text/inside/live-entry-heads.ts).
  entryHeadsOfALiveReport(lines, blocks);
  // "Ann Lee" / "Politologin" / a note on her: a box on a person (main-text/inside/person-boxes.ts).
  const people = personBoxes(lines, blocks);
  markPersonBoxes(blocks, people);
  // "Am beliebtesten" over teasers, the article resuming under them (main-text/inside/boxes-between-paragraphs.ts).
  boxesBetweenParagraphs(lines, blocks);
  const walls = commentWalls(lines, blocks);
  // The article's prose going on under stretches of short lines (products, pictures' credits) the run would not cross (main-text/closing/prose-resumes-after-short-lines.ts).
  const found = bestRun(lines, blocks, walls);
  const run = found.start === -1 ? found : { start: found.start, end: proseResumesAfterShortLines(blocks, walls, found.start, found.end) };
  // Other stories' headlines under a Chinese or Japanese article (main-text/closing/cjk-headlines.ts).
  const runEnd = run.start === -1 ? run.end : headlinesUnderTheLastSentence(lines, blocks, run.start, run.end, language.cjk);
  let end = run.start === -1 ? run.end : numberedSectionsAfterTheRun(lines, blocks, walls, run.start, listAfterTheRun(lines, blocks, walls, runEnd));
  // A guide that writes in lists may close on lists (main-text/closing/closing-lists.ts).
  if (end !== -1) end = closingListsAfterTheRun(lines, blocks, walls, run.start, end);
  // A table of words may close it, one cell a line (main-text/closing/table-of-words.ts).
  if (end !== -1) end = tableOfWordsAfterTheRun(lines, blocks, walls, end);
  // "— Jane Doe (@jane) November 19, 2019" under the last paragraph signs the post the article quotes.
  if (end !== -1 && end + 1 < lines.length && !walls[end + 1] && POST_SIGNATURE.test(lines[end + 1].trim())) end++;
  // The end before the rules that cut the run above a box they recognise (main-text/closing/dangling-foot.ts).
  const uncut = end;
  // "This entry was posted in … Bookmark the permalink." under the post: it is over (main-text/closing/filing-note.ts).
  if (end !== -1) end = aboveTheFilingNote(blocks, run.start, end);
  // A name, a time, the comment, "Reply", repeated: readers' comments with no heading (main-text/closing/comment-thread-records.ts).
  if (end !== -1) end = aboveACommentThread(lines, blocks, run.start, end);
  if (end !== -1) end = aboveTheClosingNotes(lines, blocks, run.start, end);
  // "Die aktuelle Ausgabe … im Abo", "Submit a letter to the editor", a licence line (main-text/closing/site-notices-at-the-foot.ts); the closing notes above them looked for again.
  if (end !== -1) {
    const noticed = end;
    end = aboveTheSitesNotices(lines, blocks, run.start, end);
    if (end !== noticed && end !== -1) end = aboveTheClosingNotes(lines, blocks, run.start, end);
  }
  if (end !== -1) end = aboveAClosingBox(lines, blocks, run.start, end);
  if (end !== -1) end = abovePersonBoxAtTheFoot(blocks, people, run.start, end);
  // "Autor" / "Jana Berg" / a short note on her, no trade between: the author's note (main-text/closing/author-note-at-the-foot.ts).
  if (end !== -1) end = aboveTheAuthorsNoteAtTheFoot(lines, blocks, run.start, end);
  // A box's heading or a kicker, a headline, a short summary: another story's teaser (main-text/closing/closing-teasers.ts).
  if (end !== -1) end = aboveTheClosingTeasers(lines, keys, blocks, run.start, end, repeatedLine);
  // A newsletter's box, an appeal to follow the site may close it (main-text/closing/closing-promotions.ts).
  // A page that scrolls on into the next article: its second header ends this one (main-text/closing/next-article.ts).
  if (end !== -1) end = aboveTheNextArticle(lines, blocks, run.start, end);
  if (end !== -1) {
    const promoted = end;
    end = aboveTheClosingPromotions(lines, blocks, run.start, end, language.lang);
    // The site's closing note may stand right above its promotions ("We are proud to provide our
    // readers … for free" over the donation form): looked for again above the new end.
    if (end !== promoted && end !== -1) end = aboveTheClosingNotes(lines, blocks, run.start, end);
  }
  // "この記事は会員限定です。" and the sign-up under it (main-text/closing/paywall-note.ts).
  if (end !== -1 && language.lang === 'ja') end = aboveTheMembersNote(lines, blocks, run.start, end);
  // Tags, a box's heading, a headline, then a short sentence of the site's, right past the last paragraph (main-text/closing/foot-of-short-lines.ts).
  if (end !== -1) end = aboveAFootOfShortLines(lines, blocks, run.start, end, language);
  // The two rules that leave the short lines above the box they found for the run to judge (an item's facts, a source line): the dangling foot is not walked under them.
  const judged = end;
  // Tags, a form, a menu, then a comment or the footer's blurb: the run reached them across the site's short lines (main-text/closing/foot-across-chrome.ts).
  if (end !== -1) end = aboveAFootAcrossChrome(blocks, run.start, end);
  // "About" / "Contact" / "Newsletters" past the last paragraph, lines the page shows above the article too: the site's menu again (main-text/closing/menu-at-the-foot.ts).
  if (end !== -1) end = aboveTheMenuAtTheFoot(keys, blocks, run.start, end);
  const leftToTheRun = end < judged;
  // "Schlagworte:", "Etiquetas:", "Filed under" near the run's foot: the article is over (main-text/closing/tags-label.ts).
  if (end !== -1) {
    const tagged = end;
    end = aboveTheTagsLabel(lines, blocks, run.start, end);
    // The site's closing box may stand right above its tags ("Über den Autor" / her note / "Kategorie"),
    // the comments under them having outweighed it before: looked for again above the new end.
    if (end !== tagged && end !== -1) end = aboveAClosingBox(lines, blocks, run.start, end);
  }
  // "← Older post's title" / "Newer post's title →", "Vorheriger Artikel": the links to the neighbouring posts under the article (main-text/closing/post-navigation.ts).
  if (end !== -1) end = aboveThePostNavigation(lines, blocks, run.start, end);
  // "Tine" / "Hi, ich bin Tine und gebürtige Berlinerin. …": the writer's note on herself closing the post (main-text/closing/self-introduction-at-the-foot.ts).
  if (end !== -1) end = aboveASelfIntroductionAtTheFoot(lines, blocks, run.start, end);
  // "Beliebte Beiträge zum Thema:" / headlines / the filing note a rule cut at: the lines between that weigh against the run leave it (main-text/closing/dangling-foot.ts).
  if (end !== -1 && !leftToTheRun) end = aboveADanglingFoot(lines, blocks, run.start, end, uncut, (i) => POST_SIGNATURE.test(lines[i].trim()) || findStampDate(lines[i], language.lang) !== null);
  // A headline-shaped line that opens the run (long enough to count as prose, but no sentence end)
  // belongs to the header: the headline is chosen there.
  // A lead paragraph the page wrote without its full stop is prose all the same: mostly lower case.
  let start = run.start;
  // It reads on into the article: a photo caption above the page's buttons and stamps does not.
  const leadsIn = (i: number) => isLead(blocks[i].features, language) && (blocks[i + 1]?.cls === 'good' || blocks[i + 2]?.cls === 'good' || linesOfProseFrom(blocks, i + 1));
  // A sentence of prose that introduces the paragraph under it ("…but I did like this bit:") leads in
  // too, and so does one over a table of figures (under its header row, perhaps): the article may be
  // that sentence and its table.
  const tableRow = (k: number) => blocks[k]?.why === TABLE_ROW;
  const introduces = (i: number) => blocks[i].cls === 'near' && blocks[i].features.introducesList && (blocks[i + 1]?.cls === 'good' || tableRow(i + 1) || tableRow(i + 2));
  while (start !== -1 && start < end && blocks[start].cls !== 'good' && !blocks[start].features.sentenceEnd && blocks[start].features.sentenceMarks === 0 && !leadsIn(start) && !introduces(start)) start++;
  // "Cut title..." / "1dRob Dawson" / … / the headline / its byline or date / the first paragraph (main-text/above/teasers-over-the-header.ts).
  if (start !== -1) start = startUnderTeasersOverTheHeader(lines, blocks, start, end, (i) => blocks[i].features.dateLine || blocks[i].features.byline || (blocks[i].features.words <= STAMP_WORDS && findStampDate(lines[i], language.lang) !== null));
  // The first paragraph may go on from the line above it: the page broke a sentence in two ("As
  // promised, the console is the" / "most powerful ever…").
  while (start > 0 && continues(lines, blocks, start - 1, language)) start--;
  // "1. Alder College" / a short paragraph / its facts and links, … above a closing essay (main-text/above/numbered-sections-above.ts).
  if (start !== -1) start = numberedSectionsAboveTheRun(blocks, walls, start, (i) => sectionNumber(lines, blocks, i));
  // "March 3, 2031" / an event / its place / a paragraph, … above a run that opens on such records (main-text/above/dated-records-above.ts).
  if (start !== -1) start = datedRecordsAboveTheRun(blocks, walls, (i) => findStampDate(lines[i], language.lang)?.date ?? null, start, end);
  // "…a place on the site where they could:" / its items / the first paragraph (main-text/above/list-opening.ts).
  if (start !== -1) {
    const listed = introductionOfAListAboveTheRun(blocks, walls, start);
    // A box heading above read the sentence and its items as other stories': they are the article's.
    for (let i = listed; i < start; i++) boxed.delete(i);
    start = listed;
  }
  // "For the dough:" / "125 g flour" / … / the first paragraph (main-text/above/quantity-list-above.ts).
  if (start !== -1) {
    const listed = quantityListAboveTheRun(lines, blocks, walls, start);
    for (let i = listed; i < start; i++) boxed.delete(i);
    start = listed;
  }

  const furniture = new Map<number, string>();
  if (start === -1) return { start, end, blocks, furniture, headline: -1 };
  // A table the tabs mark inside the run, under a heading worded as a box's ("Recommended configuration"), or
  // its rows of figures read as date lines: the article's (main-text/inside/tables-between-paragraphs.ts).
  const tableRows = tableRowsInsideTheRun(boxed, tableLines, start, end);
  const rowOfFigures = (i: number, b: ClassedBlock) => tableRows.has(i) && ((b.features.dateLine && b.why === DATE_LINE_WHY) || (b.features.price && b.why === PRICE_WHY));
  // The article's opening may stand above its own table of contents, which the run could not
  // cross: it starts there, and the contents between are left out.
  const box = start;
  const opened = openingAboveItsContents(lines, keys, blocks, walls, start, end);
  if (opened !== -1) start = opened;
  // The one headline chooser (lib/page-text/headline/headline.ts): segment reads the headline from here, so the line
  // kept off the furniture list is the line published as the headline.
  let chosen = chooseHeadlineAndInset(lines, blocks, start, end, language, keys);
  // A headline found below paragraphs of the run: what the run opened on (other stories' summaries, a
  // site's blurb) is above the article, and reported so.
  const opening = start;
  if (chosen.index > start) start = startUnderTheHeadline(lines, blocks, start, end, chosen.index);
  if (start !== opening) chosen = chosenAgainUnderTheOpening(lines, blocks, opening, start, end, language, keys, chosen);
  const headline = chosen.index;
  const parted = headline !== -1 && headline < start ? openingAboveAPromotion(blocks, walls, headline, start) : -1;
  const promotion = start;
  if (parted !== -1) start = parted;
  // "Article content" / the opening / a subscription box / "Article content" / the run (main-text/above/labelled-opening.ts).
  const labelled = parted === -1 ? labelledOpening(blocks, walls, headline, start) : null;
  const labelledTo = start;
  if (labelled) start = labelled.first;
  // Headline / two paragraphs / top picks or contents / the run (main-text/above/opening-above-a-box.ts).
  const overABox = parted === -1 && !labelled ? openingAboveABox(blocks, walls, headline, start) : null;
  const boxTo = start;
  if (overABox) start = overABox.first;
  let openedEnd = box - 1;
  while (opened !== -1 && blocks[openedEnd].cls !== 'good') openedEnd--;
  // The headline may still move the start under the contents: then they are no part of the article.
  const reached = opened !== -1 && start <= openedEnd;
  start = belowTheOpeningDisclosures(lines, blocks, start, end);
  // "Jane Smith is a senior reporter covering …" / the first paragraph: the author box's bio atop the run (main-text/above/writers-biography-above.ts).
  start = belowTheWritersBiography(lines, blocks, start, end);
  // "Für 0.99 € können Sie diesen Artikel erwerben." / "Sie sind bereits Kunde?" / "Anmelden" atop the run (main-text/above/paywall-box-above.ts).
  start = belowThePaywallBox(lines, blocks, start, end);
  const endWhy = runEnd < run.end && end === runEnd ? HEADLINES_UNDER_THE_LAST_SENTENCE : whyTheArticleEnds(blocks, end);
  const ownRepeat = repeatsInsideTheRun(keys, counts, blocks, start, end);
  // Other stories' headlines in a row between paragraphs (main-text/inside/teasers-between-paragraphs.ts).
  const teasers = new Set(teasersBetweenParagraphs(lines, blocks, start, end, language.lang));
  blocks.forEach((b, i) => {
    if (i === headline) return;
    if (parted !== -1 && i < promotion && i > parted && !isOpeningProse(b)) {
      if (b.cls === 'bad' || i > lastOpeningProse(blocks, parted, promotion)) furniture.set(i, `inside the article: ${b.cls === 'bad' ? b.why : 'a promotion between the article\'s opening and the rest of it'}`);
      return;
    }
    if (labelled && i > labelled.first && i < labelledTo && !labelled.kept.has(i)) {
      // The furniture that sits inside articles (the labels, an ad's label, a caption) goes as it does inside the run.
      if (!sitsInsideTheArticle(b)) furniture.set(i, `inside the article: ${b.cls === 'bad' ? b.why : LABELLED_BOX_WHY}`);
      return;
    }
    if (overABox && i > overABox.last && i < boxTo) {
      furniture.set(i, `inside the article: ${b.cls === 'bad' ? b.why : BOX_UNDER_THE_OPENING_WHY}`);
      return;
    }
    // The contents' last entry again, right above the run, is the heading of the article's first section
    // (a button the box repeats under each of its entries is none).
    if (reached && i > openedEnd && i < box && (b.cls === 'bad' || !keys.slice(openedEnd + 1, i).includes(keys[i]))) {
      furniture.set(i, `inside the article: ${b.cls === 'bad' ? b.why : 'the article\'s contents between its opening and the rest of it'}`);
      return;
    }
    if (i >= opening && i < headline && start > headline) furniture.set(i, 'before the article: above its headline');
    else if (i < start - HEADER_WINDOW || (i < start && b.cls === 'bad' && !b.features.dateLine)) furniture.set(i, `before the article: ${b.cls === 'bad' ? b.why : 'page header far above the first paragraph'}`);
    else if (i < start && b.cls === 'near') furniture.set(i, 'before the article: a sentence above it (a standfirst, a caption, a blurb)');
    // The site's note on its affiliate links over the headline reads as prose, and the header would keep it.
    else if (i < start && headline !== -1 && i < headline && isDisclosureNote(lines[i], b)) furniture.set(i, `before the article: ${DISCLOSURE_OVER_THE_HEADLINE}`);
    // Markup a scraper left in the text above the article (a page's notice for browsers without script, `<div class="alert">…`) is no standfirst.
    else if (i < start && b.features.markup) furniture.set(i, 'before the article: markup or an address left in the page\'s text');
    // Short lines over the headline (other stories' headlines, a breadcrumb) are the page's, not the article's;
    // a stamp or a byline there is left for the header to read, and the headline again with the site's
    // name appended for dedupe to tell as the headline's variant.
    else if (i < start && headline !== -1 && i < headline && b.cls === 'short' && !b.features.dateLine && !b.features.byline && !lines[i].includes(lines[headline].trim())) furniture.set(i, 'before the article: above its headline');
    // The lines a closing rule took off the run's foot say which (an author's note, another story's teaser).
    else if (i > end) furniture.set(i, `after the article (${CLOSED_OFF.has(b.why) ? b.why : endWhy})`);
    else if (i >= start && b.cls === 'bad' && !b.features.chrome && !headsAnEntry(lines, blocks, i) && !ownRepeat.has(i) && !rowOfFigures(i, b)) furniture.set(i, `inside the article: ${b.why}`);
    else if (i >= start && boxed.has(i)) furniture.set(i, `inside the article: ${b.cls === 'good' ? 'a summary' : 'a headline'} in a box of other stories`);
    else if (teasers.has(i)) furniture.set(i, `inside the article: ${TEASERS_BETWEEN_PARAGRAPHS}`);
  });
  const boxUnderOpening = overABox && start === overABox.first ? { first: overABox.last + 1, last: boxTo - 1 } : undefined;
  return { start, end, blocks, furniture, headline, insetPassedOver: chosen.inset, boxUnderOpening };
}

/**
 * The text path's closing rules alone, on an article another reader chose (a saved page's extract:
 * stages/html-closing-notes.ts): the whole of `lines` is the run, and the site's closing notes, the
 * heading of its closing box and its promotions at the run's foot are found as under a text seed's
 * run (aboveTheClosingNotes, aboveAClosingBox, aboveTheClosingPromotions). Returns the article's last
 * line (lines.length - 1: nothing closes it) and, for each line under it, why it goes.
 */
export function closingLinesOfArticle(lines: string[], language: Language): { end: number; why: string[] } {
  // The threshold reads each line's word count and stopword share alone (stopwordShare); a line's other
  // features are read, and the line classed, only when a closing rule reads it (classedWhenRead).
  const stopThreshold = pageStopwordThreshold(lines.map((line) => stopwordShare(line, language, STOPWORD_LINE_WORDS)));
  const blocks = classedWhenRead(lines.length, (i) => classify(blockFeatures(lines[i], language), stopThreshold, language.cjk, false));
  const last = lines.length - 1;
  let end = aboveTheClosingNotes(lines, blocks, 0, last);
  // The closing box's rule weighs all the prose above its heading (every line classed): asked only when
  // a line under the first could be its heading, CLOSING_BOX's words (without one it leaves the end as it is).
  if (mayHeadAClosingBox(lines, 0, end)) end = aboveAClosingBox(lines, blocks, 0, end);
  const promoted = end;
  end = aboveTheClosingPromotions(lines, blocks, 0, end, language.lang);
  if (end !== promoted) end = aboveTheClosingNotes(lines, blocks, 0, end);
  const under = whyTheArticleEnds(blocks, end);
  return { end, why: lines.map((_, i) => (i <= end ? '' : blocks[i].cls === 'bad' ? blocks[i].why : `under the site's closing lines (${under})`)) };
}

/** Whether a line of the run after its first is worded as a closing box's heading (what aboveAClosingBox takes as one, its other tests aside). */
function mayHeadAClosingBox(lines: string[], start: number, end: number): boolean {
  for (let i = start + 1; i <= end; i++) if (CLOSING_BOX.test(lines[i].trim())) return true;
  return false;
}

/**
 * Lines at the foot of an article a closing rule above may take: a closing note, the heading of a
 * closing box, a company's description (or its "About" line), a writer's biography or a note under her name and trade, a
 * line naming one of the site's channels. A cheap test on a few lines, so that the page's lines are
 * classed (closingLinesOfArticle) only when one of them is there.
 */
export function mayCloseOnTheSitesLines(lines: string[], lang: string, reach: number): boolean {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - reach; i--) {
    const line = lines[i];
    if (isClosingNote(line) || CLOSING_BOX.test(line.trim()) || mayBeAPromotion(line, lang) || biographyName(line) !== null || underAnAuthorsNameAndTrade(lines, i)) return true;
    // A company's description is one only with what such a description alone says, or under its "About" line (companiesDescribedAtTheEnd).
    if (aboutLineName(line) !== null || (hasCompanyFacts(line) && describedCompany(line) !== null)) return true;
  }
  return false;
}

/** A social post's signature as its embed shows it: "— Jane Doe (@jane) November 19, 2019". */
const POST_SIGNATURE = /^[—–-]\s*.{1,80}\(@\w{2,}\)\s.*\d{4}$/u;

/**
 * A lead paragraph the page wrote without its full stop: long, and mostly lower case; in a script
 * without case or spaces, long in characters (a line of a blog that pauses with spaces, not commas).
 */
function isLead(f: BlockFeatures, language: Language): boolean {
  return language.cjk ? f.words >= CJK_LEAD_CHARACTERS : f.words >= 20 && f.capitalShare < 0.5;
}
/** Thirty characters of Chinese or Japanese say about what twenty words of English do. */
const CJK_LEAD_CHARACTERS = 30;

/**
 * Half the median stopword share of the page's long lines: the article dominates those, so this
 * adapts to the language and to the length of its stopword list. 0 (feature off) when the language
 * has no list or its words rarely hit it (agglutinative scripts).
 */
/** The lines whose stopword share the page's threshold reads (pageStopwordThreshold). */
const STOPWORD_LINE_WORDS = 15;
export function pageStopwordThreshold(features: readonly Pick<BlockFeatures, 'words' | 'stopwordShare'>[]): number {
  const shares = features.filter((f) => f.words >= STOPWORD_LINE_WORDS && !Number.isNaN(f.stopwordShare)).map((f) => f.stopwordShare).sort((a, b) => a - b);
  if (shares.length < 2) return 0;
  const median = shares[Math.floor(shares.length / 2)];
  return median < 0.08 ? 0 : median * 0.5;
}

export function classify(f: BlockFeatures, stopThreshold: number, cjk: boolean, repeated: boolean): ClassedBlock {
  const bad = (why: string, extra = 8): ClassedBlock => ({ features: f, cls: 'bad', why, headlineLike: false, weight: -(extra + Math.min(f.words, 40)) });
  if (f.chrome?.weighsAsItReads) {
    // Furniture all the same, weighing what its other features make it (a call to action, a legal
    // notice); read as prose, it weighs as furniture that sits inside articles.
    const read = classify({ ...f, chrome: undefined }, stopThreshold, cjk, repeated);
    return { ...read, features: f, cls: 'bad', why: `page chrome (${f.chrome.id})`, headlineLike: false, weight: read.cls === 'bad' ? read.weight : f.chrome.keepsItsWeight ? Math.min(read.weight, -2) : -2, reads: { cls: read.cls, headlineLike: read.headlineLike } };
  }
  if (f.commentMark) return bad('comment section', 30);
  // Furniture that sits inside articles (ad labels, photo credits, video durations) must not break
  // the run; furniture that ends them (share bars, comment forms, related links) weighs heavily.
  // Nothing of the article comes after its copyright line, however long.
  if (f.copyright) return bad('copyright notice', 40);
  if (f.chrome) return f.chrome.endsArticle ? bad(`page chrome (${f.chrome.id})`, 20) : { ...bad(`page chrome (${f.chrome.id})`), weight: -2 };
  if (f.legal) return bad('cookie consent, privacy or copyright notice', 20);
  // A caption sits among the paragraphs it illustrates: left out, but the article runs on past it.
  if (f.caption) return { ...bad('a picture\'s caption (it carries the photo\'s credit or slide number)'), weight: -2 };
  if (f.counter) return bad(COUNTER_WHY);
  if (f.boxHeading) return bad('the heading of a box of other stories', 15);
  if (f.fusedTeaser) return { ...bad('another story\'s headline run into its summary'), weight: -(2 + f.words * 0.5) };
  if (f.callToAction) return bad('a call to action addressed to the reader', 15);
  if (f.dateLine) return { ...bad(DATE_LINE_WHY, 4), weight: -4 };
  // A shop card's price, a player's timer: furniture that weighs what a date line does, but no stamp of the header's.
  if (f.price) return { ...bad(PRICE_WHY, 4), weight: -4 };
  if (f.ticker) return bad('a time-stamped headline (a ticker of other stories)', 10);

  const stopOk = Number.isNaN(f.stopwordShare) || stopThreshold === 0 || f.stopwordShare >= stopThreshold;
  const min = cjk ? { good: 30, near: 12 } : { good: 15, near: 7 };
  // A cut title's ellipsis ends no sentence.
  const sentence = (f.sentenceEnd && !f.truncated) || f.sentenceMarks >= 2;
  let cls: BlockClass;
  // A tag cloud, a row of links, a link's title cut short or a line of markup is never prose,
  // however many words it has.
  if (f.wordList || f.markup || f.truncated) cls = 'short';
  else if (f.words >= min.good && stopOk && (sentence || f.words >= 40)) cls = 'good';
  else if (f.words >= min.near && stopOk && (sentence || f.introducesList || f.words >= min.good)) cls = 'near';
  else if (f.words >= min.good && sentence) cls = 'near';
  else cls = 'short';

  // A line of code in a technical article weighs nothing either way: the article runs on through its
  // listings to the prose under them (SQL in capitals is no headline).
  if (cls === 'short' && f.code) return { features: f, cls, why: 'a line of code among furniture', headlineLike: false, weight: 0 };
  const headlineLike = cls === 'short' && !f.sentenceEnd && f.words >= 3 && f.words <= 25 && f.capitalShare >= 0.6;
  let weight = cls === 'good' ? f.words : cls === 'near' ? f.words * 0.8 : headlineLike ? -(1.5 + f.words * 0.2) : -1;
  // A line shown twice on one page (menus at top and bottom, a teaser and its story) is furniture
  // unless it is prose (scrapers also repeat whole bodies: dedupe takes care of those).
  if (repeated && cls !== 'good' && f.words >= 2) weight -= 5;
  return { features: f, cls, why: headlineLike ? 'a headline-like line among furniture' : 'a short line among furniture', headlineLike, weight };
}

/**
 * Other stories' headlines come in runs; a sub-heading stands alone between paragraphs. The third
 * and later lines of a run of short or furniture lines cost more, so a run of links is not crossed
 * for a paragraph or two beyond it. Unless the run stands between paragraphs and paragraphs go on
 * under it, more than a teaser's summary: then it is a list inside the article (its partners, its
 * instruments), and its lines cost what they weigh alone.
 */
function penaliseHeadlineRuns(blocks: ClassedBlock[]): void {
  let run = 0;
  let stretch = 0;
  let charged: number[] = [];
  // Whether the last line that broke a run was prose: a run between paragraphs may be the article's.
  let afterProse = false;
  let runAfterProse = false;
  blocks.forEach((b, i) => {
    // A line of the site's chrome that weighs as it reads (a shop's price button) breaks a run or a stretch as that line would.
    const { cls, headlineLike } = b.reads ?? b;
    if (cls === 'bad' || headlineLike) {
      if (run++ === 0) runAfterProse = afterProse;
      if (run >= 3) {
        b.weight -= 3;
        charged.push(i);
      }
    } else if (cls !== 'short' || (b.weight > 0 && b.features.sentenceEnd)) {
      // A sentence (prose, or a short one that weighs for the article) ends a run of headlines.
      if (charged.length >= LIST_IN_THE_ARTICLE && runAfterProse && articleGoesOn(blocks, i)) for (const k of charged) blocks[k].weight += 3;
      run = 0;
      charged = [];
      afterProse = isProse(b);
    }
    // A long stretch of lines of a word or two (a menu, a list of names, a footer) is furniture
    // however it is shaped: the article does not run through it.
    if (cls === 'short' && b.features.words <= MENU_ITEM_WORDS && b.weight <= 0 && !b.features.code) {
      if (++stretch >= MENU_STRETCH) b.weight -= 2;
    } else if (cls !== 'bad') stretch = 0;
  });
}

/**
 * Paragraphs that follow each other from line i on, more than a teaser's summary: the article goes
 * on under the lines above them, whatever they look like.
 */
function articleGoesOn(blocks: ClassedBlock[], i: number): boolean {
  let words = 0;
  let j = i;
  for (; j < blocks.length && isProse(blocks[j]); j++) words += blocks[j].features.words;
  return j - i >= 2 && words > TEASER_SUMMARY_WORDS;
}
/** Lines of a run beyond its first two that make it a list, not a headline and its stamp. */
const LIST_IN_THE_ARTICLE = 3;
/** A stamp line is short: a longer line that holds a date is a sentence about it. */
const STAMP_WORDS = 12;
const MENU_ITEM_WORDS = 3;
const MENU_STRETCH = 6;

/** How close below the article's last paragraph a lone "Comments" heads its comment section. */
const COMMENT_HEADING_REACH = 8;
/** A comment section shows its comments' furniture (names, times, "Reply") within this many lines. */
const COMMENT_CONTENT_SPAN = 40;
const COMMENT_CONTENT_MARKS = 3;

/**
 * Which comment marks open the page's comment section: an invitation to comment ("Leave a Reply")
 * or a heading naming the article ("59 Comments on “Title”") always does; a heading ("14 Comments", "Comments", "留言") or a commenter's "Jane says:" when the
 * comments' furniture follows it or it closes a stretch of prose, and less prose follows it (up to
 * the next comment mark) than stood above it: a menu's "Comments" link under a site's blurb, or a
 * comment count over an article whose entries are dated, has the article under it. Otherwise it is a link in a menu
 * or a byline ("12 comments" above the article), a tab, or a table's column; "Comment" and "Reply"
 * alone are buttons unless a comment section follows them.
 */
function commentWalls(lines: string[], blocks: ClassedBlock[]): boolean[] {
  const walls = new Array<boolean>(blocks.length).fill(false);
  if (!blocks.some((b) => b.features.commentMark)) return walls;
  // Comments come with their furniture: "Jane says", a time, "Reply". A "12 Comments" link in the
  // byline, with the article under it, has none.
  const meta = [0];
  blocks.forEach((b, i) => meta.push(meta[i] + (b.features.commentMark || b.features.dateLine || b.features.age ? 1 : 0)));
  const commentsFollow = (i: number) => meta[Math.min(blocks.length, i + 1 + COMMENT_CONTENT_SPAN)] - meta[i + 1] >= COMMENT_CONTENT_MARKS;
  // A heading is confirmed by what follows it, up to the next comment mark: one comment holds less
  // prose than the article above it.
  const prose = [0];
  blocks.forEach((b, i) => prose.push(prose[i] + (b.cls === 'good' || b.cls === 'near' ? b.features.words : 0)));
  const nextMark = new Array<number>(blocks.length);
  for (let i = blocks.length - 1, next = blocks.length; i >= 0; i--) {
    nextMark[i] = next;
    if (blocks[i].features.commentMark) next = i;
  }
  const articleFollows = (i: number) => prose[nextMark[i]] - prose[i + 1] > prose[i];
  let lastProse = -Infinity;
  blocks.forEach((b, i) => {
    if (b.cls === 'good') lastProse = i;
    if (!b.features.commentMark) return;
    const mark = lines[i].trim().replace(/^[[(]\s*|(?:(?<!\s)\s+)?[\])]$/g, '');
    if (INVITATION.test(mark) || COMMENT_INVITATION.test(mark) || COMMENTS_ON.test(mark)) walls[i] = true;
    else walls[i] = (commentsFollow(i) || (LONE_WORD.test(mark) && !BUTTON.test(mark) && i - lastProse <= COMMENT_HEADING_REACH && !headsASection(blocks, i))) && !articleFollows(i);
  });
  return walls;
}
const LONE_WORD = /^[^\d\s:]+$/;

/**
 * "Discussion" over a long paragraph, with none of a comment section's furniture under it: the
 * heading of a section of the article (a paper's discussion), not of its readers' comments, which
 * open on a name, a date or a button.
 */
function headsASection(blocks: ClassedBlock[], i: number): boolean {
  const next = blocks[i + 1];
  return !!next && next.cls === 'good' && next.features.words >= SECTION_PARAGRAPH_WORDS;
}
/** A paragraph this long right under a heading is an article's section; a first comment is shorter. */
const SECTION_PARAGRAPH_WORDS = 100;
const INVITATION = /^(?:leave|post|add|write|join)\s/i;
const BUTTON = /^(?:comment|reply)$/i;

/**
 * The headline was chosen with the run's opening (a site's notice, other stories' summaries) taken for
 * the article's lead, and its words decided: a caption with its date and credit under it may have won.
 * Once the article's start is known under that opening, its own first paragraphs tell which line
 * names them: the line chosen with them for lead, if it stands between the opening and the article.
 */
function chosenAgainUnderTheOpening(lines: string[], blocks: ClassedBlock[], opening: number, start: number, end: number, language: Language, keys: string[], chosen: ChosenHeadline): ChosenHeadline {
  const again = chooseHeadlineAndInset(lines, blocks, start, end, language, keys);
  return again.index > opening && again.index < start ? again : chosen;
}

/**
 * Where the article starts when its headline was found below paragraphs of the run: at the first
 * paragraph under the headline, if its byline or date is right under it (only then does it say where
 * the article starts) and at most a few paragraphs stood above it. Otherwise where the run starts.
 */
function startUnderTheHeadline(lines: string[], blocks: ClassedBlock[], start: number, end: number, headline: number): number {
  // A pull quote between the paragraphs, its speaker's "Name, trade" under it as a byline would stand,
  // says nothing of where the article starts (main-text/above/pull-quotes.ts).
  if (quotesAParagraphBelow(lines, blocks, headline, end)) return start;
  let proseAbove = 0;
  for (let i = start; i < headline; i++) if (blocks[i].cls === 'good') proseAbove++;
  let dated = false;
  for (let i = headline + 1; i <= headline + 2 && i <= end && !dated; i++) dated = headerLine(lines[i], blocks[i].features) || blocks[i].features.age;
  if (proseAbove === 0 || proseAbove > MOVED_PARAGRAPHS || !dated) return start;
  for (let i = headline + 1; i <= end; i++) if (blocks[i].cls === 'good') return i;
  return start;
}

/**
 * The maximum-sum contiguous run of blocks. It never crosses the wall of a comment section, and
 * nothing after the first wall that follows a stretch of prose can be the article: comments come
 * after the article they discuss, however much prose they hold. The site's copyright line is such a
 * wall when more of the page's prose stands above it than under it: what follows it is the site's
 * foot (its partners' blurbs, a pitch), not the article; a standard's preamble opens on its
 * copyright notice with the document under it.
 */
function bestRun(lines: string[], blocks: ClassedBlock[], walls: boolean[]): { start: number; end: number } {
  let prose = 0;
  // Words of every sentence above, the short ones too ('near'): a short post is written in those.
  let sentences = 0;
  let limit = blocks.length;
  // Words of prose on the whole page, so that the words under a line are known as the loop reaches it.
  let total = 0;
  for (const b of blocks) if (b.cls === 'good') total += b.features.words;
  for (let i = 0; i < blocks.length; i++) {
    if ((walls[i] || (endsThePage(lines[i], blocks[i]) && prose > total - prose)) && prose >= 50) {
      limit = i;
      break;
    }
    // A post of a few short sentences over its comment form (main-text/closing/short-post-over-comments.ts).
    if (walls[i] && shortPostOverComments(sentences, total - prose)) {
      limit = i;
      break;
    }
    if (blocks[i].cls === 'good' || blocks[i].cls === 'near') sentences += blocks[i].features.words;
    if (blocks[i].cls === 'good') prose += blocks[i].features.words;
  }
  let best = { start: -1, end: -1, sum: 0 };
  let sum = 0;
  let start = 0;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (walls[i]) {
      sum = 0;
      start = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += b.weight;
    if (sum > best.sum && b.weight > 0) best = { start, end: i, sum };
  }
  // Leading lines of the run with no weight of their own belong to the header.
  if (best.start !== -1) while (best.start < best.end && blocks[best.start].weight <= 0) best.start++;
  return best.sum > 0 ? { start: best.start, end: best.end } : { start: -1, end: -1 };
}

/** "© 2024 Harbor Gazette. All rights reserved.": the site's copyright line, opening on its mark (a caption may end on a credit's "all rights reserved"). */
const OPENS_ON_COPYRIGHT = /^(?:[©ⓒ]|\(c\)|copyright\b)/i;
function endsThePage(line: string, b: ClassedBlock): boolean {
  return b.features.copyright && OPENS_ON_COPYRIGHT.test(line.trim());
}

function whyTheArticleEnds(blocks: ClassedBlock[], end: number): string {
  for (let i = end + 1; i < Math.min(blocks.length, end + 4); i++) {
    if (blocks[i].cls === 'bad') return `it ends where ${blocks[i].why} begins`;
  }
  return 'furniture takes over after its last paragraph';
}

/**
 * After the named rules of `clean` have taken what they recognise (with their own names), take out
 * every other line main-text left out of the article, with its reason.
 */
export function dropFurniture(units: Unit[], report: Report): Unit[] {
  return units.filter((u) => {
    if (!u.furniture) return true;
    report.add('main-text', u.furniture.startsWith('after') ? 'after-article' : u.furniture.startsWith('before') ? 'before-article' : 'inside-article', 'removed', u.text, u.furniture);
    return false;
  });
}
