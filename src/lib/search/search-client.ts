/**
 * Browser side of the search box (src/components/SearchBox.astro). Runs only in the browser, and only
 * once the reader focuses a box (or opens /search/?q=…): SearchBox's own script, the only one a page
 * loads on open, imports this module then. Pagefind (pagefind.js, its WebAssembly and index chunks)
 * is fetched at the same moment, never on page load.
 *
 * On the search page (a form with data-page) the query lives in the address: /search/?q=ITER shows
 * the results for ITER on load, and the address follows as the reader types (history.replaceState,
 * so Back still leaves the page), which makes any search a link to share.
 */

import type { ExcerptPart, ExcerptSource } from './search-excerpt';
import { loadPagefind, type PagefindModule } from './load-pagefind';

interface PagefindResultData extends ExcerptSource {
  url: string;
  meta: { title?: string; kind?: string };
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
const excerptWords = 24;
let pagefind: Promise<PagefindModule> | undefined;
// The excerpt builder is loaded with Pagefind, not with the page: it keeps the JavaScript on open small.
let excerpts: Promise<typeof import('./search-excerpt')> | undefined;
const loadExcerpts = () => (excerpts ??= import('./search-excerpt'));

export function enableSearch(form: HTMLFormElement) {
  const input = form.querySelector('input')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const list = form.querySelector<HTMLOListElement>('ol')!;
  const base = form.dataset.base ?? '/';
  const onPage = form.dataset.page !== undefined;
  const maxResults = onPage ? 30 : 8;

  // Pagefind indexes pages by their path inside dist/; baseUrl puts the site's base path back in front.
  const load = () => (pagefind ??= loadPagefind({ base, options: { baseUrl: base, excerptLength: excerptWords } }));

  async function search() {
    const query = input.value.trim();
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    let found: PagefindSearch | null;
    try {
      found = (await (await load()).debouncedSearch(query, {}, 200)) as PagefindSearch | null;
    } catch {
      status.textContent = 'Search is unavailable right now.';
      return;
    }
    if (found === null) return; // a newer keystroke superseded this search
    const [results, { excerptParts }] = await Promise.all([
      Promise.all(found.results.slice(0, maxResults).map((result) => result.data())),
      loadExcerpts(),
    ]);
    if (input.value.trim() !== query) return;
    const count = found.results.length;
    status.textContent =
      count === 0 ? `Nothing matches “${query}”.` : `${count} page${count === 1 ? '' : 's'} match “${query}”${count > maxResults ? `; the first ${maxResults}:` : '.'}`;
    list.replaceChildren(...results.map((result) => resultItem(result, excerptParts(result, excerptWords))));
  }

  /** The address says what is searched, so it can be shared; replaceState adds no history entry per key. */
  function keepAddress() {
    const url = new URL(location.href);
    const query = input.value.trim();
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  void Promise.all([load(), loadExcerpts()]).catch(() => {});
  input.addEventListener('input', () => {
    void search();
    if (onPage) keepAddress();
  });
  form.addEventListener('submit', (event) => {
    // On the search page the results are already here; from the header, Enter opens the search page.
    if (!onPage) return;
    event.preventDefault();
    void search();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      void search();
      if (onPage) keepAddress();
      input.focus();
    }
  });
  if (!onPage) {
    // The header's results float over the page: put them away when the reader moves on, back on return.
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) list.hidden = true;
    });
    form.addEventListener('focusin', () => {
      list.hidden = false;
    });
  }
  const asked = onPage ? new URLSearchParams(location.search).get('q') : null;
  if (asked && !input.value) input.value = asked;
  // Anything typed while this module loaded is searched now, and on the search page it goes into the
  // address as later keystrokes do (no input event will come for it).
  if (input.value.trim()) {
    void search();
    if (onPage) keepAddress();
  }
}

function resultItem(result: PagefindResultData, parts: ExcerptPart[]): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(parts));
  item.append(link);
  if (result.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'site-search-kind';
    kind.textContent = ` (${result.meta.kind})`;
    item.append(kind);
  }
  item.append(excerpt);
  return item;
}

/** The excerpt as text nodes and <mark>s: the page's characters exactly, never parsed as HTML. */
function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.hit) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}
