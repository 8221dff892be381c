/**
 * How far above the article's first paragraph its header reaches (headline, byline, stamp): shared
 * by the stage's core (../../main-text.ts, which exports it to segment) and the rules that look for
 * a byline or a stamp over the article.
 */

/** How many lines above the article's first paragraph can still be its header (headline, byline, stamp). */
export const HEADER_WINDOW = 12;
