/**
 * Languages written without spaces between words (Chinese, Japanese, Thai). Pagefind cuts their text
 * into words only in an index of that language, and cuts a query into words only when it searches
 * such an index (Intl.Segmenter in the browser). One English index over them holds a whole clause as
 * one "word", so a compound like 海洋観測 inside it is never found. Pages in these languages therefore
 * get an index of their own (scripts/search-index.ts), merged into every search (load-pagefind.ts).
 */
export const segmentedLanguages = ['zh', 'ja', 'th'] as const;

/** Where the second bundle lives, under the main one: Pagefind refuses to merge its own path. */
export const segmentedBundleDir = 'segmented';
/** Lists the languages present in the second bundle, so the browser merges only those (no 404). */
export const segmentedListFile = 'segmented-languages.json';

/** The page's text language as a page marks it for search (`data-search-lang` on its indexed body), if it needs segmenting. */
export function segmentedLanguageOf(html: string): string | undefined {
  const lang = /\bdata-search-lang="([A-Za-z]{2,3})(?:-[A-Za-z0-9-]{1,20})?"/.exec(html)?.[1]?.toLowerCase();
  return lang && (segmentedLanguages as readonly string[]).includes(lang) ? lang : undefined;
}
