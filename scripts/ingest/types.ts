/**
 * The article record that flows through the ingest stages. Each stage is a pure function
 * `(record, report) => record` that fills in more fields and logs what it removed or inferred.
 */
import type { NumericOrder } from './lib/dates/dates.ts';
import type { ArticleFrontmatter } from '../../src/schema.ts';

export type StageName =
  | 'files'
  | 'decode'
  | 'html'
  | 'segment'
  | 'main-text'
  | 'clean'
  | 'dedupe'
  | 'metadata'
  | 'topics'
  | 'people'
  | 'figures'
  | 'events'
  | 'mentions'
  | 'emit';

/**
 * How a saved page shows a line beyond its kind: set by the html stage on its blocks
 * (lib/html/article/html-blocks.ts), carried on the stage's units and matched onto the article's
 * paragraphs by exact text (lib/html/article/shown-kinds.ts), where emit shows them (stages/emit.ts).
 * Every other stage reads such a line as a paragraph. Text seeds set none of them.
 */
export interface ShownShape {
  /** A data table row's cells, in order, as its text joins them (" | "); `headerRow` when every cell is a header cell (<th>). */
  cells?: string[];
  headerRow?: true;
  /** An item of a numbered list (<ol>): shown in an <ol>. */
  ordered?: true;
  /** A heading's level in the page: 1 to 6 for <h1> to <h6>, 7 for a table's <caption>; the article's highest is shown as <h2>, the deeper ones as <h3>. */
  level?: number;
  /** Inside a <blockquote>: shown in a quote; `quoteStart` on a quote's first line (a new quote under another). */
  quoted?: true;
  quoteStart?: true;
  /** An item's number as the page shows it (an <ol>'s `start`, `reversed`, an <li>'s `value`: list-numbers.ts); the list shows it too. */
  number?: number;
  /** A <pre> line as written, its spaces, tabs and line breaks kept, when it differs from `text` only by spacing (verbatim-lines.ts). */
  verbatim?: string;
  /**
   * The list items (<li>, <dt>, <dd>) the line is in, outermost first, whatever its kind: a paragraph of an
   * <li>, a line of an <li> split by <br>, an item of a list nested in another's item. Shown inside them,
   * one <li> per item however many lines it holds.
   */
  listPath?: readonly ListStep[];
}

/** A line of the source after decoding, with where it sits on the page. */
export interface Unit extends ShownShape {
  text: string;
  /** header: before the first body paragraph; body; footer: after the last one. */
  zone: 'header' | 'body' | 'footer';
  /** Not article text, by main-text detection: why (removed after the named chrome rules ran). */
  furniture?: string;
  /**
   * A block of the article's markup (html stage) that is a heading, a list item or a paragraph with no
   * link in it: a line the page writes, never a button or a link under each item (dedupe.ts keeps
   * every copy of such a short line, as the template of a guide repeats its labels and values).
   */
  writtenLine?: true;
  /** What the page's markup made the line (html stage only): a sub-heading, a list item, a data table's row. The article shows it as one (stages/emit.ts). */
  kind?: ShownKind;
}

/**
 * One list item a saved page's line is in (lib/html/article/html-blocks.ts): the article shows the
 * lines of one item in one <li> (<dt>, <dd>), its paragraphs inside it, its number once (stages/emit.ts).
 */
export interface ListStep {
  /** The list (<ol>, <ul>, <dl>) and the item, numbered in the page's order; list 0: an item outside any list. */
  list: number;
  item: number;
  /** The item's element: an <li> of a numbered or a bulleted list, a definition list's term or description. */
  as: 'ol' | 'ul' | 'dt' | 'dd';
  /** A numbered item's number as the page shows it (list-numbers.ts). */
  number?: number;
  /** A <blockquote> holds the list (the list is quoted, not what its item says): set inside the item before it, or at the top. */
  quoted?: true;
}

/**
 * The kinds of line a saved page's article is shown as besides a paragraph: its sub-headings, list items,
 * data tables' rows, preformatted text and pictures' captions (`caption`: shown where the picture stood,
 * never read as prose: lib/html/article/picture-captions.ts).
 */
export type ShownKind = 'heading' | 'item' | 'row' | 'pre' | 'caption';

/** Facts found in header lines (or the dateline), before any choice is made. */
export interface HeaderFacts {
  /** The page's language (BCP-47), as detected from its text. */
  lang: string;
  /** The order the page settles for its numeric dates with two readings ("8/1/2025"), if it does (lib/dates/dates.ts). */
  numericOrder?: NumericOrder | null;
  titleCandidates: string[];
  /** The headline main-text detection found above the article, if any. */
  headline?: string;
  /** Header lines without a headline's shape (a widget's label, a byline, a masthead): never the title, when no headline was found. */
  notHeadlines?: string[];
  /** Date stamps as written, e.g. "2023-02-24 16:37:45", "Published: 14 March 2021". */
  stamps: string[];
  /** Stamps found under the article (a comment's, a related story's date, or the article's own footer). */
  footerStamps?: string[];
  /** Labelled stamps ("Published: …") far above the article's header or inside its text, read without changing the line. */
  labelledStamps?: string[];
  /**
   * When no other stamp was found (stages/segment.ts), a row of the post's fields run together under the
   * article, or else the page's only dated line in a stamp's shape: weighed last.
   */
  lastResortStamp?: string;
  /** The earliest day the page's comments are dated (lib/dates/comment-dates.ts): an update after it is no publication day. */
  earliestCommentDay?: string;
  sources: string[]; // "Source: X"
  bylines: string[]; // "By X"
  editors: string[]; // "Editor: X"
  /** Outlet names stated by the page itself: print-edition notes, title suffixes, copyright lines. */
  outletHints: { outlet: string; rule: string; evidence: string }[];
  /** Summary bullets under the headline. */
  standfirst: string[];
}

export interface Paragraph extends ShownShape {
  id: string; // p-1, p-2, … in reading order
  text: string;
  sentences: string[];
  /** "Wang Zhigang:" alone on a line introduces what that speaker says next. */
  speakerLabel?: string;
  /** A saved page's sub-heading, list item or table row, kept as one on the article's page (lib/html/article/shown-kinds.ts); else a paragraph. */
  kind?: ShownKind;
}

export interface Quote {
  person: string; // slug
  paragraph: string;
  sentence: string;
  /** `direct`: the speaker's own words (in quotation marks, or a transcript's answer); `reported`: the writer's. */
  kind: 'direct' | 'reported';
}

export interface PersonFound {
  slug: string;
  name: string;
  role: string | null;
}

export interface FigureFound {
  key: string; // what is counted, normalised: groups claims into a series
  label: string;
  unit: string;
  value: number;
  upper: number | null;
  qualifier: string | null;
  text: string;
  paragraph: string;
  sentence: string;
  speaker: string | null;
}

export interface TopicExcerpt {
  topic: string;
  paragraph: string;
  sentence: string;
  match: string;
}

export interface DateFound {
  date: string;
  precision: 'day' | 'month' | 'year';
  source: 'explicit' | 'dateline' | 'metadata' | 'url' | 'page-text' | 'update' | 'inferred';
  evidence: string;
}

export interface ArticleRecord {
  seed: string;
  /** sha256 of the raw bytes: the cache key. */
  hash: string;
  paragraphs: Paragraph[];
  title: string;
  /** BCP-47 code of the article's language, null when the text is too short to tell. */
  lang: string | null;
  outlet: string | null;
  author: string | null;
  editor: string | null;
  /** The article's own date (stamp or dateline); an inferred one is set by the events stage. */
  date: DateFound | null;
  published: string | null;
  /** When the page says it was last changed (HTML metadata), kept apart from the news date. */
  dateModified?: string | null;
  /** Weekdays the article gives for its news ("said on Friday"): lowercase English names. */
  newsWeekdays: string[];
  topics: string[];
  excerpts: TopicExcerpt[];
  people: PersonFound[];
  quotes: Quote[];
  figures: FigureFound[];
}

/**
 * What the corpus stages (slugs, events) need of an article. Kept between runs for every seed
 * (.cache/ingest/seeds.jsonl), so that a re-run places 10,000 articles without reading any body
 * again; hence as small as it can be.
 */
export interface PlacementInput {
  seed: string;
  title: string;
  /** articleSlug(title, outlet), made once in the per-article stages. */
  titleSlug: string;
  /** The article's own date (stamp or dateline); an inferred one is set by the events stage. */
  date: DateFound | null;
  outlet: string | null;
  topics: string[];
  /** Slugs of the people who speak. */
  speakers: string[];
  newsWeekdays: string[];
}

/** What the frontmatter needs beyond placement: read from the article's cached outcome when it is written. */
export interface ArticleSummary extends PlacementInput {
  author: string | null;
  editor: string | null;
  published: string | null;
  dateModified?: string | null;
  people: PersonFound[];
  paragraphCount: number;
  wordCount: number;
  /** First sentence of the body, for lists and meta descriptions. */
  summary: string;
  lang: string | null;
}

/** An article placed in the corpus: its slug, its event, and the date a sibling report gave it. */
export interface ArticleOut extends PlacementInput {
  slug: string;
  event: string | null;
  datedFrom: string | null;
}

export type Frontmatter = ArticleFrontmatter;
