/**
 * One streaming pass over a saved page (htmlparser2's tokenizer, no DOM) that does two things:
 *
 * - collects the page's metadata as written: `<title>`, `<meta name|property|itemprop>`, JSON-LD
 *   blocks, `<time datetime>`, `<h1>` texts, `<html lang>`, `<link rel=canonical>`;
 * - writes a smaller copy of the page for the extractor's DOM: without scripts, styles, SVG,
 *   iframes, templates, forms' controls, comments and the attributes no extractor reads (src, srcset,
 *   data-*, on* handlers…). A page is mostly those bytes; the DOM is built several times faster
 *   without them, and no script or handler of the page survives into anything we build.
 */
import { Parser } from 'htmlparser2';

export interface PageMetaRaw {
  title: string | null;
  /** meta name/property/itemprop (lowercased) → contents, in page order. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  times: { datetime: string; text: string }[];
  h1: string[];
  lang: string | null;
  canonical: string | null;
}

// Navigation, asides and footers go too: no extractor keeps them, and dropping them here halves the
// DOM it has to score (F1 unchanged on the benchmark, a quarter faster).
const DROP_WITH_CONTENT = new Set(['nav', 'aside', 'footer', 'script', 'style', 'svg', 'math', 'template', 'iframe', 'object', 'embed', 'canvas', 'noscript', 'select', 'textarea', 'button', 'audio', 'video', 'picture', 'map']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const DROP_TAG = new Set(['img', 'input', 'link', 'source', 'track', 'wbr', 'base', 'col', 'area']);
const KEEP_ATTR = new Set(['id', 'class', 'itemprop', 'itemtype', 'itemscope', 'role', 'rel', 'lang', 'dir', 'hidden', 'aria-hidden', 'aria-label', 'href', 'name', 'property', 'content', 'datetime', 'charset', 'http-equiv', 'style', 'type', 'colspan', 'rowspan']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function prunePage(html: string): { html: string; meta: PageMetaRaw } {
  const meta: PageMetaRaw = { title: null, meta: new Map(), jsonLd: [], times: [], h1: [], lang: null, canonical: null };
  // The copy is rebuilt as html > head (title, meta) + body, whatever the page's own nesting: a DOM
  // builder given stray <meta> before <body> would leave the content outside document.body.
  const head: string[] = [];
  const out: string[] = [];
  // Depth inside an element dropped with its content (nested ones count too).
  let dropDepth = 0;
  let jsonLd: string[] | null = null;
  let title: string[] | null = null;
  let h1: string[] | null = null;
  let h1Depth = 0;
  const times: { datetime: string; text: string[] }[] = [];
  let inHead = false;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'html' && attribs.lang) meta.lang = attribs.lang;
        if (name === 'head') inHead = true;
        if (name === 'body') inHead = false;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase().trim();
          if (key && attribs.content !== undefined) {
            const list = meta.meta.get(key) ?? [];
            list.push(attribs.content);
            meta.meta.set(key, list);
          }
        }
        if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && !meta.canonical) meta.canonical = attribs.href;
        if (dropDepth > 0) {
          if (DROP_WITH_CONTENT.has(name)) dropDepth++;
          return;
        }
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) jsonLd = [];
        if (DROP_WITH_CONTENT.has(name)) {
          dropDepth = 1;
          return;
        }
        if (name === 'title') {
          // Only the first <title> is the page's. A second one (some CMSs write two) or one inside an
          // inline SVG would otherwise be copied open, and a DOM reads the rest of the page as its text.
          if (meta.title === null && !title) {
            title = [];
            head.push('<title>');
          }
          return;
        }
        if (name === 'h1') {
          if (h1Depth === 0) h1 = [];
          h1Depth++;
        }
        if (name === 'time') times.push({ datetime: attribs.datetime ?? '', text: [] });
        if (DROP_TAG.has(name) || name === 'html' || name === 'head' || name === 'body') return;
        if (inHead && name !== 'title' && name !== 'meta') return;
        let tag = `<${name}`;
        for (const [key, value] of Object.entries(attribs)) {
          if (KEEP_ATTR.has(key)) tag += ` ${key}="${escapeAttr(value)}"`;
        }
        (name === 'title' || name === 'meta' ? head : out).push(`${tag}>`);
      },
      ontext(text) {
        if (jsonLd) {
          jsonLd.push(text);
          return;
        }
        if (dropDepth > 0) return;
        if (title) title.push(text);
        if (h1) h1.push(text);
        for (const t of times) t.text.push(text);
        if (title) head.push(escapeText(text));
        else if (!inHead) out.push(escapeText(text));
      },
      onclosetag(name) {
        if (name === 'script' && jsonLd) {
          meta.jsonLd.push(jsonLd.join(''));
          jsonLd = null;
        }
        if (dropDepth > 0) {
          if (DROP_WITH_CONTENT.has(name)) dropDepth--;
          return;
        }
        if (name === 'head') inHead = false;
        if (name === 'title') {
          if (title) {
            meta.title = title.join('').replace(/\s+/g, ' ').trim();
            title = null;
            head.push('</title>');
          }
          return;
        }
        if (name === 'h1' && h1Depth > 0) {
          h1Depth--;
          if (h1Depth === 0 && h1) {
            const text = h1.join('').replace(/\s+/g, ' ').trim();
            if (text) meta.h1.push(text);
            h1 = null;
          }
        }
        if (name === 'time') {
          const t = times.pop();
          if (t) meta.times.push({ datetime: t.datetime, text: t.text.join('').replace(/\s+/g, ' ').trim() });
        }
        if (VOID.has(name) || DROP_TAG.has(name) || inHead || name === 'html' || name === 'head' || name === 'body') return;
        out.push(`</${name}>`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const lang = meta.lang ? ` lang="${escapeAttr(meta.lang)}"` : '';
  return { html: `<!DOCTYPE html><html${lang}><head>${head.join('')}</head><body>${out.join('')}</body></html>`, meta };
}
