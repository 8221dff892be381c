/**
 * Static checks of one built page, each returning the problems it finds (empty = fine). They read
 * the HTML as shipped, so they hold for every page of any size of corpus without a browser.
 */
import { ancestors, attr, byTag, closest, elements, nextElementSibling, text, type Document, type Element } from './quality-html.ts';

/** Script types a browser executes (anything else, e.g. application/ld+json, is an inert data block). */
const executableTypes = new Set(['', 'module', 'importmap', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** What the Content-Security-Policy forbids: inline scripts, inline handlers, inline styles. */
export function inlineCodeProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const script of byTag(doc, 'script')) {
    const type = (attr(script, 'type') ?? '').trim().toLowerCase();
    if (attr(script, 'src') === undefined && executableTypes.has(type)) {
      problems.push(`inline <script${type ? ` type="${type}"` : ''}>: ${text(script).slice(0, 60)}`);
    }
  }
  for (const element of elements(doc)) {
    for (const name of Object.keys(element.attribs)) {
      if (/^on[a-z]+$/.test(name)) problems.push(`inline event handler ${name}="…" on <${element.name}>`);
      if (name === 'style') problems.push(`style attribute on <${element.name}> (blocked by style-src 'self')`);
    }
    if (element.name === 'style') problems.push(`inline <style> element (blocked by style-src 'self')`);
  }
  return problems;
}

/** The page carries the site's CSP in a <meta> before anything it governs is loaded. */
export function cspMetaProblems(doc: Document, policy: string): string[] {
  const metas = elements(doc, (e) => e.name === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`expected one Content-Security-Policy <meta>, found ${metas.length}`];
  const [meta] = metas;
  const problems: string[] = [];
  if (!closest(meta, 'head')) problems.push('the CSP <meta> is not in <head> (browsers ignore it elsewhere)');
  if (attr(meta, 'content') !== policy) problems.push(`CSP is "${attr(meta, 'content')}", expected "${policy}"`);
  const governed = elements(doc, (e) => e.name === 'script' || (e.name === 'link' && /stylesheet|preload|modulepreload/.test(attr(e, 'rel') ?? '')));
  const order = elements(doc);
  const first = governed[0];
  if (first && order.indexOf(first) < order.indexOf(meta)) problems.push(`<${first.name}> comes before the CSP <meta>, so the policy does not cover it`);
  return problems;
}

/** One h1, and no level skipped on the way down (h2 → h4), in document order. */
export function headingProblems(doc: Document): string[] {
  const headings = byTag(doc, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6').filter((h) => !isHidden(h));
  const problems: string[] = [];
  const h1s = headings.filter((h) => h.name === 'h1').length;
  if (h1s !== 1) problems.push(`expected one <h1>, found ${h1s}`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.name[1]);
    if (level > previous + 1) problems.push(`<${heading.name}> "${text(heading).slice(0, 50)}" follows ${previous ? `<h${previous}>` : 'no heading'}: a level is skipped`);
    if (!text(heading)) problems.push(`empty <${heading.name}>`);
    previous = level;
  }
  return problems;
}

const isHidden = (element: Element) =>
  [element, ...ancestors(element)].some((e) => 'hidden' in e.attribs || attr(e, 'aria-hidden') === 'true');

const focusable = (e: Element) =>
  !isHidden(e) &&
  !('disabled' in e.attribs) &&
  (((e.name === 'a' || e.name === 'area') && attr(e, 'href') !== undefined) ||
    ['button', 'input', 'select', 'textarea', 'summary'].includes(e.name) ||
    (attr(e, 'tabindex') !== undefined && Number(attr(e, 'tabindex')) >= 0));

/** The first thing a keyboard reaches is a link that skips to the page's main content. */
export function skipLinkProblems(doc: Document): string[] {
  const [body] = byTag(doc, 'body');
  const first = body && elements(body, focusable)[0];
  if (!first) return ['no focusable element at all'];
  const target = first.name === 'a' ? /^#(.+)$/.exec(attr(first, 'href') ?? '')?.[1] : undefined;
  if (!target) return [`the first focusable element is <${first.name}> "${text(first).slice(0, 40)}", not a skip link to #main content`];
  const [destination] = elements(doc, (e) => attr(e, 'id') === decodeURIComponent(target));
  if (!destination) return [`the skip link points to #${target}, which is not on the page`];
  const isMain = destination.name === 'main' || attr(destination, 'role') === 'main' || byTag(destination, 'main').length > 0;
  return isMain ? [] : [`the skip link points to <${destination.name} id="${target}">, which is not the main content`];
}

/**
 * Charts: an SVG that is not decorative (aria-hidden) must be an image with a title and description
 * (role="img", or SVG's own role when it holds links; <title>, <desc>, aria-labelledby to them), and must have a text equivalent: a table
 * or list inside its <figure>, right after the figure, or referenced by aria-describedby/aria-details.
 */
export function svgProblems(doc: Document): string[] {
  const problems: string[] = [];
  const byId = (id: string) => elements(doc, (e) => attr(e, 'id') === id)[0];
  const hasData = (e: Element | undefined) =>
    !!e && (['table', 'ol', 'ul', 'dl'].includes(e.name) ? text(e) !== '' : byTag(e, 'table', 'ol', 'ul', 'dl').some((d) => text(d) !== ''));
  for (const svg of byTag(doc, 'svg')) {
    if (ancestors(svg).some((a) => a.name === 'svg')) continue; // nested SVG is part of its parent chart
    if ([svg, ...ancestors(svg)].some((e) => attr(e, 'aria-hidden') === 'true')) continue;
    const role = attr(svg, 'role');
    if (role === 'none' || role === 'presentation') continue;
    const name = `<svg>${attr(svg, 'id') ? `#${attr(svg, 'id')}` : ''}`;
    // role="img" for a picture; no role (SVG's own, graphics-document) for a chart with links inside,
    // since an image's children are presentational and its links would be unreachable.
    if (role !== undefined && role !== 'img' && role !== 'graphics-document') problems.push(`${name} has role="${role}": a chart is role="img", or has no role when it holds links`);
    const title = svg.children.find((c) => c.type === 'tag' && c.name === 'title') as Element | undefined;
    const desc = svg.children.find((c) => c.type === 'tag' && c.name === 'desc') as Element | undefined;
    if (!title || !text(title)) problems.push(`${name} has no <title> (first-level child) with text`);
    if (!desc || !text(desc)) problems.push(`${name} has no <desc> (first-level child) with text`);
    const labelledBy = (attr(svg, 'aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    if (title && !labelledBy.includes(attr(title, 'id') ?? '\0')) problems.push(`${name}: aria-labelledby does not name its <title>`);
    for (const id of labelledBy) if (!byId(id)) problems.push(`${name}: aria-labelledby names #${id}, which is not on the page`);
    const referenced = ['aria-describedby', 'aria-details'].flatMap((a) => (attr(svg, a) ?? '').split(/\s+/).filter(Boolean)).map(byId);
    const figure = closest(svg, 'figure');
    const withinFigure = figure && byTag(figure, 'table', 'ol', 'ul', 'dl').some((d) => !closest(d, 'svg') && attr(d, 'aria-label')?.toLowerCase() !== 'legend' && text(d) !== '');
    const afterFigure = figure && hasData(nextElementSibling(figure));
    if (!withinFigure && !afterFigure && !referenced.some(hasData)) {
      problems.push(`${name} "${title ? text(title).slice(0, 50) : ''}" has no text equivalent (a table or list in or right after its <figure>, or via aria-describedby)`);
    }
  }
  return problems;
}
