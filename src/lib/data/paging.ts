/**
 * Lists that grow with the corpus, cut into numbered pages so that no page grows without bound:
 * `/people/` is page 1, `/people/2/`, `/people/3/` … the rest. Every item is on exactly one page and
 * every page links to all the others, so everything stays a link or two away.
 *
 * Page numbers are plain numbers, which no slug of a person, a measure or a topic is (their slugs
 * are made of words, or `u-<hash>`), so numbered pages share their section's folder with the items'
 * own pages.
 */

/** Items cut into pages of `size`, in their order; one (maybe empty) page at least. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new Error(`page size must be at least 1, not ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * Pages that hold at most `limit` items in all and at most `heavyLimit` heavy ones (a chart, say),
 * in order: for lists whose items weigh very differently.
 */
export function pagesByWeight<T>(items: readonly T[], limit: number, heavyLimit: number, isHeavy: (item: T) => boolean): T[][] {
  const pages: T[][] = [[]];
  let heavy = 0;
  for (const item of items) {
    let page = pages[pages.length - 1];
    const h = isHeavy(item);
    if (page.length >= limit || (h && heavy >= heavyLimit)) {
      page = [];
      pages.push(page);
      heavy = 0;
    }
    page.push(item);
    if (h) heavy++;
  }
  return pages;
}

/** A numbered page's path segment: none for page 1 (the section's own address), `2/` for page 2. */
export const pageSuffix = (page: number) => (page === 1 ? '' : `${page}/`);

/** Whether a slug is a page number, which the numbered pages use: a person or a measure never has one. */
export const isPageNumber = (slug: string) => /^\d+$/.test(slug);

/** Fails the build when an item's slug would take a numbered page's address. */
export function assertNoPageNumbers(section: string, slugs: Iterable<string>): void {
  for (const slug of slugs) {
    if (isPageNumber(slug)) throw new Error(`${section}: the slug "${slug}" is a number, the address of a numbered page of ${section}`);
  }
}
