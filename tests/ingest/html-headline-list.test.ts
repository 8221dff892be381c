/**
 * HTML seeds: a list of other stories' headlines set between the article's paragraphs, each item a
 * kicker outside the link and the title inside it ("Harbour: Night ferry returns in April"). The items
 * leave the body, each reported; the article's own list of links (whole items linked, a page's name
 * without a kicker), dated entries of its press coverage, points that end as sentences, paragraphs and
 * a list of two stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { markHeadlineLists, HEADLINE_LIST_ITEM } from '../../scripts/ingest/lib/html/furniture/headline-list.ts';

const P = [
  'Die Gemeinde hat am Dienstag beschlossen, die alte Fähre über den Fluss im Frühjahr wieder fahren zu lassen.',
  'Seit dem Hochwasser im vergangenen Sommer lag das Boot im Hafen, weil die Anlegestelle am Ostufer beschädigt war.',
  'Die Reparatur kostet nach Angaben der Verwaltung etwa achtzigtausend Euro, die Hälfte zahlt das Land.',
  'Ab April soll die Fähre wieder stündlich fahren, an den Wochenenden bis in den späten Abend.',
];

const HEADLINES: [string, string][] = [
  ['Hochwasser', 'Wie die Stadt ihre Keller künftig schützen will'],
  ['Verkehr', 'Neue Brücke über den Kanal verzögert sich erneut'],
  ['Umfrage', 'Was die Leser vom neuen Busfahrplan halten'],
  ['Kultur', 'Das Hafenfest kehrt nach drei Jahren zurück'],
];

const items = (list: [string, string][], item = ([k, t]: [string, string], i: number) => `<li>${k}: <a href="/story-${i}">${t}</a></li>`) =>
  `<ul>${list.map((h, i) => item(h, i)).join('')}</ul>`;

const page = (middle: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Die Fähre fährt wieder</title></head><body>
<article><h1>Die Fähre fährt wieder</h1><p>${P[0]}</p><p>${P[1]}</p>${middle}<p>${P[2]}</p><p>${P[3]}</p></article></body></html>`;

const removed = (report: ReturnType<typeof article>['report']) =>
  report.entries.filter((e) => e.rule === 'furniture' && e.action === 'removed' && e.detail === HEADLINE_LIST_ITEM);

describe('HTML furniture: other stories\' headlines listed inside the article, kicker and title', () => {
  it('leaves out the list between two paragraphs, each item reported', () => {
    const { body, report } = article(page(items(HEADLINES)), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const [, t] of HEADLINES) expect(body).not.toContain(t);
    expect(removed(report)).toHaveLength(4);
  });

  // Blocks as the article walker gives them: each item's text and the share of it inside links.
  const share = (linked: string, text: string) => linked.replace(/\s/g, '').length / text.replace(/\s/g, '').length;
  const kept = (blocks: { kind: string; text: string; linkShare: number }[]) => {
    markHeadlineLists(blocks);
    return blocks.every((b) => !('furniture' in b));
  };

  it('keeps the article\'s own list whose whole items are links, and one without kickers', () => {
    expect(kept(HEADLINES.map(([k, t]) => ({ kind: 'item', text: `${k}: ${t}`, linkShare: 1 })))).toBe(true);
    expect(kept(HEADLINES.map(([, t]) => ({ kind: 'item', text: `${t} und mehr`, linkShare: share(t, `${t} und mehr`) })))).toBe(true);
  });

  it('keeps dated entries (its press coverage), points that end as sentences, and a list of two', () => {
    expect(kept(HEADLINES.map(([, t], i) => ({ kind: 'item', text: `${i + 3}. Mai 2024: ${t}`, linkShare: share(t, `${i + 3}. Mai 2024: ${t}`) })))).toBe(true);
    expect(kept(HEADLINES.map(([k, t]) => ({ kind: 'item', text: `${k}: ${t}.`, linkShare: share(t, `${k}: ${t}.`) })))).toBe(true);
    expect(kept(HEADLINES.slice(0, 2).map(([k, t]) => ({ kind: 'item', text: `${k}: ${t}`, linkShare: share(t, `${k}: ${t}`) })))).toBe(true);
    // A paragraph is no list's item, however it is linked.
    expect(kept(HEADLINES.map(([k, t]) => ({ kind: 'paragraph', text: `${k}: ${t}`, linkShare: share(t, `${k}: ${t}`) })))).toBe(true);
  });

  it('counts a list that mixes items with and without a kicker, two in three with one', () => {
    const mixed: [string, string][] = [...HEADLINES.slice(0, 2), ['Kommentar', 'Warum die Fähre mehr ist als ein Boot']];
    const blocks = [
      ...mixed.map(([k, t]) => ({ kind: 'item', text: `${k}: ${t}`, linkShare: share(t, `${k}: ${t}`) })),
      { kind: 'item', text: 'Die schönsten Bilder vom ersten Tag am Fluss', linkShare: 1 },
    ];
    markHeadlineLists(blocks);
    expect(blocks.every((b) => (b as { furniture?: string }).furniture === HEADLINE_LIST_ITEM)).toBe(true);
  });
});
