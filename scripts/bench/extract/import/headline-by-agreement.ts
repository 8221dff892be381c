/**
 * A headline truth for pages that come without one: the text at least two of the page's own title
 * fields agree on (import-fixtures.ts for the body set's Zyte pages, snippet-cases.ts for the
 * snippet set). Read with htmlparser2, not with the ingest's own HTML reader, so that the truth
 * does not share the reader it grades.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
// Headlines are matched to the page's fields the way the HTML path compares them.
import { norm } from '../../../ingest/lib/html/metadata/page-field-text.ts';

/** The page's share fields, each handed to `add` as its kind and text: JSON-LD's headline, og:title, twitter:title (one walk for both tools). */
export function shareFields(doc: ReturnType<typeof parseDocument>, add: (kind: string, text: string | null | undefined) => void): void {
  for (const s of DomUtils.findAll((e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''), doc.children)) {
    try {
      add('jsonld', findHeadlineInJsonLd(JSON.parse(DomUtils.textContent(s))));
    } catch {
      // broken JSON-LD is common; the other fields still count
    }
  }
  for (const m of DomUtils.findAll((e) => e.name === 'meta', doc.children)) {
    const p = (m.attribs.property ?? m.attribs.name ?? '').toLowerCase();
    if (p === 'og:title') add('og', m.attribs.content);
    if (p === 'twitter:title') add('twitter', m.attribs.content);
  }
}

export function findHeadlineInJsonLd(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const h = findHeadlineInJsonLd(v);
      if (h) return h;
    }
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.headline === 'string') return o.headline;
    for (const v of Object.values(o)) {
      const h = findHeadlineInJsonLd(v);
      if (h) return h;
    }
  }
  return null;
}

/**
 * For a set without headline truth: the headline is a text that at least two of the page's own
 * fields (JSON-LD headline, og:title, twitter:title, an <h1>, the <title> before its site suffix)
 * agree on. Null when they do not agree, so no case is scored against a guess.
 */
export function headlineByAgreement(html: string): string | null {
  const agreed = pageTitleFields(html);
  // A field showing "Headline | Site" shows the headline too, when another field has it alone.
  for (const [longKey, long] of [...agreed]) {
    for (const [shortKey, short] of agreed) {
      if (shortKey.length >= 8 && shortKey !== longKey && longKey.startsWith(shortKey) && /^\s*(?:[|\-–—·•»_]|::)\s*\S/.test(longKey.slice(shortKey.length))) {
        for (const k of long.kinds) short.kinds.add(k);
        agreed.delete(longKey);
        break;
      }
    }
  }
  const best = [...agreed.values()].filter((e) => e.kinds.size >= 2 && e.text.length >= 8);
  best.sort((a, b) => b.kinds.size - a.kinds.size);
  return best[0]?.text ?? null;
}

export function pageTitleFields(html: string): Map<string, { text: string; kinds: Set<string> }> {
  const doc = parseDocument(html);
  const kinds = new Map<string, { text: string; kinds: Set<string> }>();
  const add = (kind: string, text: string | null | undefined) => {
    if (!text) return;
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const key = norm(t);
    const entry = kinds.get(key) ?? { text: t, kinds: new Set() };
    entry.kinds.add(kind);
    if (kind === 'h1') entry.text = t;
    kinds.set(key, entry);
  };
  shareFields(doc, add);
  for (const h of DomUtils.findAll((e) => e.name === 'h1', doc.children)) add('h1', DomUtils.textContent(h));
  const title = DomUtils.findOne((e) => e.name === 'title', doc.children);
  const titleText = title ? norm(DomUtils.textContent(title)) : '';
  for (const [key, entry] of kinds) {
    if (titleText === key || (titleText.startsWith(key) && /^\s*[|\-:·•»]/.test(titleText.slice(key.length)))) entry.kinds.add('title');
  }
  return kinds;
}
