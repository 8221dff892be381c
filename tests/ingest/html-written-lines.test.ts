/**
 * A guide's items share their values: "Weekend service" in the list of each of five movers is the
 * article's five times, as the page's markup writes it (a list item, a heading, a paragraph, no link).
 * dedupe keeps every copy of such a line on the HTML path (Unit.writtenLine, stages/html.ts); a button
 * or a link under each item, a line linking to a place on the page, and the label over a box of links
 * still keep one copy, and a text read from the innerText is deduplicated as before.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { dedupe } from '../../scripts/ingest/stages/dedupe.ts';
import { Report } from '../../scripts/ingest/report.ts';
import type { Unit } from '../../scripts/ingest/types.ts';

const NAMES = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm'];

const intro =
  '<p>Moving house is stressful enough without a crew that turns up late. We asked forty families about the movers they hired this year, and compared what each firm offers, what it charges, and how it treats your furniture.</p>' +
  '<p>Every firm below serves the whole county. The lists under each name say what the firm offers; a few offers are common, and most firms have one of their own, which is often the reason to pick them.</p>';

const item = (name: string, i: number, extra: string) =>
  `<h2>${name} Movers</h2>` +
  `<p>${name} Movers has carried furniture across the county since ${1990 + i}, and the families we asked praised its careful crews, its fair prices and the way it kept them informed on the day of the move.</p>` +
  `<ul><li>Weekend service</li><li>Free estimates</li><li>Unique offer number ${i + 1} for ${name}</li></ul>${extra}`;

const page = (extra: (name: string) => string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The best movers in the county</title></head><body>` +
  `<main><article><h1>The best movers in the county</h1>${intro}${NAMES.map((n, i) => item(n, i, extra(n))).join('')}</article></main></body></html>`;

const count = (body: string, line: string) => body.split('\n').filter((l) => l === line).length;
const bodyOf = (html: string) => article(html, 'page.html').body;

describe('lines the markup writes, repeated item by item', () => {
  it('keeps every copy of a list item each item of the guide shows', () => {
    const body = bodyOf(page(() => ''));
    expect(count(body, 'Weekend service')).toBe(5);
    expect(count(body, 'Free estimates')).toBe(5);
  });

  it('keeps every copy of a plain heading over each item', () => {
    const body = bodyOf(page(() => '<h3>Why we picked it</h3><p>Its crews were the most careful of all the firms the families hired, and not one of them reported a scratch on the furniture.</p>'));
    expect(count(body, 'Why we picked it')).toBe(5);
  });

  it('keeps one copy of a button under each item', () => {
    const body = bodyOf(page((n) => `<p><a href="/quote/${n}">Get a quote</a></p>`));
    expect(count(body, 'Get a quote')).toBeLessThanOrEqual(1);
    expect(count(body, 'Weekend service')).toBe(5);
  });

  it('keeps one copy of a link to a place on the page', () => {
    const body = bodyOf(page(() => '<p><a href="#map">map</a></p>'));
    expect(count(body, 'map')).toBeLessThanOrEqual(1);
  });

  it('keeps one copy of a label over a box of links', () => {
    const shops = (n: string) => `<p><a href="/shop/${n}/1">Harbour Hardware, the shop on the quay</a> <a href="/shop/${n}/2">Valley Depot</a></p>`;
    const body = bodyOf(page((n) => `<p>Where to hire boxes</p>${shops(n)}`));
    expect(count(body, 'Where to hire boxes')).toBeLessThanOrEqual(1);
  });

});

describe('dedupe: a short line repeated more than three times', () => {
  const units = (flag: (i: number) => boolean): Unit[] =>
    NAMES.flatMap((n, i) => [
      { text: `${n} Movers has carried furniture across the county since ${1990 + i}, and the families we asked praised its careful crews.`, zone: 'body' as const },
      flag(i) ? { text: 'Call the office', zone: 'body' as const, writtenLine: true as const } : { text: 'Call the office', zone: 'body' as const },
    ]);
  const copies = (u: Unit[]) => dedupe(u, { lang: 'en', titleCandidates: [], stamps: [], sources: [], bylines: [], editors: [], outletHints: [], standfirst: [] }, new Report('t')).paragraphs.filter((p) => p.text === 'Call the office').length;

  it('keeps one copy read from a text (no unit says the markup writes it)', () => {
    expect(copies(units(() => false))).toBe(1);
  });
  it('keeps every copy when the markup writes each one', () => {
    expect(copies(units(() => true))).toBe(5);
  });
  it('keeps one copy when one of them is no written line (a button elsewhere)', () => {
    expect(copies(units((i) => i !== 2))).toBe(1);
  });
});
