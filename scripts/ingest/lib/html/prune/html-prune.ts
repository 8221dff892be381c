/**
 * The one parse of a saved page (htmlparser2's streaming parser), which does two things:
 *
 * - collects the page's metadata as written: `<title>`, `<meta name|property|itemprop>`, JSON-LD
 *   blocks, `<time datetime>`, `<h1>` texts, `<html lang>`, `<link rel=canonical>`;
 * - builds the extractor's DOM (lib/html/prune/html-dom.ts) from the same events, without scripts, styles, SVG,
 *   iframes, templates, forms' controls, comments and the attributes no extractor reads (src, srcset,
 *   data-*, on* handlers…). A page is mostly those bytes; the DOM is far smaller without them, and
 *   no script or handler of the page survives into anything we build.
 */
import { MAX_DEPTH, PageDomBuilder, releaseTree, type JsdomDocument, type JsdomElement } from './html-dom.ts';
import { KeptAttributesParser } from './html-parser.ts';
import { ScriptDataTokenizer } from './script-data-tokenizer.ts';
import type { ArticleBoxes } from '../article/html-article-container.ts';
import { KickerWatch } from '../metadata/html-kicker.ts';
import { DateBoxes } from '../metadata/html-date-boxes.ts';
import { ArticleFooterTimes } from '../metadata/html-article-footer.ts';
import { HeadingWatch, textAfterHeading, type HeadingLines } from '../headline/html-headings.ts';
import { MarkedHeadlineWatch } from '../headline/marked-headline.ts';
import { AsideAuthorLabels } from '../metadata/aside-author-labels.ts';
import { elementEdge, hasBlockEdge, headingLines, headingText } from '../headline/heading-text.ts';
import { showsLogo, SiteBrandWatch } from './html-site-brand.ts';
import { BYLINE_NAME } from '../read/html-raw-text.ts';
import { TextBudget } from './text-budget.ts';
import { startTagEndsHead } from './head-ends.ts';

export interface PageMetaRaw {
  title: string | null;
  /** meta name/property/itemprop (lowercased) → contents, in page order. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  times: { datetime: string; text: string }[];
  h1: string[];
  /**
   * The lines each <h1> of `h1` shows, where a block inside it (a kicker's <div>, a <br>) sets one
   * apart ("Field notes" above the headline): one line for most.
   */
  h1Lines?: string[][];
  /** The text of the first few byline elements (rel/itemprop "author", class "byline"/"author"), its elements' parts on lines of their own. */
  bylines: string[];
  /**
   * The names of the first few links to a writer's profile page, wherever they stand (lib/html/metadata/html-author-links.ts; set by the HTML stage):
   * read from the page's bytes on first ask, as only a page whose fields name no person asks.
   */
  profileLinks?: () => string[];
  /**
   * Short texts where a page writes its date for the reader, in page order: the kicker just above
   * its <h1> in the headline's own box (lib/html/metadata/html-kicker.ts: a date above it elsewhere is as often
   * the masthead's "today"), the first texts after the <h1>, and the text of elements after it named
   * for a date, a byline or the post's details ("post-date", "entry-meta"). Read only when no field
   * states the date.
   */
  stampTexts: string[];
  /**
   * The texts of stampTexts that boxes named for a date gave past the first texts after the <h1> (far
   * under the headline: an article footer's date, or a list of related stories' dates; lib/html/metadata/listed-date-boxes.ts).
   */
  farBoxTexts?: string[];
  /** The first texts after the <h1> as they read, dated or not (lib/bylines/header-byline.ts reads a byline there). */
  linesAfterH1?: string[];
  /** An author's label in a dropped <aside> and the texts after it (lib/html/metadata/aside-author-labels.ts). */
  asideAuthorLabels?: string[][];
  /**
   * The headings (<h2>…<h6>) shown before the headline's <h1>, each with its kicker and the dated
   * texts after it (lib/html/headline/html-headings.ts): where a page whose headline is no <h1> dates it.
   */
  headings?: HeadingLines[];
  /** The first element shown that the page names its headline ("<span class=headline>": lib/html/headline/marked-headline.ts). */
  markedHeadline?: string;
  lang: string | null;
  canonical: string | null;
  /**
   * The address the browser saved the page from (an MHTML file's Content-Location, the "saved from
   * url" mark: lib/html/read/saved-page.ts), set by the html stage: the page's address when it names none.
   */
  savedFrom?: string | null;
}

// Navigation, asides and footers go too: no extractor keeps them, and dropping them here halves the
// DOM it has to score (F1 unchanged on the benchmark, a quarter faster).
/**
 * The page's landmarks dropped with their content, unless one holds the page's <main>: a side box or
 * menu whose end tag the page forgot (`<aside class="banner">…<main>…`) holds the rest of the page in
 * every browser, which shows it all the same.
 */
const LANDMARKS = new Set(['nav', 'aside', 'footer']);
// <noembed> and <noframes> hold text (their markup unparsed) that a browser which embeds and frames never shows.
const DROP_WITH_CONTENT = new Set(['nav', 'aside', 'footer', 'script', 'style', 'svg', 'math', 'template', 'iframe', 'noembed', 'noframes', 'object', 'embed', 'canvas', 'noscript', 'select', 'textarea', 'button', 'audio', 'video', 'picture', 'map']);
/**
 * RUBY_FALLBACK. A ruby annotation's reading (<rt>: furigana over kanji, pinyin or zhuyin over hanzi) is
 * set above its base text by a browser; read into the line, it runs into the words ("子こどもへの").
 * A page that wants it read in the line where ruby is not shown says so with <rp> brackets around
 * it ("尹錫悦<rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp>"): that reading stays, in the page's brackets,
 * as a browser without ruby shows it. A reading with no bracket before it is an annotation only (a
 * page for learners glosses every kanji so): it is left out, with a stray bracket after it, and counted
 * for the report. The sets' truths read both so (a publisher's own text keeps the bracketed reading,
 * a learners' page's marked text has none of its glosses).
 */
const RUBY_EXAMPLES = 5;
const MAX_BYLINES = 3;
/** An element that holds the article's byline (BYLINE_NAME), comments' authors aside. */
function namesByline(attribs: Record<string, string>): boolean {
  if (attribs.rel === 'author' || attribs.itemprop?.includes('author')) return true;
  const names = attribs.id ? `${attribs.class ?? ''} ${attribs.id}` : attribs.class;
  return !!names && (names.includes('uthor') || names.includes('yline') || names.includes('ritten')) && BYLINE_NAME.test(names) && !/comment|avatar|image|photo|img/i.test(names);
}

/** The microdata date fields read from any element's `content`, not only a <meta>'s. */
const MICRODATA_DATE = /^\s*date(?:published|modified)\s*$/i;

/** An element a page writes its date in: "post-date", "entry-meta", "published", itemprop "datePublished". */
const DATE_BOX_NAME = /date|time|publish|posted|updated|byline|meta|author/i;
const MAX_STAMP_TEXTS = 12;
const MAX_STAMP_TEXT = 100;
const TEXTS_AFTER_H1 = 8;
export function namesDateBox(attribs: Record<string, string>): boolean {
  // Asked of every element under the headline, most of which no name of theirs makes a date box: the
  // names are read one by one, not joined into one string first. No word of the patterns holds a
  // space, so none matches across the space the joined names had between them: the same answer.
  const { class: className, id, itemprop } = attribs;
  if (!className && !id && !itemprop) return false;
  if (!(mayNameDateBox(className) || mayNameDateBox(id) || mayNameDateBox(itemprop))) return false;
  return (DATE_BOX_NAME.test(className ?? '') || DATE_BOX_NAME.test(id ?? '') || DATE_BOX_NAME.test(itemprop ?? '')) && !OTHER_BOX.test(className ?? '') && !OTHER_BOX.test(id ?? '') && !OTHER_BOX.test(itemprop ?? '');
}
/** A plain search for a piece of each of DATE_BOX_NAME's words: most names hold none, and the pattern is not run on them. */
const mayNameDateBox = (names: string | undefined) =>
  !!names && (names.includes('ate') || names.includes('ime') || names.includes('ubl') || names.includes('ost') || names.includes('eta') || names.includes('yline') || names.includes('uthor'));
/** The sections the raw-text cut takes out (lib/html/read/html-raw-text.ts), whose content the prune pass drops too. */
const SECTION_TAGS = new Set(['nav', 'aside', 'footer', 'svg']);
/** A box of other things than the article's own details: comments, related stories, share and social links. */
const OTHER_BOX = /comment|related|share|social|recommend/i;

const DROP_TAG = new Set(['img', 'input', 'link', 'source', 'track', 'wbr', 'base', 'col', 'area']);
/** `start`, `reversed`, `value`: the numbers a numbered list shows (lib/html/article/list-numbers.ts). */
const KEEP_ATTR = new Set(['aria-controls', 'id', 'class', 'itemprop', 'itemtype', 'itemscope', 'role', 'rel', 'lang', 'dir', 'hidden', 'aria-hidden', 'aria-label', 'href', 'name', 'property', 'content', 'datetime', 'charset', 'http-equiv', 'style', 'type', 'colspan', 'rowspan', 'start', 'reversed', 'value']);

const HREF_KEPT = 'javascript:'.length;

/**
 * Tag names a DOM element can carry (a prefix like Word's "o:p" included): anything else (a stray
 * "<a\"b>", "<x:>") keeps its text only, so the DOM always serialises to markup it parses again
 * (Readability re-parses the page when it retries).
 */
const ELEMENT_NAME = /^[a-z][a-z0-9._-]*(?::[a-z][a-z0-9._-]*)?$/;
/** ELEMENT_NAME's answer per tag name: a page uses a few dozen names thousands of times. */
const elementNames = new Map<string, boolean>();
function isElementName(name: string): boolean {
  let ok = elementNames.get(name);
  if (ok === undefined) {
    ok = ELEMENT_NAME.test(name);
    // Names a hostile page invents are not remembered past a bound.
    if (elementNames.size < 10_000) elementNames.set(name, ok);
  }
  return ok;
}

/**
 * React's server renderer streams a page's late parts as `<div hidden id="S:3">` at the end of the
 * body, and a one-line script moves each into its placeholder (`<template id="B:3">` or "P:3", the
 * same number) as it arrives: every reader of the live page sees them, in that place, and on many
 * such pages they are the whole article. The names are the renderer's (React DOM's), not any site's.
 */
const STREAMED_SEGMENT = /^S:[\da-z]+$/;
const STREAMED_PLACEHOLDER = /^[BP]:[\da-z]+$/;

type JsdomParent = JsdomElement & { replaceChild(added: JsdomElement, removed: JsdomElement): void };

/** Each streamed segment put where its placeholder stands, as the page's script does (see STREAMED_SEGMENT). */
function placeStreamedSegments(body: JsdomElement): void {
  const placeholders = new Map<string, JsdomElement>();
  const segments: JsdomElement[] = [];
  const stack: JsdomElement[] = [body];
  while (stack.length) {
    const element = stack.pop()!;
    const id = element.getAttribute('id');
    if (id && element.tagName === 'TEMPLATE' && STREAMED_PLACEHOLDER.test(id)) placeholders.set(id.slice(2), element);
    else if (id && STREAMED_SEGMENT.test(id)) segments.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
  for (const segment of segments) {
    const placeholder = placeholders.get(segment.getAttribute('id')!.slice(2));
    if (placeholder?.parentNode) (placeholder.parentNode as JsdomParent).replaceChild(segment, placeholder);
  }
}

/**
 * Readability's own test for an element no reader sees (_isProbablyVisible): inline display:none or
 * visibility:hidden, the hidden attribute, aria-hidden="true" (but for Wikimedia's fallback images);
 * and a utility class that hides it (hiddenByClass).
 * It removes every such element with its subtree before it scores anything, on every attempt, so the
 * DOM need not hold them; their text still reaches the metadata (a hidden <h1> or <time> is the page's
 * own field).
 */
export function hiddenElement(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true;
  if (attribs.class && hiddenByClass(attribs.class)) return true;
  if (attribs['aria-hidden'] === 'true' && !(attribs.class ?? '').includes('fallback-image')) return true;
  const style = attribs.style;
  return !!style && (inlineStyle(style, 'display') === 'none' || inlineStyle(style, 'visibility') === 'hidden');
}

/**
 * A CSS framework's utility class that hides an element ("hidden", "d-none", "is-hidden"): a
 * subscription offer or a sign-in box kept in the page until a script shows it. Readability weighs
 * the word "hidden" in a class down, but a box also named "article-block" is weighed up as much and
 * stays (fundus set: a sign-in box's list of a subscription's perks inside five pages' articles; body
 * F1 0.935 → 0.938 dev, no page down on any set). A class that shows it from some screen width on
 * ("hidden md:block", "d-none d-lg-block", "visible-lg") leaves it shown.
 */
const HIDING_CLASS = new Set(['hidden', 'd-none', 'is-hidden']);
const SHOWING_CLASS = /^(?:(?:sm|md|lg|xl|2xl):(?!hidden)|d-(?:sm|md|lg|xl|xxl|print)-(?!none)|visible-)/;
function hiddenByClass(value: string): boolean {
  if (!value.includes('hid') && !value.includes('none')) return false;
  const names = value.split(/\s+/);
  return names.some((n) => HIDING_CLASS.has(n)) && !names.some((n) => SHOWING_CLASS.test(n));
}

/**
 * An accordion's or a "read more" box's panel, collapsed until the reader opens it: a toggle before it
 * names it (aria-controls) and it is hidden for now (the hidden attribute, display:none). It is part
 * of the page a reader reads, and is built as shown (the extractor reads the same attributes; a
 * hiding class goes too).
 */
function showCollapsed(attribs: Record<string, string>): void {
  if (attribs.hidden !== undefined) delete attribs.hidden;
  if (attribs.class && hiddenByClass(attribs.class)) attribs.class = attribs.class.split(/\s+/).filter((n) => !HIDING_CLASS.has(n)).join(' ');
  if (attribs.style && inlineStyle(attribs.style, 'display') === 'none') delete attribs.style;
}

/** A property of an inline style as JSDOMParser's Style reads it (the first declaration of that name). */
function inlineStyle(style: string, name: string): string | undefined {
  if (!style.includes(name)) return undefined;
  for (const declaration of style.split(';')) {
    const parts = declaration.split(':');
    if (parts[0].trim() === name) return parts[1]?.trim();
  }
  return undefined;
}

/** `html`: the page's text, whole or in pieces read one after another (lib/html/read/html-charset.ts). */
export function prunePage(html: string | readonly string[]): {
  document: JsdomDocument;
  meta: PageMetaRaw;
  /** `bodyOnly`: <head> left empty (PageDomBuilder.replay). */
  rebuild: (bodyOnly?: boolean) => JsdomDocument;
  tagNames: ReadonlySet<string>;
  /** The <h1>s of the tree as built (PageDomBuilder.outerH1s); null when streamed segments were moved into it. */
  outerH1s: readonly JsdomElement[] | null;
  release: (document: JsdomDocument) => void;
  /** The characters of the body's text (its textContent's length, whitespace included). */
  textChars: number;
  /** How many shown <article> and main boxes (<main>, role "main") the page builds, and the first ones' text (lib/html/article/html-article-container.ts). */
  boxes: ArticleBoxes;
  /** How many ruby readings were left out (RUBY_FALLBACK), and the first few. */
  rubyReadings: { count: number; examples: string[] };
  /** What of the body was not built, past MAX_ELEMENTS (lib/html/prune/html-dom.ts) and the text budget (lib/html/prune/text-budget.ts); `byNesting`: its text's weight by depth spent it. */
  unbuilt: { elements: number; chars: number; byNesting: boolean };
} {
  const meta: PageMetaRaw = { title: null, meta: new Map(), jsonLd: [], times: [], h1: [], bylines: [], stampTexts: [], lang: null, canonical: null };
  /** datePublished / dateModified microdata on elements other than <meta>, kept until the page is read (below). */
  const elementDates = new Map<string, string[]>();
  const boxes: ArticleBoxes = { article: 0, main: 0, articleChars: 0, mainChars: 0 };
  // The depth of the first <article> and the first main box while they are open (-1: not open).
  let articleAt = -1;
  let mainAt = -1;
  // The DOM is html > head (title, meta) + body, whatever the page's own nesting: stray <meta>
  // before <body> must not leave the content outside document.body.
  const dom = new PageDomBuilder();
  // Depth inside an element dropped with its content. The parser closes every element it opens
  // (implied ends included), so counting opens and closes inside one is exact.
  let dropDepth = 0;
  let dropRoot = '';
  // Open <ruby> elements; the last thing read in one (an <rp> open or closed, a reading left out); the
  // readings left out, the first few as examples: see RUBY_FALLBACK.
  let rubyDepth = 0;
  let lastInRuby: '' | 'rp-open' | 'rp' | 'bare-rt' = '';
  const rubyReadings = { count: 0, examples: [] as string[] };
  // The characters of text the body holds, as its textContent would count them.
  let textChars = 0;
  const budget = new TextBudget();
  // The ids of the panels the page's toggles open and close (aria-controls): see showCollapsed.
  const toggled = new Set<string>();
  // Whether the page has streamed segments or their placeholders (STREAMED_SEGMENT).
  let streamed = false;
  // The <main> elements found inside a dropped landmark (see LANDMARKS): each is built as if the
  // landmark had closed before it, and the landmark's drop goes on after it.
  const rescued: { dropDepth: number; dropRoot: string; depth: number }[] = [];
  let depth = 0;
  let jsonLd: string[] | null = null;
  let title: string[] | null = null;
  let h1: string[] | null = null;
  let h1Depth = 0;
  // A link to a place on the page inside the <h1> being read (where its runs start), and the last such
  // link whose whole text is a count ("12 Comments", "(12)"): a blog's comment count, cut if it ends the headline.
  let h1InPageLink = -1;
  let h1Count: { start: number; end: number } | null = null;
  const times: { datetime: string; text: string[] }[] = [];
  let inHead = false;
  // Depth inside an element no reader sees (hiddenElement): nothing of it is built, its text is still read.
  let hiddenDepth = 0;
  // Where the page's site brand is (lib/html/prune/html-site-brand.ts); whether the <h1> being read names the
  // site, and whether it is in the masthead (then it names the site only if it shows the logo: showsLogo).
  const brand = new SiteBrandWatch();
  let h1IsBrand = false;
  let h1InMasthead = false;
  // The byline element being read, and the depth inside it.
  let byline: string[] | null = null;
  let bylineDepth = 0;
  // Whether the byline element read is an aside, dropped with its content (its text is read all the same).
  let bylineInAside = false;
  // Whether the aside being dropped opened right after the headline, before any text under it.
  let asideUnderHeadline = false;
  /** Whether an element the page names for its byline can be read as one: none is being read, and fewer than MAX_BYLINES were. */
  const canReadByline = (attribs: Record<string, string>) => !byline && meta.bylines.length < MAX_BYLINES && namesByline(attribs);
  /** An aside (or an element inside one) is the byline: dropped with the aside, its text read as a byline element's. */
  const readBylineInAside = () => {
    byline = [];
    bylineDepth = 1;
    bylineInAside = true;
  };
  /** A tag opens inside the byline element being read: its parts go on lines of their own. */
  const bylineTagOpened = () => {
    if (!byline) return;
    bylineDepth++;
    byline.push('\n');
  };
  /** A tag closes inside the byline element being read; at the element's own end, its text is a byline. */
  const bylineTagClosed = () => {
    if (!byline) return;
    if (--bylineDepth > 0) return void byline.push('\n');
    const text = byline.join('').trim();
    if (text && text.length <= 300) meta.bylines.push(text);
    byline = null;
    bylineInAside = false;
  };
  // The element named for a date being read, and the depth inside it; how many texts after the <h1> are still read.
  const dateBoxes = new DateBoxes(MAX_STAMP_TEXT, MAX_STAMP_TEXTS);
  let textsAfterH1 = -1;
  // Depth inside a box of comments, related stories or share links, while texts after the <h1> are read.
  let otherBoxDepth = 0;
  // The text run being read after the <h1> (a run cut between pieces comes as several events): one
  // text between two tags.
  const nearHeadline: string[] = [];
  let labelBefore = '';
  // Before the headline: the elements around each text run and the last few runs (html-kicker.ts),
  // until the headline is read; the kicker lines taken when an <h1> opened, kept if it is the headline.
  let kicker: KickerWatch | null = new KickerWatch();
  const aboveHeadline: string[] = [];
  let kickerLines: string[] = [];
  const headings = new HeadingWatch(MAX_STAMP_TEXT, MAX_STAMP_TEXTS, TEXTS_AFTER_H1);
  const marked = new MarkedHeadlineWatch();
  const asideLabels = new AsideAuthorLabels();
  const footerTimes = new ArticleFooterTimes();
  // The texts after the <h1> as the raw-text cut would give them (lib/html/read/html-raw-text.ts cuts navigation,
  // asides, footers and inline SVG): a text one of those split ("One<svg>…</svg> two") is one line.
  const linesAfterH1: string[] = [];
  let sectionSplitRun: string | null = null;
  let tagsSinceSection = -1;
  let lastRunAfterH1 = '';
  const keepLineAfterH1 = (raw: string) => {
    const goesOn = sectionSplitRun !== null && tagsSinceSection === 1;
    const run = goesOn ? sectionSplitRun + raw : raw;
    const line = run.replace(/\s+/g, ' ').trim();
    if (goesOn) linesAfterH1[linesAfterH1.length - 1] = line;
    else linesAfterH1.push(line);
    sectionSplitRun = null;
    lastRunAfterH1 = run;
  };
  const endTextRun = () => {
    headings.endRun();
    asideLabels.endRun();
    if (aboveHeadline.length > 0) {
      kicker?.text(aboveHeadline.join('').replace(/\s+/g, ' ').trim(), MAX_STAMP_TEXT);
      aboveHeadline.length = 0;
    }
    if (nearHeadline.length === 0) return;
    const raw = nearHeadline.join('');
    const line = raw.replace(/\s+/g, ' ').trim();
    nearHeadline.length = 0;
    if (!line || textsAfterH1 <= 0) return;
    textsAfterH1--;
    keepLineAfterH1(raw);
    const read = textAfterHeading(line, labelBefore, MAX_STAMP_TEXT);
    labelBefore = read.label;
    if (read.dateLine && meta.stampTexts.length < MAX_STAMP_TEXTS) meta.stampTexts.push(read.dateLine);
  };

  // An element's end, as the parser reports it (implied ends included).
  const closeElement = (name: string, closing: number) => {
    dom.close();
    footerTimes.closed(name);
    kicker?.close();
    headings.close(name);
    marked.close(name);
    if (hiddenDepth > 0) hiddenDepth--;
    brand.close();
    if (name === 'script' && jsonLd) {
      meta.jsonLd.push(jsonLd.join(''));
      jsonLd = null;
    }
    if (dropDepth > 0) {
      if (bylineInAside) bylineTagClosed();
      // The section that split a text under the headline is closed: the text may go on after it.
      if (--dropDepth === 0 && SECTION_TAGS.has(dropRoot)) tagsSinceSection = 0;
      if (dropDepth === 0) asideLabels.close();
      return;
    }
    if (name === 'head') inHead = false;
    if (name === 'title') {
      if (title) {
        meta.title = title.join('').replace(/\s+/g, ' ').trim();
        title = null;
      }
      return;
    }
    if (h1 && name !== 'h1') h1.push(elementEdge(name));
    if (h1 && name === 'a' && h1InPageLink !== -1) {
      if (isCommentCount(h1.slice(h1InPageLink).join(''))) h1Count = { start: h1InPageLink, end: h1.length };
      h1InPageLink = -1;
    }
    if (name === 'h1' && h1Depth > 0) {
      h1Depth--;
      if (h1Depth === 0 && h1) {
        h1InMasthead = false;
        // Only a count after the headline's words and ending it: a link that is the whole heading stays.
        const shown = (runs: string[]) => runs.some((run) => /[^\s\u0001\u0002]/.test(run));
        if (h1Count && shown(h1.slice(0, h1Count.start)) && !shown(h1.slice(h1Count.end))) h1.length = h1Count.start;
        h1Count = null;
        const text = headingText(h1);
        if (text && !h1IsBrand) {
          meta.h1.push(text);
          (meta.h1Lines ??= []).push(hasBlockEdge(h1) ? headingLines(h1) : [text]);
        }
        if (text && !h1IsBrand && textsAfterH1 === -1) {
          textsAfterH1 = TEXTS_AFTER_H1;
          meta.stampTexts.push(...kickerLines.slice(0, MAX_STAMP_TEXTS));
          kicker = null;
        }
        h1 = null;
      }
    }
    if (otherBoxDepth > 0) otherBoxDepth--;
    if (dateBoxes.open)
      for (const line of dateBoxes.closed(closing))
        if (meta.stampTexts.length < MAX_STAMP_TEXTS) {
          meta.stampTexts.push(line);
          if (textsAfterH1 === 0) (meta.farBoxTexts ??= []).push(line);
        }
    bylineTagClosed();
    if (name === 'time') {
      const t = times.pop();
      if (t) meta.times.push({ datetime: t.datetime, text: t.text.join('').replace(/\s+/g, ' ').trim() });
    }
  };

  // The parser's events, read in order (the ruby brackets are read as text between them: see the parser below).
  const openTag = (name: string, attribs: Record<string, string>) => {
    // A section opened inside a text under the headline: the text goes on after it, as the cut gives it.
    const splitsRun = dropDepth === 0 && SECTION_TAGS.has(name) && textsAfterH1 > 0 && nearHeadline.length > 0;
    tagsSinceSection++;
    endTextRun();
    if (splitsRun) sectionSplitRun = lastRunAfterH1;
    depth++;
    // A tag with no place in the head opens the body, as a browser reads it (lib/html/prune/head-ends.ts).
    if (inHead && dropDepth === 0 && startTagEndsHead(name)) inHead = false;
    if (name === 'ruby') rubyDepth++;
    footerTimes.opened(name, attribs.datetime);
    if (dropDepth > 0 && LANDMARKS.has(dropRoot) && (name === 'main' || attribs.role === 'main')) {
      rescued.push({ dropDepth, dropRoot, depth });
      dropDepth = 0;
    }
    // Shown as the live page shows it, to the extractor too (it reads the attribute itself).
    if (attribs.hidden !== undefined && attribs.id && STREAMED_SEGMENT.test(attribs.id)) delete attribs.hidden;
    if (attribs['aria-controls']) for (const id of attribs['aria-controls'].split(/\s+/)) if (id) toggled.add(id);
    if (attribs.id && toggled.has(attribs.id) && !inHead && hiddenDepth === 0) showCollapsed(attribs);
    if (hiddenDepth > 0) hiddenDepth++;
    else if (!inHead && hiddenElement(attribs)) hiddenDepth = 1;
    brand.open(name, attribs, inHead, dropDepth > 0);
    if (h1InMasthead && showsLogo(name, attribs)) h1IsBrand = true;
    // The site's logo (just entered) or a menu, a side box, a footer: what came before is the masthead's.
    kicker?.open(name, attribs.role, brand.opensBrand() || LANDMARKS.has(name));
    // Until the headline's <h1>, a shown heading may be the headline (lib/html/headline/html-headings.ts).
    headings.open(name, !!kicker && !brand.inBrand() && hiddenDepth === 0 && dropDepth === 0 && !inHead, () => kicker?.above() ?? []);
    marked.open(name, attribs, !brand.inBrand() && hiddenDepth === 0 && dropDepth === 0 && !inHead);
    if (name === 'html' && attribs.lang) meta.lang = attribs.lang;
    if (name === 'head') inHead = true;
    if (name === 'body') inHead = false;
    if (name === 'meta') {
      const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase().trim();
      if (key && attribs.content !== undefined) {
        const list = meta.meta.get(key) ?? [];
        list.push(attribs.content);
        meta.meta.set(key, list);
      }
    }
    // Microdata on a shown element ("<div itemprop=datePublished content=2022-11-08T…>"): its content is the
    // field's value, as a <meta itemprop>'s; not in what is dropped (a side box's, a footer's other stories).
    else if (dropDepth === 0 && attribs.content !== undefined && attribs.itemprop && MICRODATA_DATE.test(attribs.itemprop)) {
      const key = attribs.itemprop.toLowerCase().trim();
      elementDates.set(key, [...(elementDates.get(key) ?? []), attribs.content]);
    }
    if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && !meta.canonical) meta.canonical = attribs.href;
    if (dropDepth > 0) {
      dropDepth++;
      if (bylineInAside) bylineTagOpened();
      // A byline element inside an aside right under the headline (a side column with the article's
      // date and author) goes with it, but its text is read as a byline element's, as an aside named
      // for the byline is. Further down, an aside's author is a book's or a widget's.
      else if (dropRoot === 'aside' && asideUnderHeadline && hiddenDepth === 0 && canReadByline(attribs)) readBylineInAside();
      dom.open(name, null, false, false);
      return;
    }
    if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) jsonLd = [];
    // A streamed segment's placeholder is built (an empty element) until the segment takes its place.
    const placeholder = name === 'template' && !!attribs.id && STREAMED_PLACEHOLDER.test(attribs.id);
    if (placeholder || (attribs.id && hiddenDepth === 0 && STREAMED_SEGMENT.test(attribs.id))) streamed = true;
    // A ruby's reading with no <rp> bracket before it, and a bracket after such a reading: see RUBY_FALLBACK.
    const bareReading = rubyDepth > 0 && ((name === 'rt' && lastInRuby !== 'rp') || (name === 'rp' && lastInRuby === 'bare-rt'));
    if (rubyDepth > 0) lastInRuby = bareReading && name === 'rt' ? 'bare-rt' : name === 'rp' ? 'rp-open' : '';
    if ((DROP_WITH_CONTENT.has(name) && !placeholder) || bareReading) {
      if (bareReading && name === 'rt' && ++rubyReadings.count <= RUBY_EXAMPLES) rubyReadings.examples.push('');
      dropDepth = 1;
      dropRoot = name;
      asideUnderHeadline = name === 'aside' && textsAfterH1 === TEXTS_AFTER_H1;
      // An aside the page marks as the byline's ("post-author") goes, but its text is read as a byline element's.
      if (name === 'aside' && !inHead && hiddenDepth === 0 && canReadByline(attribs)) readBylineInAside();
      dom.open(name, null, false, false);
      return;
    }
    if (name === 'title') {
      // Only the first <title> is the page's (some CMSs write two; an inline SVG has its own).
      const first = meta.title === null && !title;
      if (first) title = [];
      dom.open(name, null, true, first && hiddenDepth === 0);
      return;
    }
    if (h1 && name === 'a' && attribs.href?.startsWith('#')) h1InPageLink = h1.length;
    if (name === 'h1') {
      if (h1Depth === 0) {
        h1 = [];
        h1InPageLink = -1;
        h1Count = null;
        h1IsBrand = brand.h1IsBrand();
        h1InMasthead = brand.inBrand() && !h1IsBrand;
        // A masthead's <h1> may yet show the logo: the lines above it are read without being taken.
        if (kicker && !h1IsBrand) kickerLines = h1InMasthead ? kicker.above() : kicker.atHeadline();
      }
      h1Depth++;
    }
    // A line break or a block's edge inside a headline shows as a break between words, never as
    // words run together; so may an inline element's edge (lib/html/headline/heading-text.ts).
    if (h1 && name !== 'h1') h1.push(elementEdge(name));
    if (name === 'time') times.push({ datetime: attribs.datetime ?? '', text: [] });
    if (otherBoxDepth > 0) otherBoxDepth++;
    else if (textsAfterH1 > 0 && (attribs.class || attribs.id) && OTHER_BOX.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) otherBoxDepth = 1;
    if (dateBoxes.open || textsAfterH1 !== -1) dateBoxes.opened(depth, textsAfterH1 !== -1 && meta.stampTexts.length < MAX_STAMP_TEXTS && namesDateBox(attribs));
    if (byline) bylineTagOpened();
    else if (!inHead && meta.bylines.length < MAX_BYLINES && namesByline(attribs)) {
      byline = [];
      bylineDepth = 1;
    }
    const toHead = name === 'meta';
    const build =
      (hiddenDepth === 0 || toHead) && !DROP_TAG.has(name) && name !== 'html' && name !== 'head' && name !== 'body' && (!inHead || toHead) && isElementName(name);
    // The parser hands over only the attributes in KEEP_ATTR, in page order, in an object of the
    // prune pass's own. Of a link's address Readability reads only whether it is "#…" (in-page)
    // or "javascript:".
    if (build && attribs.href !== undefined) attribs.href = attribs.href.slice(0, HREF_KEPT);
    if (build && name === 'article') {
      if (boxes.article++ === 0) articleAt = depth;
    } else if (build && (name === 'main' || attribs.role === 'main')) {
      if (boxes.main++ === 0) mainAt = depth;
    }
    dom.open(name, build ? attribs : null, toHead, build);
  };
  const readText = (text: string) => {
    if (jsonLd) {
      jsonLd.push(text);
      return;
    }
    // Past the budget the body's text is neither built nor read for the page's fields.
    if (!inHead && !(text = budget.take(text, Math.min(depth, MAX_DEPTH)))) return;
    footerTimes.text(text);
    if (rubyDepth > 0 && /\S/.test(text)) lastInRuby = dropDepth > 0 && dropRoot === 'rt' ? 'bare-rt' : lastInRuby === 'rp-open' ? 'rp-open' : '';
    if (dropDepth > 0) {
      if (bylineInAside && byline && hiddenDepth === 0) byline.push(text);
      else if (dropRoot === 'rt' && rubyReadings.count <= RUBY_EXAMPLES) rubyReadings.examples[rubyReadings.count - 1] += text;
      if (dropRoot === 'aside' && hiddenDepth === 0 && !inHead) asideLabels.text(text);
      return;
    }
    if (title) title.push(text);
    if (h1) h1.push(text);
    for (const t of times) t.text.push(text);
    if (byline) byline.push(text);
    if (hiddenDepth === 0) {
      headings.text(text);
      marked.text(text);
      if (dateBoxes.open) dateBoxes.text(text);
      else if (textsAfterH1 > 0 && otherBoxDepth === 0) nearHeadline.push(text);
      else if (kicker && !brand.inBrand() && !h1 && !inHead) aboveHeadline.push(text);
    }
    if (hiddenDepth === 0 && (title || !inHead)) {
      dom.text(text);
      if (!inHead) textChars += text.length;
      if (articleAt !== -1) boxes.articleChars += text.length;
      if (mainAt !== -1) boxes.mainChars += text.length;
    }
  };
  const closeTag = (name: string) => {
    tagsSinceSection++;
    endTextRun();
    const closing = depth--;
    if (name === 'ruby' && rubyDepth > 0) rubyDepth--;
    else if (rubyDepth > 0 && name === 'rp' && lastInRuby === 'rp-open') lastInRuby = 'rp';
    if (closing === articleAt) articleAt = -1;
    if (closing === mainAt) mainAt = -1;
    closeElement(name, closing);
    const rescue = rescued[rescued.length - 1];
    if (rescue && rescue.depth === closing) {
      rescued.pop();
      dropDepth = rescue.dropDepth;
      dropRoot = rescue.dropRoot;
    }
  };

  const parser = new KeptAttributesParser(
    {
      onopentag: openTag,
      ontext: readText,
      onclosetag: closeTag,
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: ScriptDataTokenizer },
    // Every attribute read here (the metadata's and hiddenElement's included) is one the DOM keeps.
    KEEP_ATTR,
  );
  // A run of text or an attribute's value cut between two pieces comes as two events, joined as one
  // (the DOM's text nodes, the metadata's texts; htmlparser2 joins an attribute's value itself).
  if (typeof html === 'string') parser.write(html);
  else for (const piece of html) parser.write(piece);
  parser.end();
  endTextRun();
  meta.times.push(...footerTimes.found);
  if (headings.found.length) meta.headings = headings.found;
  if (marked.found) meta.markedHeadline = marked.found;
  if (asideLabels.found.length) meta.asideAuthorLabels = asideLabels.found;
  // The parser keeps the pieces it read until it is reset (see lib/html/prune/html-dom.ts, releaseTree, for why
  // it is done now).
  parser.reset();
  const finish = (document: JsdomDocument) => {
    document.title = meta.title ?? '';
    if (meta.lang) document.documentElement.setAttribute('lang', meta.lang);
    if (streamed) placeStreamedSegments(document.body);
    return document;
  };
  // The page as first built, again: the same builder calls replayed, no second parse (html-dom.ts).
  // `release`: the page is read; its tree and the builder's calls are let go (lib/html/prune/html-dom.ts).
  const release = (document: JsdomDocument) => {
    dom.release();
    releaseTree(document);
  };
  if (linesAfterH1.length) meta.linesAfterH1 = linesAfterH1;
  // Elements' microdata dates count only when they agree on the day: cards of other stories each carry
  // their own datePublished (on the metadata set, a list of them dated a page by its newest teaser).
  for (const [key, values] of elementDates) {
    if (values.every((v) => v.trim().slice(0, 10) === values[0].trim().slice(0, 10))) meta.meta.set(key, [...(meta.meta.get(key) ?? []), values[0]]);
  }
  // The streamed segments moved into their placeholders' places: the builder's <h1>s may no longer be the tree's, in its order.
  const outerH1s = streamed ? null : dom.outerH1s;
  return { document: finish(dom.document), meta, rebuild: (bodyOnly = false) => finish(dom.replay(bodyOnly)), tagNames: dom.tagNames, outerH1s, release, textChars, boxes, rubyReadings, unbuilt: { elements: dom.unbuilt, chars: budget.unread, byNesting: budget.spentByNesting } };
}

/**
 * A small page that takes the parser through every state a real page can (doctype, comments, CDATA,
 * bogus tags, named, numeric and broken entities in text and in attribute values, quoted and bare
 * attributes, raw-text elements, a script's escapes, self-closing tags) and this pass through every branch (metadata,
 * byline and date boxes, hidden and collapsed elements, landmarks, streamed segments).
 */
export const WARM_UP_PAGE = `<!DOCTYPE html><?xml version="1.0"?><html lang=en><head><meta charset="utf-8"><meta property="og:title" content="A &amp; B"><title>T &amp; t</title><link rel=canonical href="https://x/y?a=1&b=2"><style>a{}</style><script>if (a<b && c>d) {}</script><script><!--<script></script>--></script><script type="application/ld+json">{"a":"b &amp;"}</script></head>
<body class='x' data-x=1><!-- c --><!----><!x><![CDATA[x]]><header class="site-logo"><h1>Site</h1></header><nav><a href=#>m</a></nav><article><h1 class=title>Head &amp; line<br>two</h1><time datetime="2020-01-01">1 Jan 2020</time><div class="byline author">By <a rel=author href="/a">Jane</a></div><div class="post-date">Posted 2020</div>
<p id="a" title='b' c=d e hidden>x &amp; &#169; &#xA9; &copy &notanentity; &; &#; &#x; a<b a < b &lt;</p><p style="display:none">h</p><div aria-hidden="true">h</div><button aria-controls="p1">o</button><div id=p1 style="display: none">panel</div>
<br/><img src=x /><input value="&quot;"><textarea>a<b</textarea><xmp>x</xmp><svg><path d="M0"/></svg></ p></div></3><3 <a href="javascript:void(0)" onclick='x()'>l</a><table><tr><td>1<td>2</table><ul><li>a<li>b</ul><o:p>w</o:p><template id="B:1"></template><div hidden id="S:1">s</div></article><aside>a</aside><footer>f</footer></body></html>`;

/**
 * Read once when the module loads, its result dropped. The tokenizer's state loop is one large
 * function that V8 optimises as soon as the first page makes it hot, with type feedback only for the
 * states that page reached; each state a later page reaches first throws the optimised code away,
 * and it is optimised again (ten times over the benchmark's 307 pages, the costliest recompilation of
 * the HTML path). With every state seen once first, it is optimised once. About 15 ms of CPU, once
 * per thread, most of it compiling functions the first page would compile anyway.
 */
prunePage(WARM_UP_PAGE);
prunePage([WARM_UP_PAGE.slice(0, 500), WARM_UP_PAGE.slice(500)]);

/**
 * A link's text that is only a count, perhaps with one word after it or in brackets: "12 Comments",
 * "(12)", "12", "3 条评论". Control characters are the heading's element edges (lib/html/headline/heading-text.ts).
 */
const COMMENT_COUNT = /^\(?\d[\d,.]*\)?(?:\s*\p{L}+)?$/u;
function isCommentCount(runs: string): boolean {
  const text = runs.replace(/[\u0001\u0002]/g, '').trim();
  return text.length <= 40 && COMMENT_COUNT.test(text);
}
