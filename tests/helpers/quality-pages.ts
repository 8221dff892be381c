/**
 * Which pages the browser checks visit. Static checks read every page; a browser visit costs about a
 * second, so at corpus scale the browser sees every kind of page instead of every page: each
 * top-level page, every topic page, and the first and last page of each kind that grows with the
 * corpus (articles, people, years, …).
 */

/** `articles/x/index.html` → `articles/*`; `timeline/index.html` → `timeline`; `index.html` → `` */
export function pageKind(file: string): string {
  const segments = file.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (segments.length === 0) return '';
  if (segments.length === 1) return segments[0].replace(/\.html$/, '');
  return `${segments[0]}/*`;
}

/** Kinds whose every page is visited: there are few of them and each reads differently. */
const visitAll = new Set(['topics/*']);

export function representativePages(htmlFiles: string[]): string[] {
  const byKind = new Map<string, string[]>();
  for (const file of [...htmlFiles].sort()) {
    const kind = pageKind(file);
    byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
  }
  const chosen: string[] = [];
  for (const [kind, files] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    chosen.push(...(visitAll.has(kind) || files.length <= 2 ? files : [files[0], files[files.length - 1]]));
  }
  return chosen;
}
