/**
 * Loads Pagefind in the browser: the main (English) index, then the index of each language written
 * without spaces (segmented-languages.ts), merged so one query searches them all. Pagefind cuts the
 * query into words for a merged index of Chinese or Japanese, and not for the English one.
 *
 * A query that mixes such words with others ("ITER 核聚变") must find the pages that hold every word.
 * Pagefind searches each index on its own and leaves out a word its index has nowhere ("best effort"),
 * so the English index answered "ITER" alone and the Chinese one "核聚变" alone. For such a query,
 * each run of one kind of script is searched on its own too, and only the pages found for every run
 * are kept, in the order of the whole query's results. Queries of one kind of script are Pagefind's own.
 *
 * Self-contained on purpose (no imports, names repeated as literals): tests run this very function
 * in Chromium through page.evaluate.
 */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<unknown>;
  search(query: string, options?: object): Promise<unknown>;
}

export async function loadPagefind({ base, options }: { base: string; options: Record<string, unknown> }): Promise<PagefindModule> {
  const bundle = `${base}pagefind/`;
  const module: PagefindModule = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
  await module.options(options);
  await module.init();
  const listed = await fetch(`${bundle}segmented-languages.json`);
  const languages: string[] = listed.ok ? (await listed.json()).languages : [];
  for (const language of languages) await module.mergeIndex(`${bundle}segmented/`, { ...options, language });

  type Found = { results: { id: string }[] } | null;
  // Runs of the scripts written without spaces (Han, kana, Thai), and runs of anything else but spaces.
  const unspaced = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\u30FC';
  const runs = (query: string) =>
    (query.match(new RegExp(`[${unspaced}]+|[^\\s${unspaced}]+`, 'gu')) ?? []).filter((run) => /[\p{L}\p{N}]/u.test(run));
  const mixed = (parts: string[]) => parts.length > 1 && parts.some((run) => new RegExp(`[${unspaced}]`, 'u').test(run));
  async function everyRun(found: Found, query: string, searchOptions?: object): Promise<Found> {
    const parts = runs(query);
    if (!found || !mixed(parts)) return found;
    const pagesOfRuns = await Promise.all(parts.map(async (run) => new Set(((await module.search(run, searchOptions)) as Found)?.results.map((r) => r.id))));
    return { ...found, results: found.results.filter((r) => pagesOfRuns.every((pages) => pages.has(r.id))) };
  }
  return {
    options: module.options,
    init: module.init,
    mergeIndex: module.mergeIndex,
    search: async (query, searchOptions) => everyRun((await module.search(query, searchOptions)) as Found, query, searchOptions),
    debouncedSearch: async (query, searchOptions, wait) => everyRun((await module.debouncedSearch(query, searchOptions, wait)) as Found, query, searchOptions),
  };
}
