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

const unspacedLetter = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const kana = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const thai = /\p{sc=Thai}/u;

/**
 * The language to index a page in when its indexed text is its own words rather than an article's (a
 * person's name and roles, a topic's name and introduction): one written without spaces when at least
 * half of the text's letters are of such a script. `hint` is a language the page's sources are in
 * (the person's reports); used when it is one of these, else the script says it (kana: Japanese,
 * Thai: Thai, Han alone: Chinese). English text, and Korean (written with spaces), stay in the main index.
 */
export function segmentedLanguageOfText(text: string, hint?: string): string | undefined {
  let letters = 0;
  let unspaced = 0;
  let kanaSeen = false;
  let thaiSeen = false;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (!unspacedLetter.test(ch)) continue;
    unspaced++;
    kanaSeen ||= kana.test(ch);
    thaiSeen ||= thai.test(ch);
  }
  if (letters === 0 || unspaced * 2 < letters) return undefined;
  const hinted = hint?.split('-')[0].toLowerCase();
  if (hinted && (segmentedLanguages as readonly string[]).includes(hinted)) return hinted;
  return kanaSeen ? 'ja' : thaiSeen ? 'th' : 'zh';
}
