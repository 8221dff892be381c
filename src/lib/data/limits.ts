/**
 * How much the aggregated pages list before sending the reader to a fuller page. Chosen so that the
 * overview pages stay within their size budget (≤ 30 KB gzip) at 10,000 articles.
 */
/** Entries (events and mentioned dates) listed on a timeline overview; the rest are on month pages. */
export const LIST_LIMIT = 30;
/** Most-reported events named under each month on a year's page; the month's page lists all. */
export const MONTH_TOP_EVENTS = 3;
/** Most-reported events named under each third of a month on the month's page; the part's own page lists all. */
export const PART_TOP_EVENTS = 3;
/** Undated reports listed on an overview before linking to /timeline/undated/. */
export const UNDATED_LIMIT = 10;
/** Quoted sentences per topic page. */
export const EXCERPT_LIMIT = 12;
/** Articles listed on a topic page before linking to the topic's per-year timeline pages. */
export const TOPIC_ARTICLE_LIMIT = 25;
/** Latest events on the home page. */
export const HOME_EVENTS = 5;
/** Statements per series in the tables of /figures/; all are on /figures/<series>/. */
export const FIGURE_TABLE_LIMIT = 8;
/** Quoted passages (a paragraph's quoted sentences) on a person's page, the latest; all their reports are listed below. */
export const PERSON_QUOTE_LIMIT = 60;
/** Measures (series) summarised on a topic page, most stated first. */
export const TOPIC_FIGURE_LIMIT = 10;
/** Points a figure chart draws one by one; above this it draws one dot and range per month. */
export const FIGURE_DETAIL_LIMIT = 60;
/** Statements a series page lists itself; above this it lists them on one page per year. */
export const FIGURE_PAGE_LIMIT = 200;
/** People per page of the people index; the rest are on /people/2/, /people/3/ … */
export const PEOPLE_PAGE_SIZE = 200;
/** Reports listed on a person's page, the latest; above this the others are listed by year on /people/<slug>/<year>/. */
export const PERSON_REPORT_LIMIT = 50;
/** Measures per page of the figures index, and of those at most this many drawn as a chart. */
export const FIGURE_INDEX_SERIES = 40;
export const FIGURE_INDEX_CHARTS = 10;
/** Other reports of the same event listed on an article's page; the event's month page lists them all. */
export const ARTICLE_SIBLING_LIMIT = 20;
