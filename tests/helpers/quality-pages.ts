/**
 * Which pages the browser checks visit. Static checks read every page; a browser visit costs about a
 * second, so at corpus scale the browser sees every kind of page instead of every page: each
 * top-level page, every topic page, and the first and last page of each kind that grows with the
 * corpus (articles, people, years, …).
 */

/**
 * `articles/x/index.html` → `articles/*`; `timeline/index.html` → `timeline`; `index.html` → ``.
 * Depth tells kinds apart under one folder: a year (`timeline/2021/`), a month (`timeline/2021/03/`)
 * and a topic's month (`timeline/iter/2021/03/`) are three kinds, with one `*` per level.
 */
export function pageKind(file: string): string {
  const segments = file.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (segments.length === 0) return '';
  if (segments.length === 1) return segments[0].replace(/\.html$/, '');
  return [segments[0], ...segments.slice(1).map(() => '*')].join('/');
}

function groupByKind(htmlFiles: string[]): Map<string, string[]> {
  const byKind = new Map<string, string[]>();
  for (const file of [...htmlFiles].sort()) {
    const kind = pageKind(file);
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind)!.push(file);
  }
  return byKind;
}

/** Kinds whose every page is visited: there are few of them and each reads differently. */
const visitAll = new Set(['topics/*']);

export function representativePages(htmlFiles: string[]): string[] {
  const byKind = groupByKind(htmlFiles);
  const chosen: string[] = [];
  for (const [kind, files] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    chosen.push(...(visitAll.has(kind) || files.length <= 2 ? files : [files[0], files[files.length - 1]]));
  }
  return chosen;
}

/** `count` items spread evenly over the list, first and last included. */
export function spreadEvenly<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  if (count <= 1) return items.slice(0, count);
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]);
}

/**
 * Pages for html-validate, which costs tens of milliseconds a page: all of them up to `budget`;
 * beyond that (a corpus of thousands of articles) every page of the small kinds, and an even spread
 * over the kinds that grow with the corpus, which share one template each.
 */
export function pagesToValidate(htmlFiles: string[], budget = 800): string[] {
  if (htmlFiles.length <= budget) return htmlFiles;
  const byKind = groupByKind(htmlFiles);
  const small = [...byKind.values()].filter((files) => files.length <= 20);
  const large = [...byKind.values()].filter((files) => files.length > 20);
  const left = Math.max(budget - small.flat().length, large.length * 20);
  const total = large.reduce((n, files) => n + files.length, 0);
  return [...small.flat(), ...large.flatMap((files) => spreadEvenly(files, Math.max(20, Math.floor((left * files.length) / total))))].sort();
}
