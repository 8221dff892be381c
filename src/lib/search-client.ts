/**
 * Browser side of the search box (src/components/SearchBox.astro). Runs only in the browser.
 *
 * Pagefind (pagefind.js, its WebAssembly and index chunks) is loaded on the reader's first focus or
 * submit, never on page load, so pages that are only read cost nothing extra.
 */

import type { ExcerptPart, ExcerptSource } from './search-excerpt';

interface PagefindResultData extends ExcerptSource {
  url: string;
  meta: { title?: string };
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<PagefindSearch | null>;
}

const maxResults = 8;
const excerptWords = 24;

export function enableSearch(form: HTMLFormElement) {
  const input = form.querySelector('input')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const list = form.querySelector<HTMLOListElement>('ol')!;
  const base = form.dataset.base ?? '/';
  let pagefind: Promise<Pagefind> | undefined;

  // Pagefind indexes pages by their path inside dist/; baseUrl puts the site's base path back in front.
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base, excerptLength: excerptWords });
      await module.init();
      return module;
    }));
  // The excerpt builder is loaded with Pagefind, not with the page: it keeps the JavaScript on open small.
  let excerpts: Promise<typeof import('./search-excerpt')> | undefined;
  const loadExcerpts = () => (excerpts ??= import('./search-excerpt'));

  async function search() {
    const query = input.value.trim();
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    let found: PagefindSearch | null;
    try {
      found = await (await load()).debouncedSearch(query, {}, 200);
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
      count === 0 ? `No articles match “${query}”.` : `${count} article${count === 1 ? '' : 's'} match “${query}”.`;
    list.replaceChildren(...results.map((result) => resultItem(result, excerptParts(result, excerptWords))));
  }

  form.hidden = false;
  input.addEventListener('focus', () => void Promise.all([load(), loadExcerpts()]).catch(() => {}), { once: true });
  input.addEventListener('input', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  // The results float over the page: put them away when the reader moves on, back on return.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) list.hidden = true;
  });
  form.addEventListener('focusin', () => {
    list.hidden = false;
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      void search();
      input.focus();
    }
  });
}

function resultItem(result: PagefindResultData, parts: ExcerptPart[]): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(parts));
  item.append(link, excerpt);
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
