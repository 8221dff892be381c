/**
 * Where the prune pass (lib/html/prune/html-prune.ts) is relative to the site's brand while it streams a page:
 * inside the site's logo or name, inside the masthead around them, inside the page's header, and
 * whether a logo box opened after the header is the page's own title box. An <h1> there names the site,
 * not the story, unless it is read as a masthead's is (it shows the logo or not). Five depths and flags
 * that change together, kept in one object the prune pass asks.
 */

/**
 * A class or id that is the name of the site's logo or name: "site-title", "site-branding", "logo",
 * "header__logo"; or of the masthead around them ("masthead", "c-masthead"), whose <h1> may be the
 * article's headline instead. Whole names only: a page-wide flag like "theme-inherit-site-logo-transparent"
 * on <body> says how the logo looks, not that the page is the logo.
 */
const SITE_BRAND = /^(?:[a-z\d]+(?:-|__?))?(?:logo|site-?title|site-?name|site-?branding|branding|(masthead))$/i;
const PAGE_WIDE = new Set(['html', 'body', 'main', 'article']);

/**
 * What an element's class or id names of the site's brand: its logo or name ('logo'), the masthead
 * around them ('masthead': the page's whole header, which may hold the article's headline too), or neither.
 */
function namesSiteBrand(attribs: Record<string, string>): 'logo' | 'masthead' | null {
  const names = attribs.id ? `${attribs.class ?? ''} ${attribs.id}` : attribs.class;
  // Every element with a class is asked: a plain search first, the pattern only when a word may be there.
  if (!names || !(names.includes('ogo') || names.includes('ite') || names.includes('rand') || names.includes('asthead'))) return null;
  let found: 'logo' | 'masthead' | null = null;
  for (const name of names.split(/\s+/)) {
    const match = name ? SITE_BRAND.exec(name) : null;
    if (match && !match[1]) return 'logo';
    if (match) found = 'masthead';
  }
  return found;
}

/**
 * What shows a site's logo inside a heading: an image, or a link to the site's home page (rel="home", "/", "https://host/").
 * The address is read trimmed: the spaces around it, matched by the pattern, were shared by its two
 * "\s*", and an address of 40,000 spaces before a letter took 0.8 s of CPU (quadratic), for each link.
 */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#\s]+)?\/?(?:index\.\w+)?$/i;
export function showsLogo(name: string, attribs: Record<string, string>): boolean {
  if (name === 'img' || name === 'picture' || name === 'svg') return true;
  return name === 'a' && (/\bhome\b/i.test(attribs.rel ?? '') || (attribs.href !== undefined && attribs.href.trim() !== '' && HOME_HREF.test(attribs.href.trim())));
}

/**
 * The depths and flags of the site's brand, updated as each element opens and closes. The parser closes
 * every element it opens (implied ends included), so counting opens and closes inside one is exact.
 */
export class SiteBrandWatch {
  // Depth inside the site's logo, name or masthead (SITE_BRAND), and inside its logo or name alone: an
  // <h1> in the logo or name names the site, not the story; one elsewhere in the masthead does only when
  // it shows the logo (showsLogo), which is known once the <h1> is read.
  #brandDepth = 0;
  #logoDepth = 0;
  // Depth inside the page's header (<header>, role="banner"), and whether one has closed: a box named for
  // the site's title or logo that opens after the header, outside it and any masthead, is the page's own
  // title box (a hero over the article, "site-title" by the theme's name for it), and its <h1> is read as
  // a masthead's is (the logo only when it shows it). The site's logo is in its header.
  #headerDepth = 0;
  #headerClosed = false;
  #logoIsTitleBox = false;

  /** An element opens; `inHead`: inside <head>; `dropped`: inside an element the prune pass drops with its content. */
  open(name: string, attribs: Record<string, string>, inHead: boolean, dropped: boolean): void {
    const brand = this.#logoDepth === 0 && !inHead && (attribs.class || attribs.id) && !PAGE_WIDE.has(name) ? namesSiteBrand(attribs) : null;
    if (this.#brandDepth > 0) this.#brandDepth++;
    else if (brand) this.#brandDepth = 1;
    if (this.#headerDepth > 0) this.#headerDepth++;
    else if (!dropped && !inHead && (name === 'header' || attribs.role === 'banner')) this.#headerDepth = 1;
    if (this.#logoDepth > 0) this.#logoDepth++;
    else if (brand === 'logo') {
      this.#logoDepth = 1;
      // brandDepth 1: the box opened the brand itself, in no masthead.
      this.#logoIsTitleBox = this.#headerClosed && this.#headerDepth === 0 && this.#brandDepth === 1;
    }
  }

  close(): void {
    if (this.#brandDepth > 0) this.#brandDepth--;
    if (this.#logoDepth > 0) this.#logoDepth--;
    if (this.#headerDepth > 0 && --this.#headerDepth === 0) this.#headerClosed = true;
  }

  /** Inside the site's logo, name or masthead. */
  inBrand(): boolean {
    return this.#brandDepth > 0;
  }

  /** The element that just opened is the box of the site's logo, name or masthead itself. */
  opensBrand(): boolean {
    return this.#brandDepth === 1;
  }

  /** An <h1> opening here is itself named for the logo or site's name (logo depth 1), which no title box changes. */
  h1IsBrand(): boolean {
    return this.#logoDepth > 0 && !(this.#logoIsTitleBox && this.#logoDepth > 1);
  }
}
