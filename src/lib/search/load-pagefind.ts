/**
 * Loads Pagefind in the browser: the main (English) index, then the index of each language written
 * without spaces (segmented-languages.ts), merged so one query searches them all. Pagefind cuts the
 * query into words for a merged index of Chinese or Japanese, and not for the English one.
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
  return module;
}
