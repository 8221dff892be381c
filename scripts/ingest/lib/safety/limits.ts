/**
 * What one article may take, so that no single seed can exhaust the build: a file of 50,000 short
 * lines made 50,000 paragraph anchors and needed 10 GB to build. Real news articles stay far below
 * every cap (the longest seen have ~200 paragraphs and ~1,000 sentences); what a cap cuts is
 * reported (`text-cap` for characters or lines, `paragraph-cap`, `sentence-cap`, `figure-cap`), never dropped silently.
 */
export const MAX_TEXT_CHARS = 2_000_000;
/**
 * Bytes of one seed file read at most (and one more, to tell a file past it): a saved page with its
 * images inline (MHTML) runs to tens of MB, no article to a hundred. A larger file is skipped with a
 * reason, never read to its end (seed-files.ts readSeedBytes), however it grows while it is read.
 */
export const MAX_SEED_BYTES = 100_000_000;
/** Lines read (the page-chrome and repeat rules compare lines with their neighbours and each other). */
export const MAX_LINES = 5_000;
export const MAX_PARAGRAPHS = 1_000;
export const MAX_SENTENCES = 5_000;
export const MAX_FIGURES = 500;
/**
 * An article has some text: a paragraph of MIN_WORDS_FOR_TEXT words, or a sentence of at least
 * MIN_WORDS_FOR_SENTENCE words ending like one. A file of only page chrome ("Share / Print / E-mail")
 * has neither and is skipped with "no article text".
 */
export const MIN_WORDS_FOR_TEXT = 8;
export const MIN_WORDS_FOR_SENTENCE = 3;
