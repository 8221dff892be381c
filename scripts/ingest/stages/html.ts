/**
 * html: a saved web page (`.html`/`.htm` seed, or the page inside an `.mhtml`/`.mht` one:
 * lib/html/read/saved-page.ts) → the same units and header facts the text path's segment stage yields, so
 * every later stage works alike.
 *
 * Decode by BOM / valid UTF-8 / declared charset (lib/html/read/html-charset.ts), in pieces; one streaming pass
 * over them reads the page's metadata and builds the DOM without scripts, styles and unused
 * attributes (lib/html/prune/html-prune.ts, lib/html/prune/html-dom.ts); Mozilla's Readability finds the article on that
 * DOM (chosen by measurement: bench/README.md); its paragraphs, sub-headings, list items and quotes
 * become body units (lib/html/article/html-blocks.ts). A Next.js page whose DOM shows no article, or
 * only its opening, has it read from the data it streams in its scripts (lib/html/read/next-stream.ts,
 * lib/html/article/streamed-article.ts). Only text leaves this stage: no markup, attribute or script
 * of the page reaches the article, and the page's tree is let go before it returns.
 */
import { Readability } from '@mozilla/readability';
import { innerTextLength, knowTagNames } from '../lib/html/article/readability-speed.ts';
import type { HeaderFacts, Unit } from '../types.ts';
import { Report, SkipArticle } from '../report.ts';
import { decodeHtmlPieces } from '../lib/html/read/html-charset.ts';
import { profileLinksInPage } from '../lib/html/metadata/html-author-links.ts';
import { prunePage } from '../lib/html/prune/html-prune.ts';
import { MAX_ELEMENTS, releaseTree, withPageSnapshot, type LastRestore } from '../lib/html/prune/html-dom.ts';
import { MAX_PAGE_TEXT_CHARS } from '../lib/html/prune/text-budget.ts';
import { blocksOf, proseChars, shownChars, type HtmlBlock } from '../lib/html/article/html-blocks.ts';
import { markBlockFurniture } from '../lib/html/furniture/html-furniture.ts';
import { keepLabelsOfFlattenedBoxes } from '../lib/html/article/readability-labels.ts';
import { keepSubheadingsOfUnlikelyBoxes } from '../lib/html/article/readability-subheadings.ts';
import { sameTemplateSections, type SectionSibling } from '../lib/html/article/template-sections.ts';
import { mayHoldWholeArticle, wholeArticleBlocks } from '../lib/html/article/html-article-container.ts';
import { articleFromField } from '../lib/html/article/html-article-body.ts';
import { answerIsSmallForm, dropSmallForms } from '../lib/html/article/form-answer.ts';
import { answerInCommentThread } from '../lib/html/article/comment-thread-answer.ts';
import { blocksNotHeld } from '../lib/html/article/retry-dropped-blocks.ts';
import { withoutDanglingHeads } from '../lib/html/furniture/dangling-heads.ts';
import { headlinesAmong, leadBeforeAnswer, mayHaveLead, mayHaveLeadIn, pageAsBuilt, type PageAsBuilt } from '../lib/html/article/html-article-lead.ts';
import { readPageMeta, type PageMeta } from '../lib/html/metadata/html-meta.ts';
import { MAX_HEADLINE_FIELD_CHARS, withoutOversizedFields } from '../lib/html/metadata/oversized-fields.ts';
import { isRole } from '../lib/bylines/author.ts';
import { AUTHORS_NAMED_BEFORE_COUNT, MAX_LISTED_AUTHORS } from '../lib/bylines/author-list.ts';
import { labelledBylineAway } from '../lib/bylines/labelled-byline.ts';
import { fieldAuthorUnseen } from '../lib/html/metadata/unseen-field-author.ts';
import { copyrightLinesInPage } from '../lib/html/metadata/html-copyright-lines.ts';
import { copyrightOwner } from '../lib/bylines/site-owner.ts';
import { lowerCaseWords, wordsOfNamesOnly } from '../lib/bylines/name-lines.ts';
import { binaryFileReason } from '../lib/safety/file-signature.ts';
import { EMPTY_FILE } from '../lib/safety/not-a-page.ts';
import { MOJIBAKE, reReadMojibake } from '../lib/safety/mojibake.ts';
import { withoutStrayNuls } from '../lib/safety/nul-characters.ts';
import { dropUnmatchedBidiControls } from '../lib/safety/bidi-controls.ts';
import { withC1AsWindows1252 } from '../lib/safety/c1-as-windows-1252.ts';
import { cjkNoiseReason } from '../lib/safety/cjk-noise.ts';
import { seedKindOf } from '../seed-files.ts';
import { MimeError, readSavedPage, type SavedPage } from '../lib/html/read/saved-page.ts';
import { shownText } from '../lib/html/prune/html-shown-text.ts';
import { articleHtmlInStream, hasNextStream, nextStreamPayload } from '../lib/html/read/next-stream.ts';
import { streamedArticleWhy, streamMayHoldMore, withoutPlaceholders } from '../lib/html/article/streamed-article.ts';
import { phase } from '../lib/phase-clock.ts';
import { shownKindOf } from '../lib/html/article/shown-kinds.ts';

export interface HtmlRead {
  units: Unit[];
  header: HeaderFacts;
  page: PageMeta;
  /** Whether the page's text budget cut the last text read (lib/html/prune/text-budget.ts): its last block is read in part. */
  lastTextCut: boolean;
  /** The page's bytes (an MHTML file's page part), for its shown text when it is asked for (shownTextOf). */
  pageBytes: Uint8Array;
}

/**
 * The page's text as a reader sees it, its navigation, asides and footers included
 * (lib/html/prune/html-shown-text.ts): decoded and read again only when asked (a page none of whose fields
 * dates it: stages/html-shown-date.ts), from the bytes as decoded, nothing cut out of them (the prune
 * pass's pieces lack asides and footers).
 */
export function shownTextOf(read: HtmlRead): string {
  return shownText(decodeHtmlPieces(read.pageBytes).pieces);
}

export function isHtmlSeed(seed: string): boolean {
  return seedKindOf(seed) === 'html';
}

type DomRoot = Parameters<typeof blocksOf>[0];

/**
 * The article comes back as its DOM node (not serialised to HTML and parsed again): only its text is
 * read. The page's scripts, JSON-LD included, are gone before Readability runs; lib/html/metadata/html-meta.ts
 * reads the JSON-LD the prune pass kept.
 */
const READABILITY_OPTIONS = { serializer: (n: Node) => n, keepClasses: true, disableJSONLD: true };

/**
 * Readability asks for the same element's trimmed, space-normalised text again and again (scoring,
 * link density, every cleaning pass), each time trimming and normalising it anew. The DOM remembers
 * an element's raw text (lib/html/prune/html-dom.ts); its normalised text is remembered beside it, and used only
 * while the raw text is still the same, so the answer is always the one Readability computes.
 */
type InnerTextMemo = { from: string; trimmed: string; normalized?: string };
const readabilityProto = Readability.prototype as unknown as {
  _getInnerText(e: { textContent: string; _innerText?: InnerTextMemo; _shape?: object }, normalizeSpaces?: boolean): string;
  REGEXPS: { normalize: RegExp };
};
readabilityProto._getInnerText = function (this: typeof readabilityProto, e, normalizeSpaces = true) {
  const text = e.textContent;
  let memo = e._innerText;
  if (!memo || memo.from !== text) e._innerText = memo = { from: text, trimmed: text.trim() };
  if (!normalizeSpaces) return memo.trimmed;
  if (memo.normalized !== undefined) return memo.normalized;
  // Normalising turns each run of two whitespace characters or more into one space, so it shortens
  // the text whenever it changes it. When the element's text shape is known already (remembered for
  // link density, forgotten with the text: lib/html/article/readability-speed.ts), its normalised length
  // says whether there is a run to replace, without scanning the text again.
  const unchanged = e._shape !== undefined && innerTextLength(e as never) === memo.trimmed.length;
  return (memo.normalized = unchanged ? memo.trimmed : memo.trimmed.replace(this.REGEXPS.normalize, ' '));
};

type Extracted = { title?: string | null; content?: unknown; byline?: string | null; siteName?: string | null };
type Prune = ReturnType<typeof prunePage>;
/** Readability's answer, and whether reading the page again with FLAG_CLEAN_CONDITIONALLY alone would give it again. */
type Reading = {
  article: Extracted | null;
  looseGivesTheSame: boolean;
  /** The looser reading's article content, taken from this reading's own attempts (looseFromAttempts). */
  looseContent?: () => unknown;
  /** Puts the page back as Readability would have left it (its last restore is deferred: LastRestore). */
  restorePage: () => void;
};

/** Readability on the page; `flags` (its FLAG_* bits) to start with fewer of its rules than all. */
function extract(document: Prune['document'], rebuild: Prune['rebuild'], tagNames: ReadonlySet<string>, flags?: number): Reading {
  const reader = new Readability(document as unknown as Document, READABILITY_OPTIONS);
  knowTagNames(reader, tagNames);
  if (flags !== undefined) (reader as unknown as { _flags: number })._flags = flags;
  joinProseSiblings(reader);
  keepLabelsOfFlattenedBoxes(reader);
  keepSubheadingsOfUnlikelyBoxes(reader);
  const looseRules = watchLooseRules(reader);
  // A page rebuilt for an attempt is the page Readability read first only when its parse's first
  // steps had nothing to do that the rebuild does not redo (_prepDocument): no <noscript> or <script>
  // to remove or unwrap images from. Only then do the shortcuts that count on it apply.
  const rebuiltAsRead = !tagNames.has('NOSCRIPT') && !tagNames.has('SCRIPT');
  const attempts = attemptsInOrder(reader as unknown as ReaderAttempts, looseRules, rebuiltAsRead);
  // Readability snapshots the page after its _prepDocument (<br><br> → <p>, <font> → <span>): a
  // page rebuilt from source goes through it again.
  const prepare = () => (reader as unknown as { _prepDocument(): void })._prepDocument();
  // The restore after an attempt made with no rule left is Readability's last (LastRestore).
  const last: LastRestore = { isLast: () => (reader as unknown as ReaderAttempts)._flags === 0 };
  const article = withPageSnapshot(document, rebuild, prepare, () => reader.parse(), last);
  const r = reader as unknown as ReaderAttempts;
  const restorePage = () => last.restore?.();
  if (readLooselyAlready(r) || firstAttemptAsLoose(r, looseRules)) return { article, looseGivesTheSame: true, restorePage };
  const loose = rebuiltAsRead ? looseFromAttempts(r, attempts, article?.content) : null;
  if (loose === 'same') return { article, looseGivesTheSame: true, restorePage };
  return { article, looseGivesTheSame: false, looseContent: loose ?? undefined, restorePage };
}

/**
 * Whether the two rules a looser reading goes without (FLAG_STRIP_UNLIKELYS, FLAG_WEIGHT_CLASSES)
 * changed anything in a reading: whether it removed an unlikely box (each is logged) or weighed an
 * element's class or id other than 0 (_getClassWeight, the one place the flag is read). Wrapped
 * round the log of joinProseSiblings, so installed after it.
 */
type LooseRules = { used: boolean };
function watchLooseRules(reader: object): LooseRules {
  const seen: LooseRules = { used: false };
  const r = reader as { log: (message: unknown, ...rest: unknown[]) => void; _getClassWeight(e: unknown): number };
  const log = r.log;
  r.log = (message, ...rest) => {
    if (typeof message === 'string' && (message.startsWith('Removing unlikely candidate') || message.startsWith('Removing content with role'))) seen.used = true;
    log(message, ...rest);
  };
  const weigh = r._getClassWeight;
  r._getClassWeight = function (this: unknown, e: unknown) {
    const weight = weigh.call(this, e);
    if (weight !== 0) seen.used = true;
    return weight;
  };
  return seen;
}

/**
 * A reading with every rule that took its first attempt's answer, in which neither rule a looser
 * reading drops changed anything (watchLooseRules), read the page exactly as the looser reading's
 * first attempt would: that one would take the same answer. (A page of 100,000 <time> elements read
 * again so spent a quarter of its time there.)
 */
const ALL_FLAGS = 0x1 | 0x2 | 0x4;
function firstAttemptAsLoose(reader: ReaderAttempts, rules: LooseRules): boolean {
  return reader._flags === ALL_FLAGS && reader._attempts.length === 0 && !rules.used;
}

/**
 * Readability's attempts in the order it made them (it sorts its own list in place before it picks one).
 *
 * And the second and third attempts skipped where they would repeat the first: when a first attempt
 * with every rule found too little, and neither rule the next two go without changed anything in it
 * (watchLooseRules), and it found no byline (which it would have removed, and the next attempts would
 * keep: readLooselyAlready), the second and third attempts read the same page the same way and find
 * the same. The first is then counted for them too and the fourth (no rule left) comes next: the
 * same list of attempts, the same flags, the same answer, for two readings and a rebuild of the page
 * fewer (a page of 1,000 rows of 100 table cells spent a third of its time on them).
 */
type Attempt = { articleContent: unknown; textLength: number };
function attemptsInOrder(reader: ReaderAttempts, rules: LooseRules, rebuiltAsRead: boolean): Attempt[] {
  const order: Attempt[] = [];
  const list = reader._attempts as Attempt[];
  list.push = (...added: Attempt[]) => {
    const repeats = rebuiltAsRead && reader._flags === ALL_FLAGS && list.length === 0 && added.length === 1 && !rules.used && (!reader._articleByline || !!reader._metadata.byline);
    if (repeats) {
      added = [added[0], added[0], added[0]];
      // Readability takes FLAG_CLEAN_CONDITIONALLY away next, as after its third attempt.
      reader._flags = FLAG_CLEAN_CONDITIONALLY;
    }
    order.push(...added);
    return Array.prototype.push.apply(list, added);
  };
  return order;
}

/**
 * A reading that found too little at all four attempts returns the longest (the first of the
 * longest: its sort is stable). A new reading with FLAG_CLEAN_CONDITIONALLY alone makes exactly this
 * reading's third and fourth attempts (readLooselyAlready says why) and, finding too little at both,
 * returns the first longest of those two. So that answer is taken from this reading's attempts, kept
 * as Readability left them, and post-processed as Readability does (parse): the page is not rebuilt
 * and read twice more (a page of 100,000 table cells read so spent a third of its time there).
 * 'same': it is the answer this reading gave. null: this does not apply (the reading is made again).
 */
function looseFromAttempts(reader: ReaderAttempts, attempts: Attempt[], content: unknown): 'same' | (() => unknown) | null {
  if (reader._flags !== 0 || attempts.length !== 4 || reader._attempts.length !== 4) return null;
  if (reader._articleByline && !reader._metadata.byline) return null;
  const [third, fourth] = [attempts[2], attempts[3]];
  const best = fourth.textLength > third.textLength ? fourth : third;
  if (best.articleContent === content) return 'same';
  if (!best.textLength) return () => null;
  return () => {
    (reader as unknown as { _postProcessContent(e: unknown): void })._postProcessContent(best.articleContent);
    return best.articleContent;
  };
}

/**
 * Readability reads the page again, from its first state, each time its answer is under 500
 * characters, one rule fewer each time: all rules; no stripping of unlikely boxes; no class weights
 * either (FLAG_CLEAN_CONDITIONALLY alone); none. A reading that went as far as the third attempt
 * and took its answer there or at the fourth has read the page exactly as a new reading that starts
 * with FLAG_CLEAN_CONDITIONALLY alone would (its first attempt is that third one, its second that
 * fourth), so the looser reading (withoutClassNameRulesIfShort) would give the same answer and is
 * not paid for. One thing a reader carries from one attempt to the next: the byline it found, whose
 * element it then removes and stops looking for. So only a reading that found none (or was given the
 * page's byline by its metadata, and looked in no attempt) counts. (The sibling hook's memory of
 * its last parent is reset at every attempt: joinProseSiblings.)
 */
type ReaderAttempts = { _flags: number; _attempts: unknown[]; _articleByline: string | null; _metadata: { byline?: string | null } };
const FLAG_CLEAN_CONDITIONALLY = 0x4;

export function readLooselyAlready(reader: ReaderAttempts): boolean {
  const tookThird = reader._flags === FLAG_CLEAN_CONDITIONALLY && reader._attempts.length === 2;
  const tookFourth = reader._flags === 0 && reader._attempts.length === 3;
  if (!tookThird && !tookFourth) return false;
  return !reader._articleByline || !!reader._metadata.byline;
}

/**
 * Readability joins to its top candidate only the siblings that score at least a fifth of it (and
 * at least 10). A page builder puts each heading and its paragraphs in a box of its own, a few
 * levels deep; a paragraph's score reaches a box four levels up divided by twelve, so each section
 * scores little and all but the top candidate's own are lost. A sibling Readability has scored (it
 * holds scored paragraphs), with a positive score (no class name that marks it as furniture), that
 * is prose (800 characters or more, a tenth or less of it in links, two sentences or more) is
 * joined too. Readability names each sibling through its log hook just before its test (a new
 * Readability that renames the message fails tests/ingest/html-sections.test.ts); the sibling is
 * given a score that passes the test, so Readability's own cleaning applies to it as to every
 * joined sibling. Metadata set body F1 0.945 → 0.947 dev, 0.942 → 0.944 held out (recall up,
 * precision as before); the body set unchanged; no cost in CPU time. The rows between two siblings that
 * join are joined with them (siblingsBetweenJoined).
 */
const SIBLING_MIN_CHARS = 800;
const SIBLING_MAX_LINK_DENSITY = 0.1;
const SIBLING_MIN_SENTENCES = 2;
const SENTENCE_ENDS = /[.!?。！？](?:\s|$)/g;

type ScoredNode = { readability?: { contentScore: number } };
type FormHolder = { getElementsByTagName(tag: string): ArrayLike<unknown> };
type ReaderInternals = { log: (...args: unknown[]) => void; _getLinkDensity(e: unknown): number; _getInnerText(e: unknown, normalizeSpaces?: boolean): string };

/** A sibling Readability scored that is prose enough to join whatever its score (see joinProseSiblings). */
function joinsAsProse(r: ReaderInternals, node: unknown, scored: { contentScore: number }): boolean {
  if (scored.contentScore <= 0) return false;
  if (r._getLinkDensity(node) > SIBLING_MAX_LINK_DENSITY) return false;
  const text = r._getInnerText(node);
  return text.length >= SIBLING_MIN_CHARS && (text.match(SENTENCE_ENDS)?.length ?? 0) >= SIBLING_MIN_SENTENCES;
}

/**
 * A page builder puts each heading, each paragraph or run of them, and each picture in a row of its
 * own: the rows between two that join (the top candidate, a sibling that scores, a prose sibling
 * above) are the article's too, a heading's row or a short paragraph's, which score too little to be
 * joined alone. So a sibling between the first and the last that join is joined as well, unless its
 * class names weigh against it (a negative score), a tenth or more of its text is links (a box of
 * teasers), or it holds a form (its labels: "Your Email*") — a form's inputs are gone with the
 * prune pass, its <form> and <label>s are not. Readability's own cleaning and the furniture rules
 * then read it as every joined sibling. HTML body F1, dev / held out: metadata set .9616 → .9622 (5 pages
 * up, 0.78 → 0.93 the most; none down) / .9576 = ; fundus .9599 → .9595 (one page, whose truth keeps two
 * sub-headings and leaves out their paragraphs) / .9590 = ; body set = / = ; trafilatura's snippets, HTML
 * .9159 → .9161 (one passage more found).
 */
function siblingsBetweenJoined(r: ReaderInternals, children: ScoredNode[], passing: number): { between: Set<unknown>; prose: Set<unknown> } {
  // The siblings that join as prose although they score under the passing score (joinsAsProse, asked once a sibling).
  const prose = new Set<unknown>();
  const joins = children.map((c) => {
    const scored = c.readability;
    if (scored && scored.contentScore >= passing) return true;
    if (scored && joinsAsProse(r, c, scored)) {
      prose.add(c);
      return true;
    }
    // Readability's own rule for a <p> sibling (its short-paragraph case aside).
    return (c as { nodeName?: string }).nodeName === 'P' && r._getInnerText(c).length > 80 && r._getLinkDensity(c) < 0.25;
  });
  const between = new Set<unknown>();
  const holdsForm = (c: FormHolder) => c.getElementsByTagName('form').length > 0 || c.getElementsByTagName('label').length > 0;
  for (let i = joins.indexOf(true) + 1; i < joins.lastIndexOf(true); i++) {
    const c = children[i] as ScoredNode & FormHolder;
    if (joins[i] || (c.readability && c.readability.contentScore < 0)) continue;
    if (r._getLinkDensity(c) > SIBLING_MAX_LINK_DENSITY) continue;
    if (holdsForm(c)) continue;
    between.add(c);
  }
  // The sections of the same template next to the run (lib/html/article/template-sections.ts).
  const classOf = (i: number) => (children[i] as { className?: string }).className ?? '';
  const describe = (i: number): SectionSibling => {
    const c = children[i] as ScoredNode & FormHolder;
    const text = r._getInnerText(c);
    return {
      className: classOf(i),
      chars: text.length,
      sentences: text.match(SENTENCE_ENDS)?.length ?? 0,
      linkDensity: text.length ? r._getLinkDensity(c) : 0,
      score: c.readability ? c.readability.contentScore : null,
      hasForm: text.length > 0 && holdsForm(c),
    };
  };
  for (const i of sameTemplateSections(children.length, joins, classOf, describe)) between.add(children[i]);
  return { between, prose };
}

function joinProseSiblings(reader: object): void {
  const r = reader as unknown as ReaderInternals;
  // The score that passes Readability's test among one parent's children: at least 10 and a fifth
  // of the best of them (the top candidate is one). No more: the top candidate's score also sets
  // the bonus of siblings that share its class name.
  let parent: unknown = null;
  let passing = 0;
  let between = new Set<unknown>();
  let prose = new Set<unknown>();
  r.log = (message: unknown, node: unknown) => {
    // A new attempt reads a page rebuilt from source, whose <body> is the same element: its
    // siblings' scores are new.
    if (message === 'Starting grabArticle loop') parent = null;
    if (message !== 'Looking at sibling node:') return;
    const siblings = (node as { parentNode: { children: ScoredNode[] } }).parentNode;
    if (siblings !== parent) {
      parent = siblings;
      let best = 0;
      for (const child of siblings.children) best = Math.max(best, child.readability?.contentScore ?? 0);
      passing = Math.max(10, 0.2 * best);
      ({ between, prose } = siblingsBetweenJoined(r, siblings.children, passing));
    }
    if (between.has(node)) {
      // Readability tests a sibling's score only where it has one (it scores only paragraphs' ancestors).
      const n = node as ScoredNode;
      n.readability ??= { contentScore: passing };
      n.readability.contentScore = Math.max(n.readability.contentScore, passing);
      return;
    }
    // A prose sibling scoring under the passing score is given it.
    if (prose.has(node)) (node as Required<ScoredNode>).readability.contentScore = passing;
  };
}

/**
 * Readability trusts class names: it drops a box named like a sidebar, footer or comment before it
 * scores anything ("full-width-template-with-sidebar" on the page's <article>), and weighs boxes by
 * words in their names. It takes the first answer of 500 characters or more, so a wrong name can
 * leave it a disclosure or a list of figures beside the article. When the answer holds little prose
 * and a small share of the page's text, Readability reads the page again without those two rules
 * (its own looser retry, FLAG_CLEAN_CONDITIONALLY alone), and that answer is taken when it holds at
 * least twice the prose. Measured on the metadata set's dev pages (bench/README.md).
 */
const RETRY_BELOW_PROSE = 2000;
const RETRY_BELOW_PAGE_SHARE = 0.25;
const RETRY_GAIN = 2;

function withoutClassNameRulesIfShort(
  reading: Reading & { article: Extracted },
  blocks: HtmlBlock[],
  pageChars: number,
  rebuild: Prune['rebuild'],
  tagNames: ReadonlySet<string>,
  report: Report,
  proseOf: ProseOf,
  whole: WholePage,
): HtmlBlock[] {
  if (reading.looseGivesTheSame) return blocks;
  const prose = proseOf(blocks);
  if (prose >= RETRY_BELOW_PROSE || prose >= pageChars * RETRY_BELOW_PAGE_SHARE) return blocks;
  const { article } = reading;
  const page = reading.looseContent ? null : rebuild();
  try {
    const loose = reading.looseContent ? { content: reading.looseContent() } : extract(page!, rebuild, tagNames, FLAG_CLEAN_CONDITIONALLY).article;
    if (!loose?.content) return blocks;
    const looseBlocks = blocksOf(loose.content as DomRoot, { furniture: true });
    const looseProse = proseOf(looseBlocks);
    if (looseProse < RETRY_GAIN * Math.max(prose, 1)) {
      releaseTree(loose.content);
      return blocks;
    }
    if (isCommentInsteadOfArticle(blocks, looseBlocks, whole)) {
      report.add('html', 'extractor-retry-refused', 'found', looseBlocks[0]?.text, `the second reading without Readability's class-name rules took a reader's comment of a comment thread (${looseProse} characters of prose) over the first answer (${prose}): the first is kept`);
      releaseTree(loose.content);
      return blocks;
    }
    report.add(
      'html',
      'extractor-retried',
      'changed',
      undefined,
      `Readability's class-name rules left ${prose} characters of prose of a page of ${pageChars}; read without them: ${looseProse}`,
    );
    for (const block of blocksNotHeld(blocks, looseBlocks)) {
      report.add('html', 'extractor-retried', 'removed', block.text, `in Readability's first answer (${prose} characters of prose), not in the second reading without its class-name rules that replaced it (${looseProse})`);
    }
    releaseTree(article.content);
    article.content = loose.content;
    return looseBlocks;
  } catch (error) {
    report.add('html', 'extractor-failed', 'found', undefined, `Readability, second reading: ${(error as Error).message}`);
    return blocks;
  } finally {
    if (page) releaseTree(page);
  }
}

/** The retried answer stands in a comment thread (lib/html/article/comment-thread-answer.ts) and the first does not. */
function isCommentInsteadOfArticle(first: HtmlBlock[], retried: HtmlBlock[], whole: WholePage): boolean {
  const body = whole.tree().body as never;
  const firstText = first.find((b) => !b.furniture)?.text;
  const retriedText = retried.find((b) => !b.furniture)?.text;
  if (!body || !firstText || !retriedText) return false;
  return answerInCommentThread(body, retriedText) && !answerInCommentThread(body, firstText);
}

/**
 * Readability's answer when it is a small form of the page (lib/html/article/form-answer.ts): the page
 * read again without its small forms, each rebuild of an attempt too, and that answer taken when it
 * has text outside them. Only an answer of little prose on a page with a <form> is looked at: a
 * notice's or a comment form's wording is a few lines (and the whole page is built for the look),
 * while a form holding paragraphs of prose is a shop's product described inside the form that orders
 * it, which is what its page is about. The answer's blocks marked as furniture count too: a comment
 * form the furniture rules would drop whole leaves the page with no article at all.
 */
const FORM_ANSWER_MAX_PROSE = 400;

function withoutFormAnswer(
  article: Extracted,
  blocks: HtmlBlock[],
  whole: WholePage,
  rebuild: Prune['rebuild'],
  tagNames: ReadonlySet<string>,
  report: Report,
  proseOf: ProseOf,
): HtmlBlock[] {
  if (!tagNames.has('FORM') || proseOf(blocks) >= FORM_ANSWER_MAX_PROSE) return blocks;
  const page = whole.tree();
  if (!page.body || !answerIsSmallForm(blocks.map((b) => b.text), page.body as never)) return blocks;
  let dropped: string[] = [];
  const withoutForms: Prune['rebuild'] = (bodyOnly) => {
    const built = rebuild(bodyOnly);
    dropped = built.body ? dropSmallForms(built.body as never) : [];
    return built;
  };
  const first = withoutForms();
  try {
    const again = extract(first, withoutForms, tagNames).article;
    if (!again?.content) return blocks;
    const againBlocks = blocksOf(again.content as DomRoot, { furniture: true });
    if (!againBlocks.some((b) => !b.furniture) || answerIsSmallForm(againBlocks.map((b) => b.text), page.body as never)) {
      releaseTree(again.content);
      return blocks;
    }
    report.add('html', 'form-answer', 'changed', undefined, `Readability took a form of the page for the article (${shownChars(blocks)} characters); read without the page's small forms: ${shownChars(againBlocks)}`);
    for (const text of dropped) report.add('html', 'form-answer', 'removed', text, 'a small form of the page (a consent notice, a comment or log-in form): no part of the article');
    releaseTree(article.content);
    article.content = again.content;
    return againBlocks;
  } catch (error) {
    report.add('html', 'extractor-failed', 'found', undefined, `Readability, reading without the page's forms: ${(error as Error).message}`);
    return blocks;
  } finally {
    releaseTree(first);
  }
}

/**
 * A page whose UTF-8 text was read as Windows-1252 or Latin-1 once before it was saved, read as it was
 * meant when the whole page is so (lib/safety/mojibake.ts), as the text path reads such a seed. Only a
 * piece with a character outside ASCII can hold it (every form of MOJIBAKE starts with one): most
 * pieces are runs of ASCII (read as Latin-1, lib/html/read/html-charset.ts), which the pattern need not
 * scan; a piece's UTF-8 length equals its length exactly when it is ASCII, and Node counts that
 * several times faster than the pattern scans (the body set's pieces: ~13 → ~7 ms a pass).
 */
const mayHoldMojibake = (piece: string) => Buffer.byteLength(piece, 'utf8') !== piece.length && MOJIBAKE.test(piece);

function withoutMojibake(pieces: string[], report: Report): string[] {
  if (!pieces.some(mayHoldMojibake)) return pieces;
  const read = reReadMojibake(pieces.join(''));
  if (read === null) return pieces;
  report.add('html', 'mojibake', 'changed', undefined, 'UTF-8 that had been read as Windows-1252 or Latin-1, re-decoded');
  return [read];
}

/**
 * NEL, the "next line" control (U+0085), between two words of a Unicode page: HTML counts it no
 * whitespace, so the block walker would join "forty\u0085years" into one word; the text path shows it
 * as a space (stages/decode.ts), and so does this. Read after mojibake, whose "Å" read as Latin-1 is
 * "Ã" + U+0085 and is repaired, not cut. (A Windows-1252 page's byte 0x85 was decoded as "…" already.)
 * Not the text path's helper (stages/decode.ts withNextLines): that one reads a NEL as a line end in a
 * file with no other break, which in HTML, where line ends are spaces, would change nothing but the
 * report; and this one works on the decoder's pieces, never joined into one string.
 */
function withNextLinesAsSpaces(pieces: string[], report: Report): string[] {
  let count = 0;
  for (const piece of pieces) for (let i = piece.indexOf('\u0085'); i !== -1; i = piece.indexOf('\u0085', i + 1)) count++;
  if (count === 0) return pieces;
  report.add('html', 'next-line', 'changed', undefined, `${count} NEL (U+0085) inside the page's text shown as spaces`);
  return pieces.map((piece) => piece.replaceAll('\u0085', ' '));
}

/**
 * The blocks of boxes the page labels as furniture go, each reported with the label; if nothing but
 * furniture is left, the labels were wrong and every block stays.
 */
function withoutFurniture(blocks: HtmlBlock[], page: PageMeta, byline: string | null, report: Report): HtmlBlock[] {
  markBlockFurniture(blocks, page.headline, page.author ?? byline, page.outlet?.name ?? null);
  const kept = blocks.filter((b) => !b.furniture);
  if (kept.length === 0) return blocks;
  for (const b of blocks) if (b.furniture) report.add('html', 'furniture', 'removed', b.text, b.furniture);
  // A heading or a label the article ends on heads a box left out (lib/html/furniture/dangling-heads.ts).
  const { kept: headed, removed } = withoutDanglingHeads(kept);
  for (const r of removed) report.add('html', 'dangling-head', 'removed', r.block.text, r.why);
  return headed;
}

/**
 * The texts of the whole page as first built: the extractor took the article's out of the page it
 * read. Those of the blocks read before Readability (pageAsBuilt), when it read them: only a page
 * without an <h1> is built again for them.
 */
function textsOfWholePage(asBuilt: PageAsBuilt | null, whole: WholePage): string[] {
  if (asBuilt) return asBuilt.blocks.map((b) => b.text);
  const page = whole.tree();
  return page.body ? blocksOf(page.body as DomRoot).map((b) => b.text) : [];
}

/**
 * The page as first built, for the steps that read the whole page beside the article (its article
 * box, its opening under the headline where the blocks read before Readability leave room for one,
 * a byline around it on a page without <h1>): built once for all, on first use, and let go with the
 * page. Each build walks the whole page (a table of 100,000 cells must not pay for two).
 */
type WholePage = { tree: () => ReturnType<Prune['rebuild']>; release: () => void };
function wholePageOnce(rebuild: Prune['rebuild']): WholePage {
  let built: ReturnType<Prune['rebuild']> | null = null;
  return {
    tree: () => {
      if (built) return built;
      const outer = phase('html:whole-page-build');
      built = rebuild(true);
      phase(outer);
      return built;
    },
    release: () => {
      if (built) releaseTree(built);
      built = null;
    },
  };
}

/**
 * The labelled byline of the page's texts outside the article the extractor took ("Written by Anna
 * Berg" in an author's box it left out, "By Anna Berg" over a gallery above it), read as the text path
 * reads a byline away from its header (lib/bylines/labelled-byline.ts): the article's first and last
 * texts say where it stands among the page's. Where the page's texts do not show them, nothing is read:
 * with no article's place, a teaser's "By" could not be told from the article's. `aboveOnly`: the
 * texts over the article alone, where a byline the page's fields contradict is read (under it, other
 * stories' cards name their own writers).
 */
function bylineAroundArticle(pageTexts: string[], articleTexts: string[], lang: string, aboveOnly = false): ReturnType<typeof labelledBylineAway> {
  const start = pageTexts.indexOf(articleTexts[0]);
  const end = start === -1 ? -1 : pageTexts.lastIndexOf(articleTexts[articleTexts.length - 1]);
  // Above the article only: the texts over its first one, read from it upwards.
  const found = end < start || start === -1 ? null : aboveOnly ? labelledBylineAway(pageTexts.slice(0, start), start, start - 1, lang) : labelledBylineAway(pageTexts, start, end, lang);
  // Outside the article, a menu's entry reads as a byline too ("By Harbour Lane Hotels" among a
  // hotel group's links): a name is one whose words the page never writes in lower case, a team's
  // word aside ("The Kestrel Team" on a page that speaks of its team).
  return found && wordsOfNamesOnly(found.author.replace(/\b(?:Team|Staff|Editors|Desk)\b/gu, ''), lowerCaseWords(pageTexts)) ? found : null;
}

/** The page's texts a reader sees that may write its author's name: the article's, the byline elements', the lines under the headline, the page as first built. */
function* shownTexts(articleTexts: readonly string[], raw: { bylines: string[]; linesAfterH1?: string[]; stampTexts: string[] }, asBuilt: PageAsBuilt | null): Iterable<string> {
  yield* articleTexts;
  yield* raw.bylines;
  yield* raw.linesAfterH1 ?? [];
  yield* raw.stampTexts;
  if (asBuilt) for (const b of asBuilt.blocks) yield b.text;
}

/** The owner's name a personal site's copyright line gives (lib/bylines/site-owner.ts), whose words the article never writes in lower case. */
function ownerOfCopyright(bytes: Uint8Array, encoding: string, articleTexts: string[]): ReturnType<typeof labelledBylineAway> {
  const lines = copyrightLinesInPage(bytes, encoding);
  const name = lines.length ? copyrightOwner(lines, lowerCaseWords(articleTexts)) : null;
  return name ? { name, author: name, line: lines.find((l) => l.includes(name)) ?? name } : null;
}

/**
 * The name under an author's label in a side column the page's texts leave out ("Author" / "Anna Berg",
 * "Author(s)" / one name an element: lib/html/metadata/aside-author-labels.ts), read as the text path reads
 * a label alone over a name (lib/bylines/labelled-byline.ts). As around the article, a name is one whose
 * words the article never writes in lower case ("Author" / "Climate Policy" is a section's heading).
 */
function bylineInSideColumn(labelled: readonly string[][], articleTexts: string[], lang: string): ReturnType<typeof labelledBylineAway> {
  let lower: Set<string> | null = null;
  for (const lines of labelled) {
    if (lines.length < 2) continue;
    const found = labelledBylineAway([...lines], 0, lines.length - 1, lang);
    if (found && wordsOfNamesOnly(found.author, (lower ??= lowerCaseWords(articleTexts)))) return found;
  }
  return null;
}

/**
 * proseChars of the last blocks it was asked about, remembered for them: the steps before the furniture
 * marks (withoutFurniture, which changes what proseChars reads) ask it of the same answer up to four
 * times, and each count reads every block's words.
 */
type ProseOf = (blocks: readonly HtmlBlock[]) => number;
function proseOnce(): ProseOf {
  let last: readonly HtmlBlock[] | null = null;
  let chars = 0;
  return (blocks) => {
    if (blocks !== last) {
      last = blocks;
      chars = proseChars(blocks);
    }
    return chars;
  };
}

/** Readability's answer, or the page's own box that holds it and much more prose (lib/html/article/html-article-container.ts). */
function withWholeArticle(answer: HtmlBlock[], wholePage: WholePage, boxes: Prune['boxes'], report: Report, proseOf: ProseOf): HtmlBlock[] {
  const page = wholePage.tree();
  const whole = page.body ? wholeArticleBlocks(page.body as never, boxes, answer, proseOf) : null;
  if (!whole) return answer;
  report.add('html', 'article-box', 'changed', undefined, `${whole.why} holds Readability's answer (${proseOf(answer)} characters of prose) and ${proseChars(whole.blocks)}: read whole`);
  return whole.blocks;
}

/**
 * Readability's answer, after the article's opening it left out under the page's <h1> that tells the
 * story of `title`, the page's headline (lib/html/article/html-article-lead.ts). The page's <h1>s and plain
 * blocks were read before Readability moved its nodes; only where they leave room for an opening is
 * the page built again, for its blocks with their furniture marks.
 */
function withArticleLead(answer: HtmlBlock[], title: string, asBuilt: PageAsBuilt, whole: WholePage, report: Report): HtmlBlock[] {
  const headlines = headlinesAmong(asBuilt.h1Texts, title);
  if (headlines.size === 0 || !mayHaveLeadIn(asBuilt.blocks, headlines, answer)) return answer;
  const page = whole.tree();
  if (!page.body) return answer;
  const lead = leadBeforeAnswer(blocksOf(page.body as unknown as DomRoot, { furniture: true }), headlines, answer);
  if (!lead) return answer;
  for (const b of lead.blocks) report.add('html', 'article-lead', 'changed', b.text, lead.why);
  return [...lead.blocks, ...answer];
}

/** The kinds of block a page writes its lines in (a cell, a quote, preformatted code are read as they are). */
const WRITTEN_KINDS: ReadonlySet<HtmlBlock['kind']> = new Set(['heading', 'item', 'paragraph']);
/** A block this much inside links is a box of links (html-article-lead.ts reads the same share). */
const LINKED_BLOCK = 0.5;
/**
 * A heading, a list item or a paragraph with no link in it, to another page or to a place on this
 * one (its share of linked characters counted: a block read without furniture marks has none and is
 * not one): no button, no link under an item. A line right over a block of links, or over a block
 * the furniture marks leave out, is the label of a box ("Where to buy", "Most read"), the page's,
 * not the item's. Read on the answer's blocks before the marks took any out.
 */
function writtenLines(blocks: readonly HtmlBlock[]): Set<HtmlBlock> {
  const written = new Set<HtmlBlock>();
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (WRITTEN_KINDS.has(b.kind) && b.linkShare === 0 && !b.localLinkShare && !next?.furniture && (next?.linkShare ?? 0) < LINKED_BLOCK) written.add(b);
  });
  return written;
}

/** A block as a body line; a sub-heading, a list item or a table's row says so, for the article's page to show it as one (stages/emit.ts). */
function unitOf(b: HtmlBlock, written: boolean): Unit {
  const unit: Unit = { text: b.text, zone: 'body' };
  if (written) unit.writtenLine = true;
  const kind = shownKindOf(b);
  if (kind) unit.kind = kind;
  if (kind === 'row') {
    unit.cells = b.cells;
    if (b.headerRow) unit.headerRow = true;
  }
  if (kind === 'item' && b.ordered) unit.ordered = true;
  if (kind === 'heading' && b.level) unit.level = b.level;
  return unit;
}

/**
 * The page's HTML: the file's bytes, or the page part of an MHTML file (lib/html/read/saved-page.ts); and
 * the address the browser saved it from, when the file names one.
 */
function savedPage(file: Uint8Array, report: Report): SavedPage {
  let saved: SavedPage;
  try {
    saved = readSavedPage(file);
  } catch (error) {
    if (error instanceof MimeError) throw new SkipArticle(`an MHTML file (a page saved as one file) with no page to read: ${error.message}`);
    throw error;
  }
  if (saved.mhtml) report.add('html', 'mhtml', 'found', undefined, saved.mhtml);
  if (saved.address) report.add('html', 'saved-from', 'found', saved.address, `${saved.addressEvidence}: the page's address when the page names none`);
  return saved;
}

/**
 * The page's own fields the site shows beside the article's title and date (its headline, author and
 * outlet), balanced like its text (lib/safety/bidi-controls.ts): a control a field leaves open would
 * turn those around.
 */
function balanceFields(page: PageMeta, report: Report): void {
  mapShownFields(page, (_field, text) => dropUnmatchedBidiControls(text, report));
}

/** Each field of the page the site shows (headline, author, site name) that it gives, rewritten by `map`. */
function mapShownFields(page: PageMeta, map: (field: string, text: string) => string): void {
  if (page.headline) page.headline = map('headline', page.headline);
  if (page.author) page.author = map('author field', page.author);
  if (page.outlet) page.outlet = { ...page.outlet, name: map('site name', page.outlet.name) };
}

/**
 * The page's fields the site shows (headline, author, outlet) with their C1 control characters read
 * as the Windows-1252 characters of their bytes ("We\u0092re" as "We’re": lib/safety/c1-as-windows-1252.ts),
 * as the page's text is (lib/safety/stray-controls.ts); each field changed is reported with its new text.
 * Read after the fields were chosen: the page's fields and its <h1> are compared as the page wrote them.
 */
function readC1InFields(page: PageMeta, report: Report): void {
  mapShownFields(page, (field, text) => {
    const c1 = withC1AsWindows1252(text);
    if (c1.count) report.add('html', 'c1-as-windows-1252', 'changed', c1.text, `${c1.count} C1 control character(s) in the page's ${field} read as the Windows-1252 characters of their bytes (U+0092 as ’, U+0096 as –)`);
    return c1.text;
  });
}

/**
 * The article a Next.js page streams (lib/html/read/next-stream.ts), read as a page's article is
 * (Readability, the article's blocks, its furniture left out), when the DOM's blocks (`shown`) fall far
 * short of it (lib/html/article/streamed-article.ts); else null, and nothing reported but what the
 * stream's reading could not read. Its HTML is parsed as a page of its own (scripts and handlers
 * dropped by the parser as any page's); the page's own fields stay the article's headline, author and dates.
 */
function streamedArticle(bytes: Uint8Array, shown: HtmlBlock[], noArticle: boolean, page: PageMeta, report: Report): HtmlBlock[] | null {
  const payload = nextStreamPayload(decodeHtmlPieces(bytes).pieces.join(''));
  if (payload.cut) report.add('html', 'next-stream-budget', 'skipped', undefined, `the page's streamed data: ${payload.cut}`);
  const found = articleHtmlInStream(payload.text);
  if (!found || !streamMayHoldMore(shown, noArticle, found.paragraphChars)) return null;
  // The stream's reading reports into a report of its own, kept only when its article is taken.
  const own = new Report(report.seed);
  const source = withNextLinesAsSpaces(withoutMojibake(withoutStrayNuls([`<!DOCTYPE html><html><body><article>`, found.html, '</article></body></html>'], 'html', own), own), own);
  const { document, rebuild, tagNames, release, unbuilt, rubyReadings } = prunePage(source);
  // What the budgets left of the stream's HTML, and its ruby readings, is said as the page's own would be.
  reportPruned(unbuilt, rubyReadings, own);
  let reading: Reading | null = null;
  try {
    reading = extract(document, rebuild, tagNames);
  } catch (error) {
    own.add('html', 'extractor-failed', 'found', undefined, `Readability, on the page's streamed data: ${(error as Error).message}`);
  }
  const content = reading?.article?.content;
  let blocks = content ? withoutFurniture(blocksOf(content as DomRoot, { furniture: true }), page, reading?.article?.byline ?? null, own) : [];
  if (blocks.length === 0) {
    reading?.restorePage();
    blocks = document.body ? blocksOf(document.body as unknown as DomRoot) : [];
  }
  release(document);
  if (content) releaseTree(content);
  const { kept, removed } = withoutPlaceholders(blocks);
  for (const b of removed) own.add('html', 'template-placeholder', 'removed', b.text, "a template's placeholder the page's script would have filled (streamed HTML no script has run on)");
  blocks = kept;
  const why = streamedArticleWhy(shown, noArticle, blocks);
  if (!why) return null;
  const malformed = payload.malformed ? `; ${payload.malformed} malformed push(es) skipped` : '';
  report.add('html', 'next-stream', 'changed', undefined, `${why}: the article read from the page's streamed data (Next.js, ${payload.chunks} pushes${malformed})`);
  report.entries.push(...own.entries);
  for (const b of shown) report.add('html', 'next-stream-replaced', 'removed', b.text, "shown in the page's DOM: the article is read from its streamed data instead");
  return blocks;
}

/** What of a page far larger than any article was not built (lib/html/prune/html-dom.ts MAX_ELEMENTS, lib/html/prune/text-budget.ts). */
type Pruned = ReturnType<typeof prunePage>;
function reportPruned(unbuilt: Pruned['unbuilt'], rubyReadings: Pruned['rubyReadings'], report: Report): void {
  if (unbuilt.elements) report.add('html', 'element-cap', 'changed', undefined, `${unbuilt.elements} element(s) after the first ${MAX_ELEMENTS.toLocaleString('en')} not built: their text read as their parent's`);
  if (unbuilt.chars) report.add('html', 'text-cap', 'removed', undefined, `${unbuilt.chars} characters of text after the first ${MAX_PAGE_TEXT_CHARS.toLocaleString('en')} not read`);
  if (rubyReadings.count) {
    const examples = rubyReadings.examples.map((e) => `“${e.trim()}”`).join(', ');
    report.add('html', 'ruby-readings', 'removed', rubyReadings.examples.join(' '), `${rubyReadings.count} ruby readings (${examples}${rubyReadings.count > rubyReadings.examples.length ? ', …' : ''}) left out: glosses shown above their base text, which is kept; the page gives them no <rp> brackets to be read in the line`);
  }
}

export function readHtml(file: Uint8Array, report: Report): HtmlRead {
  if (file.length === 0) throw new SkipArticle(EMPTY_FILE);
  phase('html:decode');
  const saved = savedPage(file, report);
  const { bytes } = saved;
  if (bytes.length === 0) throw new SkipArticle('empty page: the MHTML file\'s page part holds nothing');
  const binary = binaryFileReason(bytes);
  if (binary) throw new SkipArticle(binary);
  // The page's text in pieces (lib/html/read/html-charset.ts), which the parser reads one after another.
  const decoded = decodeHtmlPieces(bytes, { withoutScripts: true });
  if (decoded.encoding !== 'utf-8') report.add('html', 'encoding', 'changed', undefined, `${decoded.encoding}: ${decoded.why}`);
  const source = withNextLinesAsSpaces(withoutMojibake(withoutStrayNuls(decoded.pieces, 'html', report), report), report);
  if (source.every((piece) => !piece.trim())) throw new SkipArticle('no text: the file holds only whitespace');

  phase('html:prune');
  const { document, meta: raw, rebuild, tagNames, release, textChars, boxes, unbuilt, rubyReadings } = prunePage(source);
  reportPruned(unbuilt, rubyReadings, report);
  raw.savedFrom = saved.address;
  phase('html:profile-links');
  raw.profileLinks = profileLinksInPage(bytes, decoded.encoding);
  // The page's blocks and <h1>s as first built, for the article's opening (withArticleLead) and a
  // byline around the article, read before Readability moves its nodes: so the page is not built
  // again for them. Only a page with an <h1> has an opening to look for under it.
  phase('html:page-as-built');
  const asBuilt = tagNames.has('H1') && document.body ? pageAsBuilt(document.body as never) : null;
  phase('html:readability');
  let reading: Reading = { article: null, looseGivesTheSame: false, restorePage: () => {} };
  try {
    reading = extract(document, rebuild, tagNames);
  } catch (error) {
    report.add('html', 'extractor-failed', 'found', undefined, `Readability: ${(error as Error).message}`);
  }
  const { article } = reading;
  phase('html:blocks');
  let extracted = article?.content ? blocksOf(article.content as DomRoot, { furniture: true }) : [];
  phase('html:retry-class-names');
  // The answer's prose is asked by the retry's test and the article box's: counted once an answer.
  const proseOf = proseOnce();
  // The page's fields are read beside Readability's own answer, whatever box the body comes from.
  const whole = wholePageOnce(rebuild);
  if (article?.content) extracted = withoutClassNameRulesIfShort({ ...reading, article }, extracted, textChars, rebuild, tagNames, report, proseOf, whole);
  phase('html:retry-form');
  if (article?.content) extracted = withoutFormAnswer(article, extracted, whole, rebuild, tagNames, report, proseOf);
  const extractorFirst = extracted[0]?.text ?? null;
  phase('html:whole-article');
  if (article?.content && mayHoldWholeArticle(boxes, extracted, proseOf)) extracted = withWholeArticle(extracted, whole, boxes, report, proseOf);
  phase('html:page-meta');
  const page = readPageMeta(withoutOversizedFields(raw, report), article?.title ?? null, article?.byline ?? null, extractorFirst);
  phase('html:article-lead');
  if (article?.content && page.headline && asBuilt && mayHaveLead(textChars, extracted)) extracted = withArticleLead(extracted, page.headline, asBuilt, whole, report);
  phase('html:furniture');
  let blocks = article?.content ? withoutFurniture(extracted, page, article.byline ?? null, report) : [];
  // Read beside the blocks the furniture marks left out: a label over a box of them is no written line.
  const written = writtenLines(extracted);
  const noArticle = blocks.length === 0;
  phase('html:no-article');
  if (noArticle) {
    // No article found: every block of the page, so nothing is lost; later stages clean what they can.
    report.add('html', 'no-article-found', 'found', undefined, 'the extractor found no article: the whole page is kept');
    reading.restorePage();
    blocks = document.body ? blocksOf(document.body as unknown as DomRoot) : [];
  }
  // A Next.js page may ship its article only in the data it streams (lib/html/read/next-stream.ts):
  // a byte search first, so other pages pay nothing.
  phase('html:streamed');
  const streamed = hasNextStream(bytes) ? streamedArticle(bytes, blocks, noArticle, page, report) : null;
  phase('html:byline');
  if (streamed) blocks = extracted = streamed;
  // The page's fields name nobody: the labelled byline its article's text shows ("By Anna Berg" over
  // the first paragraph, "Written by Anna Berg" closing it), as the text path reads one; read before
  // the byline's block was taken out as furniture. Only when the article's text names nobody either is
  // the whole page rebuilt, to read a byline outside the article (before the trees are let go).
  // page.lang is the primary subtag readPageMeta cut (primarySubtag, lib/page-text/language/language-tag.ts);
  // "und" for a page that declares none.
  // A field that gives only a job title ("Outreach and Programmes Officer": the account that posted
  // it) yields too, to a person the article's text names with a label.
  const lang = page.lang ?? 'und';
  // A name only a link to a profile page gives (lib/html/metadata/html-author-links.ts) yields too.
  const texts = blocks.length && (!page.author || isRole(page.author) || page.authorFromProfileLink) ? (extracted.length ? extracted : blocks).map((b) => b.text) : null;
  // A field's name the page never shows (lib/html/metadata/unseen-field-author.ts) yields to the labelled
  // byline the article's text shows, or the page's around it.
  const articleTexts = blocks.length ? (extracted.length ? extracted : blocks).map((b) => b.text) : [];
  const unseen = !texts && !!page.author && articleTexts.length > 0 && fieldAuthorUnseen(page.author, shownTexts(articleTexts, raw, asBuilt));
  const inArticle = texts || unseen ? labelledBylineAway(texts ?? articleTexts, 0, (texts ?? articleTexts).length - 1, lang) : null;
  // Around the article, for a field's unseen name only on the page as first built (no second build for it).
  const around = inArticle ?? (texts && article?.content ? bylineAroundArticle(textsOfWholePage(asBuilt, whole), texts, lang) : unseen && asBuilt ? bylineAroundArticle(asBuilt.blocks.map((b) => b.text), articleTexts, lang, true) : null);
  // Last, the name under an author's label in a side column the prune pass dropped ("Author" / "Anna Berg").
  const aside = around || !texts ? null : bylineInSideColumn(raw.asideAuthorLabels ?? [], texts, lang);
  // Then a personal site's copyright line at the page's foot, its owner's name, as the text path reads one.
  const owner = around || aside || !texts || page.author ? null : ownerOfCopyright(bytes, decoded.encoding, texts);
  const found = around ?? aside ?? owner;
  // Only text leaves this stage: the page's trees and the article's are let go (lib/html/prune/html-dom.ts).
  phase('html:release');
  whole.release();
  release(document);
  if (article?.content) releaseTree(article.content);
  if (blocks.length === 0) throw new SkipArticle('no text: the page has no readable text');
  phase('html:fields');

  if (found) {
    const why = !page.author ? "the page's fields name no author" : unseen ? `the page's fields name "${page.author}", whom the page never shows` : page.authorFromProfileLink ? `only a link to a profile page names "${page.author}"` : `the page's fields give only a job title ("${page.author}")`;
    page.author = found.author;
    const [rule, detail] = found === aside ? ['byline-in-side-column', `${why}; the name under an author's label in a side column`] : found === owner ? ['byline-copyright-owner', `${why}; a personal site's copyright line, its owner's name`] : ['byline-in-text', why];
    report.add('html', rule, 'found', found.line, detail);
  }
  // The extractor reads the site's name from the page's own fields: one of their oversized ones (reported above) is no name.
  if (!page.outlet && article?.siteName && article.siteName.trim().length <= MAX_HEADLINE_FIELD_CHARS) page.outlet = { name: article.siteName.trim(), evidence: 'the extractor (site name)' };
  readC1InFields(page, report);
  balanceFields(page, report);
  if (page.authorsCounted) report.add('html', 'author-list', 'changed', page.author ?? undefined, `the page's fields list ${(page.authorsCounted + AUTHORS_NAMED_BEFORE_COUNT).toLocaleString('en')} authors, more than a byline names (${MAX_LISTED_AUTHORS}): ${page.authorsCounted.toLocaleString('en')} counted, not named`);
  if (page.headline) report.add('html', 'headline', 'found', page.headline, page.headlineEvidence ?? undefined);
  if (page.published) report.add('html', 'date-from-page', 'found', page.published.date, page.published.evidence);
  if (page.modified) report.add('html', 'date-modified', 'found', page.modified.date, page.modified.evidence);

  const header: HeaderFacts = {
    titleCandidates: page.headline ? [page.headline] : [],
    // The page's own headline is taken as it is, even when it reads like text ("Smog. We've got it."):
    // it is not a line of the body.
    ...(page.headline ? { headline: page.headline } : {}),
    stamps: [],
    sources: [],
    bylines: page.author ? [page.author] : [],
    editors: [],
    outletHints: page.outlet ? [{ outlet: page.outlet.name, rule: 'page-metadata', evidence: page.outlet.evidence }] : [],
    standfirst: [],
    // The page's declared language until the pipeline detects one from the extracted text.
    lang: page.lang ?? 'und',
  };
  // A paywall's teaser on the page, the whole article in its JSON-LD (lib/html/article/html-article-body.ts).
  const fromField = articleFromField(blocks, page.articleBody);
  if (fromField) report.add('html', 'article-body-field', 'changed', undefined, fromField.why);
  const units: Unit[] = fromField ? fromField.paragraphs.map((text) => ({ text, zone: 'body' })) : blocks.map((b) => unitOf(b, written.has(b)));
  // Random bytes read in the Chinese, Japanese or Korean encoding the page declares: valid characters, no text (lib/safety/cjk-noise.ts).
  const noise = cjkNoiseReason(units.map((u) => u.text).join('\n'), decoded.encoding);
  if (noise) throw new SkipArticle(noise);
  return { units, header, page, lastTextCut: unbuilt.chars > 0, pageBytes: bytes };
}
