/**
 * A report whose page states only when it was last updated is dated by that day, and the site says so:
 * "updated 9 June 2021" where the article is dated (its header, its provenance, lists of its event), never
 * as if it were published then. The repository's seeds are dated by publication, so this file builds
 * its own small site: those seeds and invented reports, one a text seed with only an "Updated:" line,
 * one a saved page with only a "Last updated" line. The feed (RSS 2.0 has no modified date for an item)
 * keeps the day as pubDate, the only day there is, and says "Updated …" in the item's description and
 * as dcterms:modified, which feed libraries read as the item's modified date.
 *
 * An event whose reports give no other day is dated by that update, a bound: it happened then or before.
 * Wherever events are listed it reads "by 9 June 2021" (the topic page, a month's cards, a briefing's
 * timeline, the timeline itself), /api/events.json marks it `dateBound: "on-or-before"`, and its JSON-LD
 * gives no startDate. A figure's chart describes its points as the table dates them ("updated …").
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../../scripts/bench/project-copy.ts';
import { shellEnvironment } from '../helpers/build-env.ts';

const run = promisify(execFile);
const project = join(tmpdir(), `update-dates-${process.pid}`);
const dist = join(project, 'dist');

const TEXT = 'Harbor observatory opens telescope hall to partners\nUpdated: 2021-06-09 10:00\n\nThe Harbor observatory has opened a shared telescope hall to visiting teams from partner universities, its director Mara Vellin said.\n\n"The instruments belong to whoever brings the best question," Vellin said, adding that the first call for proposals was open to groups from any country.\n\nThe hall houses two telescopes and a workshop built with partner funding.\n\nThe partners have opened 12 joint laboratories around the hall so far, Vellin said.\n\nThe hall will also process data for the Square Kilometre Array, Vellin said.\n';
// Published, by another speaker (so no event of the update's): the same measure as the update's "12 joint laboratories".
const PUBLISHED = 'Partner universities expand labs at Harbor observatory\n2021-05-03\n\nHARBOR CITY, May 3 (Harbor Post) -- The partner universities have set up 10 joint laboratories around the hall, programme manager Ilsa Brandt said on Monday.\n\nBrandt said more teams from abroad would apply for places next year.\n';
const HTML = '<!DOCTYPE html><html lang="en"><head><title>Seed bank records pooled by partner universities</title></head><body><article><h1>Seed bank records pooled by partner universities</h1><p class="post-date">Last updated: March 14, 2025</p><p>A group of partner universities agreed to pool the records of their seed banks in one open catalogue, the group\'s coordinator Tomas Ilve said.</p><p>"A seed no one can find is a seed lost," Ilve said, adding that the catalogue would list every accession with its origin.</p><p>The catalogue will be hosted by a library in the group and opened to any researcher.</p></article></body></html>';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const articlePage = (slug: string) => readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
const slugOf = (seed: string) => {
  const api = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8')) as { articles: { seed: string; slug: string; dateSource: string | null; date: string | null }[] };
  return api.articles.find((a) => a.seed === seed)!;
};

/** The <item> of rss.xml that links to the article `slug`. */
const feedItem = (rss: string, slug: string) =>
  [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]).find((item) => new RegExp(`<link>[^<]*/articles/${slug}/</link>`).test(item));
const xmlText = (xml: string, tag: string) => {
  const raw = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
  return raw?.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
};

describe('a report dated only by its update, on the built site', () => {
  beforeAll(async () => {
    copyProject(project);
    const seeds = join(project, 'seeds');
    mkdirSync(seeds, { recursive: true });
    cpSync(join(repoRoot, 'seeds'), seeds, { recursive: true });
    writeFileSync(join(seeds, 'updated-only.txt'), TEXT);
    writeFileSync(join(seeds, 'updated-only-page.html'), HTML);
    writeFileSync(join(seeds, 'published-lab.txt'), PUBLISHED);
    const options = { cwd: project, env: shellEnvironment(project), maxBuffer: 64 * 1024 * 1024 };
    await run(process.execPath, ['scripts/ingest/cli.ts'], options);
    await run(process.execPath, ['scripts/astro-build.ts', '--silent'], options);
  }, 600_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it.each([
    ['updated-only.txt', '2021-06-09', '9 June 2021', 'Updated: 2021-06-09'],
    ['updated-only-page.html', '2025-03-14', '14 March 2025', 'Last updated: March 14, 2025'],
  ])('%s is dated by its update and shown as "updated"', (seed, iso, words, line) => {
    const a = slugOf(seed);
    expect(a).toMatchObject({ date: iso, dateSource: 'update' });
    const page = text(articlePage(a.slug));
    expect(page).toContain(`updated ${words}`); // the header's outlet · date
    expect(page).toMatch(new RegExp(`Updated ${words} \\(exact day\\)\\s*The page says only when it was last updated`));
    expect(page).toContain(line);
    expect(page).not.toMatch(new RegExp(`(?:published|Posted) ${words}`, 'i'));
  });

  it.each([
    ['updated-only.txt', '2021-06-09', '9 June 2021'],
    ['updated-only-page.html', '2025-03-14', '14 March 2025'],
  ])('%s is an item of the feed that says it was updated, not published, that day', (seed, iso, shown) => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const item = feedItem(rss, slugOf(seed).slug);
    expect(item, 'the item of the report in rss.xml').toBeDefined();
    expect(new Date(xmlText(item!, 'pubDate')!).toISOString().slice(0, 10)).toBe(iso);
    expect(xmlText(item!, 'dcterms:modified')).toBe(iso);
    expect(xmlText(item!, 'description')).toMatch(new RegExp(`^Updated ${shown}; the page gives no publication date\\. \\S`));
    expect(rss).toMatch(/<rss[^>]* xmlns:dcterms="http:\/\/purl\.org\/dc\/terms\/"/);
  });

  it('keeps the items of reports dated by their publication as they were: no "Updated", no dcterms:modified', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const api = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8')) as { articles: { slug: string; dateSource: string | null; date: string | null }[] };
    const published = api.articles.filter((a) => a.date && a.dateSource !== 'update').map((a) => feedItem(rss, a.slug)).filter((i) => i !== undefined);
    expect(published.length).toBeGreaterThan(0);
    for (const item of published) {
      expect(xmlText(item, 'dcterms:modified')).toBeUndefined();
      expect(xmlText(item, 'description') ?? '').not.toMatch(/^Updated /);
    }
  });

  it('dates a figure stated in the report as "updated" where the figure is listed with its source', () => {
    const slug = slugOf('updated-only.txt').slug;
    const rows = readdirSync(join(dist, 'figures'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => [...readFileSync(join(dist, 'figures', d.name, 'index.html'), 'utf8').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]))
      .filter((row) => row.includes(`/articles/${slug}/#`));
    expect(rows.length, 'a figure table row citing the report').toBeGreaterThan(0);
    for (const row of rows) expect(text(/<td>([\s\S]*?)<\/td>/.exec(row)![1])).toBe('updated 9 June 2021');
  });

  /** The event of the text seed: its only day is the report's update (its reports give no news day). */
  const boundEvent = () => {
    const slug = slugOf('updated-only.txt').slug;
    const events = JSON.parse(readFileSync(join(dist, 'api', 'events.json'), 'utf8')).events as { id: string; date: string | null; dateBound?: string; articles: string[]; title: string }[];
    return { events, event: events.find((e) => e.articles.includes(slug))! };
  };
  const eventTitle = 'Harbor observatory opens telescope hall to partners';
  /** The text of each <li> (or <tr>) that names the event, in the lists of `html` that open with `list` (no nested lists). */
  const itemsNaming = (html: string, list: string, tag: string) =>
    html.split(list).slice(1).map((part) => part.slice(0, part.search(tag === 'tr' ? /<\/table>/ : /<\/ol>/)))
      .flatMap((part) => [...part.matchAll(new RegExp(`<${tag}[ >]([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => text(m[1]).trim()))
      .filter((t) => t.includes(eventTitle));
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('marks the event dated only by an update as a bound in /api/events.json, and no other', () => {
    const { events, event } = boundEvent();
    expect(event).toMatchObject({ date: '2021-06-09', dateBound: 'on-or-before' });
    const api = JSON.parse(readFileSync(join(dist, 'api', 'articles.json'), 'utf8')) as { articles: { slug: string; dateSource: string | null }[] };
    const updateOnly = new Set(api.articles.filter((a) => a.dateSource === 'update').map((a) => a.slug));
    for (const e of events) if (!e.articles.every((a) => updateOnly.has(a))) expect(e.dateBound, e.id).toBeUndefined();
  });

  it.each([
    ['the topic page’s latest events', 'topics/ska', '<ol class="plain compact-events">', 'li'],
    ['a month’s cards of its most reported events', 'timeline/2021/06', '<ol class="plain top">', 'li'],
    ['the year’s briefing timeline', 'briefing/2021', 'id="b-timeline"', 'tr'],
  ])('lists the event as "by 9 June 2021" in %s', (_, path, list, tag) => {
    const items = itemsNaming(page(path), list, tag);
    expect(items.length, `${path}: an item naming the event`).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/^by 9 June 2021(?!\d)/);
  });

  it('says on the timeline that the event is of that day or before, never "exact day"', () => {
    const items = [...page('timeline/2021/06/01-10').matchAll(/<p class="when">([\s\S]*?)<\/p>\s*<h\d class="what">([\s\S]*?)<\/h\d>/g)]
      .filter((m) => text(m[2]).includes(eventTitle)).map((m) => text(m[1]).trim());
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatch(/^By 9 June 2021 the day the report was last updated \(the news may be earlier\)/);
      expect(item).not.toContain('exact day');
    }
  });

  it('gives no startDate for the event in JSON-LD, and says what is known instead', () => {
    const { event } = boundEvent();
    const html = page('timeline/2021/06/01-10');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    const item = ld.itemListElement.map((x: { item: { '@id': string } }) => x.item).find((x: { '@id': string }) => x['@id'].endsWith(`#${event.id}`));
    expect(item, 'the event in the part page’s JSON-LD').toBeDefined();
    expect(item.startDate).toBeUndefined();
    expect(item.description).toMatch(/^On or before 9 June 2021: /);
  });

  it('shows the event as "by 9 June 2021" in the TimelineJS file', () => {
    const { event } = boundEvent();
    const file = JSON.parse(readFileSync(join(dist, 'api', 'timelinejs', 'all.json'), 'utf8')) as { events: { unique_id: string; start_date: Record<string, unknown> }[] };
    expect(file.events.find((e) => e.unique_id === event.id)?.start_date).toEqual({ year: 2021, month: 6, day: 9, display_date: 'by 9 June 2021' });
  });

  it('describes a figure’s chart and its page with the report’s update, never the plain day', () => {
    const slug = slugOf('updated-only.txt').slug;
    const pages = readdirSync(join(dist, 'figures'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => readFileSync(join(dist, 'figures', d.name, 'index.html'), 'utf8'))
      .filter((html) => html.includes(`/articles/${slug}/#`) && html.includes('<desc'));
    expect(pages.length, 'a figure page with a chart citing the report').toBeGreaterThan(0);
    for (const html of pages) {
      const described = [...html.matchAll(/<desc[^>]*>([\s\S]*?)<\/desc>/g), ...html.matchAll(/<p class="lede"[^>]*>([\s\S]*?)<\/p>/g), ...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((m) => text(m[1]));
      const all = described.join(' | ');
      expect(all).toContain('updated 9 June 2021');
      expect(all).not.toMatch(/(?<!updated )9 June 2021/);
      expect(all, 'a published report’s day as it was').toMatch(/(?<!updated )3 May 2021/);
    }
  });

  /**
   * A range of events never ends on a bound: "between 3 May 2021 and 9 June 2021" would claim news on 9 June.
   * Here the last event of the whole record (14 March 2025), of 2021 (9 June) and every event of 2025 are
   * bounds: the range runs over the news days, the bounded events are counted apart, "by" their day.
   */
  const BOUND = "dated only by a report's last update";
  const decoded = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const between = (html: string, re: RegExp) => decoded(text(re.exec(html)?.[1] ?? '')).trim();
  const lede = (path: string) => between(page(path), /<p class="lede"[^>]*>([\s\S]*?)<\/p>/);
  const description = (path: string) => decoded(/<meta name="description" content="([^"]*)"/.exec(page(path))![1]);

  it('counts the bounded events apart from the range on the timeline, the topic’s timeline and the home page', () => {
    expect(lede('timeline')).toMatch(new RegExp(`^\\d+ events between 27 October 2020 and 24 February 2023, and 2 ${BOUND} \\(the latest by 14 March 2025\\), told by`));
    expect(lede('timeline/ska')).toMatch(new RegExp(`^2 events about SKA between 27 October 2020 and 24 February 2023, and 1 ${BOUND} \\(by 9 June 2021\\), told by`));
    expect(lede('')).toMatch(new RegExp(`grouped into \\d+ events: \\d+ between 27 October 2020 and 24 February 2023, and 2 ${BOUND} \\(the latest by 14 March 2025\\)\\.`));
    for (const path of ['timeline', 'timeline/ska', '']) expect(lede(path)).not.toMatch(/(?:and|to) (?:14 March 2025|9 June 2021)/);
  });

  it('counts a bounded event apart on the pages of its year and month: its news may be of an earlier one', () => {
    expect(lede('timeline/2021')).toMatch(new RegExp(`^1 event in 2021, and 1 ${BOUND} \\(by 9 June 2021\\), told by 2 reports`));
    expect(lede('timeline/2021/06')).toMatch(new RegExp(`^1 event ${BOUND} \\(by 9 June 2021\\), told by 1 report`));
    expect(lede('timeline/ska/2021')).toMatch(new RegExp(`^1 event about SKA ${BOUND} \\(by 9 June 2021\\), told by 1 report`));
    expect(lede('timeline/2020')).toMatch(/^2 events in 2020, told by/);
  });

  it('says so in the descriptions of the pages, by month', () => {
    for (const path of ['', 'timeline', 'briefing']) {
      expect(description(path)).toContain(`October 2020 to February 2023, and 2 events ${BOUND} (the latest by March 2025)`);
      expect(description(path)).not.toContain('to March 2025');
    }
  });

  it('covers a briefing’s range by the news days, the bounded events apart', () => {
    const scope = (path: string) => between(page(path), /<p class="scope">([\s\S]*?)<\/p>/);
    const summary = (path: string) => between(page(path), /<h2 id="b-summary">[\s\S]*?<li>([\s\S]*?)<\/li>/);
    expect(scope('briefing/2021')).toMatch(new RegExp(`^Covering 3 May 2021, and 1 event ${BOUND} \\(by 9 June 2021\\): `));
    expect(summary('briefing/2021')).toMatch(new RegExp(`^The reports of 2021 record 1 event on 3 May 2021: “Partner universities expand labs at Harbor observatory” \\[\\d+\\], and 1 ${BOUND} \\(by 9 June 2021\\)\\.$`));
    expect(scope('briefing/2025')).toMatch(new RegExp(`^Covering 1 event ${BOUND} \\(by 14 March 2025\\): `));
    expect(summary('briefing/2025')).toBe(`The reports of 2025 record 1 event ${BOUND} (by 14 March 2025).`);
    expect(scope('briefing')).toMatch(new RegExp(`^Covering 27 October 2020 to 24 February 2023, and 2 events ${BOUND} \\(the latest by 14 March 2025\\): `));
    for (const path of ['briefing', 'briefing/2021', 'briefing/2025']) expect(scope(path) + summary(path)).not.toMatch(/(?:and|to) (?:14 March 2025|9 June 2021)/);
  });

  it('says in a chart’s description that a bounded event is counted in its update’s month', () => {
    const desc = between(page('timeline/2021'), /<desc[^>]*>([\s\S]*?)<\/desc>/);
    expect(desc).toContain("1 of them is dated only by its report's last update and counted in that month; the news may be earlier.");
    expect(between(page('timeline'), /<desc[^>]*>([\s\S]*?)<\/desc>/)).toContain("2 of them are dated only by a report's last update and counted in that month");
  });

  it('names the topic’s events by their range where its sentences are counted', () => {
    expect(decoded(text(page('topics/ska')))).toMatch(new RegExp(`name SKA, from 27 October 2020 to 24 February 2023, and 1 event ${BOUND} \\(by 9 June 2021\\)\\.`));
  });

  it('gives the update as dateModified, not datePublished, in the page’s JSON-LD', () => {
    const html = articlePage(slugOf('updated-only.txt').slug);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    const article = [ld].flat().find((x: { '@type'?: string }) => x['@type'] === 'NewsArticle') ?? ld;
    expect(article.datePublished).toBeUndefined();
    expect(article.dateModified).toBe('2021-06-09');
  });
});
