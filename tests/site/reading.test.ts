/**
 * The reading experience, checked on the built site (dist/) against the data it was built from
 * (content/): reachability, the timeline and its SVG, topic pages and their citations, article pages,
 * people and figures, headings, and reading with JavaScript off on a phone and a desktop, in light and
 * dark. Run `npm run build` first.
 */
import { citedText } from '../../src/lib/text/cited-text.ts';
import { hasFigurePage } from '../../src/lib/data/figures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, elementById, fileFor, idsIn, linksIn, listPages, readPage as readPageFile, requireBuiltSite, textOf } from '../helpers/dist.ts';
import { loadArticles, loadEvents, loadFigures, loadMentions, loadPeople, loadTopicDefinitions, loadTopicsData } from '../helpers/content.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { EXCERPT_LIMIT, FIGURE_DETAIL_LIMIT, FIGURE_PAGE_LIMIT, FIGURE_TABLE_LIMIT, LIST_LIMIT, PERSON_QUOTE_LIMIT, TOPIC_ARTICLE_LIMIT } from '../../src/lib/data/limits.ts';
import redirectList from '../../src/data/redirects.json' with { type: 'json' };

requireBuiltSite();
const pageCache = new Map<string, string>();
const readPage = (path: string) => { const key = path.split('#')[0]; if (!pageCache.has(key)) pageCache.set(key, readPageFile(key)); return pageCache.get(key)!; };
const articles = loadArticles();
const events = loadEvents();
const topicDefs = loadTopicDefinitions();
const topicsData = loadTopicsData();
const people = loadPeople();
const mentions = loadMentions();
const series = loadFigures();
const pages = listPages();
const datedEvents = events.filter((e) => e.date).sort((a, b) => (a.date! < b.date! ? -1 : 1));
const articleOf = new Map(articles.map((a) => [a.slug, a]));
const year = (iso: string) => iso.slice(0, 4);
const monthOf = (iso: string) => iso.slice(0, 7);
/** The third of its month a day is in: `01-10`, `11-20` or `21-<last day of the month>`. */
const partOf = (iso: string) => {
  const day = Number(iso.slice(8, 10));
  const lastDay = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
  return day <= 10 ? '01-10' : day <= 20 ? '11-20' : `21-${lastDay}`;
};
/**
 * The page that lists a dated event or mentioned date in full: for a day, its third of the month,
 * /timeline/2021/03/11-20/; for a date known only to the month, the month's, /timeline/2021/03/; for
 * one known only to the year (in no month), its year's.
 */
const pageOfDate = (iso: string, precision: string | null, topic?: string) =>
  `/timeline/${topic ? `${topic}/` : ''}${year(iso)}/${precision === 'year' ? '' : `${iso.slice(5, 7)}/`}${precision === 'year' || precision === 'month' ? '' : `${partOf(iso)}/`}`;
/** A month's page, /timeline/2021/03/, or a part's, /timeline/2021/03/11-20/ (also of one topic). */
const MONTH_PAGE = /\/\d{4}\/\d{2}\/$/;
const PART_PAGE = /\/\d{4}\/\d{2}\/\d{2}-\d{2}\/$/;
/** Every event the timeline lists: the ingest's events, and dated articles in none, which stand for themselves. */
const timelineEvents = [
  ...events.filter((e) => e.date).map((e) => ({ id: e.id, date: e.date!, datePrecision: e.datePrecision, topics: e.topics })),
  ...articles.filter((a) => a.date && !a.event).map((a) => ({ id: a.slug, date: a.date!, datePrecision: a.datePrecision, topics: a.topics })),
];
const eventIds = new Set([...events.map((e) => e.id), ...articles.filter((a) => !a.event).map((a) => a.slug)]);
/** Text with inline tags (<mark>) removed without adding spaces, as a reader sees it. */
const plainText = (html: string) => textOf(html.replace(/<\/?(mark|q|a|span|time|em|strong)\b[^>]*>/g, ''));

/** Outputs of other build steps (API, feed, search index): not checked here. */
const OTHER_STEPS = /^\/(api\/|rss\.xml|pagefind\/|sitemap)/;

describe('pages and links', () => {
  it('reaches every page from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const broken: string[] = [];
    while (queue.length) {
      const from = queue.shift()!;
      for (const link of linksIn(readPage(from), from)) {
        if (link.startsWith('!')) { broken.push(`${from} → ${link.slice(1)} (not under the base path)`); continue; }
        const path = link.split('#')[0];
        if (OTHER_STEPS.test(path)) continue;
        if (!fileFor(path)) { broken.push(`${from} → ${path}`); continue; }
        if (!path.endsWith('.html') && !path.endsWith('/')) continue; // assets
        if (!seen.has(path)) { seen.add(path); queue.push(path); }
      }
    }
    expect(broken).toEqual([]);
    // A page left at a moved address is reached from old links elsewhere, by design from none here.
    const moved = new Set(redirectList.redirects.map((r) => r.from));
    const unreached = pages.filter((p) => p !== '/404.html' && !moved.has(p) && !seen.has(p));
    expect(unreached).toEqual([]);
    // The key pages exist at all (an empty site would pass the two checks above).
    for (const p of ['/timeline/', '/topics/', '/people/', '/figures/', '/briefing/']) expect(seen).toContain(p);
    for (const t of topicDefs) expect(seen).toContain(`/topics/${t.data.slug}/`);
    for (const a of articles) expect(seen).toContain(`/articles/${a.slug}/`);
    for (const p of people) expect(seen).toContain(`/people/${p.slug}/`);
  });

  it('lands every link with a #fragment on an element with that id', () => {
    const missing: string[] = [];
    const ids = new Map<string, Set<string>>();
    for (const from of pages) {
      for (const link of linksIn(readPage(from), from)) {
        const [path, frag] = link.split('#');
        if (!frag || link.startsWith('!') || OTHER_STEPS.test(path) || !fileFor(path)) continue;
        if (!ids.has(path)) ids.set(path, idsIn(readPage(path)));
        if (!ids.get(path)!.has(frag)) missing.push(`${from} → ${link}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a 404 page that leads back into the site', () => {
    const html = readPage('/404.html');
    expect(html).toMatch(/<h1[^>]*>[^<]*not found/i);
    expect(linksIn(html)).toContain('/timeline/');
  });

  it('gives every page one h1 and headings that never skip a level', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const main = elementById(readPage(p), 'main') ?? '';
      const levels = [...main.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      if (levels.filter((l) => l === 1).length !== 1 || levels[0] !== 1) problems.push(`${p}: h1 count/order ${levels.join(',')}`);
      levels.forEach((l, i) => { if (i > 0 && l > levels[i - 1] + 1) problems.push(`${p}: h${levels[i - 1]} → h${l}`); });
    }
    expect(problems).toEqual([]);
  });
});

describe('timeline', () => {
  const overview = readPage('/timeline/');
  const list = overview.slice(overview.indexOf('<ol class="tl"'));

  it('has a build-time SVG chart with a title, a description and a table of the same numbers', () => {
    const svg = /<svg\b[^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/.exec(overview);
    expect(svg).not.toBeNull();
    expect(svg![1]).toMatch(/<title id="[^"]+">[^<]*per month/);
    // The months the chart spans, not "between" two news days: an event dated only by a report's last
    // update is drawn in that month (update-dates.test.ts).
    expect(svg![1]).toMatch(/<desc id="[^"]+">[^<]*\d+ events? counted by month, \w+ \d{4} to \w+ \d{4}\./);
    // One bar per month with events, each titled with its count; the table agrees month by month.
    const perMonth = new Map<string, number>();
    for (const e of datedEvents) perMonth.set(e.date!.slice(0, 7), (perMonth.get(e.date!.slice(0, 7)) ?? 0) + 1);
    const table = /<table class="counts">[\s\S]*?<\/table>/.exec(overview)![0];
    for (const [month, n] of perMonth) {
      const row = new RegExp(`<time datetime="${month}">[\\s\\S]*?</th>\\s*<td>(\\d+)</td>`).exec(table);
      expect(row?.[1], `table row for ${month}`).toBe(String(n));
    }
    const bars = /<g class="bars">([\s\S]*?)<\/g>/.exec(svg![1])![1];
    expect((bars.match(/<rect /g) ?? []).length).toBe(perMonth.size);
  });

  it('lists the first and the last month of the data with <time datetime>', () => {
    const first = datedEvents[0].date!;
    const last = datedEvents[datedEvents.length - 1].date!;
    expect(list).toContain(`<time datetime="${last.slice(0, 7)}">`);
    expect(list).toContain(`<time datetime="${last}">`);
    // The overview lists the latest entries; older ones are on the month pages its years lead to.
    const onOverview = idsIn(overview).has(datedEvents[0].id);
    if (!onOverview) {
      expect(linksIn(overview)).toContain(`/timeline/${year(first)}/`);
      expect(linksIn(readPage(`/timeline/${year(first)}/`))).toContain(pageOfDate(first, datedEvents[0].datePrecision));
    }
    const firstPage = onOverview ? list : readPage(pageOfDate(first, datedEvents[0].datePrecision));
    expect(firstPage).toContain(`<time datetime="${first.slice(0, 7)}">`);
    expect(firstPage).toContain(`<time datetime="${first}">`);
  });

  it('lists every event under its id on its month page, with its date, precision and every report', () => {
    for (const e of datedEvents) {
      const item = elementById(readPage(pageOfDate(e.date!, e.datePrecision)), e.id);
      expect(item, e.id).not.toBeNull();
      expect(item).toContain(`datetime="${e.date}"`);
      expect(textOf(item!)).toMatch(e.datePrecision === 'day' ? /exact day/ : e.datePrecision === 'month' ? /month only/ : /year only/);
      // Every source a date can have, a saved page's fields and address too (src/lib/data/timeline.ts dateSourceOf).
      expect(textOf(item!)).toMatch(/date (stated in the report|from the dateline|inferred from a related report|from the page's date field|from the page's address)|was last updated/);
      for (const slug of e.articles) expect(linksIn(item!)).toContain(`/articles/${slug}/`);
      expect(textOf(item!)).toContain(`${e.articles.length} report`);
    }
    const entries = datedEvents.length + new Set(mentions.map((m) => `${m.datePrecision}-${m.date}`)).size;
    if (entries <= LIST_LIMIT) for (const e of datedEvents) expect(idsIn(overview)).toContain(e.id);
  });

  it('shows dates mentioned in articles as mentioned events linking to their sentences', () => {
    expect(mentions.length).toBeGreaterThan(0);
    const groups = new Map<string, typeof mentions>();
    for (const m of mentions) groups.set(`${m.datePrecision}-${m.date}`, [...(groups.get(`${m.datePrecision}-${m.date}`) ?? []), m]);
    for (const [key, group] of groups) {
      const m = group[0];
      const item = elementById(readPage(pageOfDate(m.date, m.datePrecision)), `mentioned-${key}`);
      expect(item, `${m.text} (${m.date})`).not.toBeNull();
      expect(item).toMatch(/class="badge">mentioned</);
      expect(item).toContain(`datetime="${m.datePrecision === 'year' ? year(m.date) : m.datePrecision === 'month' ? m.date.slice(0, 7) : m.date}"`);
      // Every sentence that names the date is linked, up to a dozen and one quoted; beyond that the
      // item says how many more there are.
      const links = new Set(linksIn(item!));
      const linked = group.filter((x) => links.has(`/articles/${x.article}/#${x.paragraph}`));
      const distinct = new Set(group.map((x) => `${x.article}#${x.paragraph}`)).size;
      expect(new Set(linked.map((x) => `${x.article}#${x.paragraph}`)).size, key).toBe(Math.min(distinct, 13));
      if (group.length > 13) expect(textOf(item!)).toMatch(new RegExp(`and ${group.length - 13} more`));
    }
  });

  it('gives each year a page of its months, each with its count and linking to the page that lists all of it', () => {
    const years = [...new Set([...timelineEvents.map((e) => year(e.date)), ...mentions.map((m) => year(m.date))])].sort();
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) {
      const page = readPage(`/timeline/${y}/`);
      const links = linksIn(page, `/timeline/${y}/`);
      const ids = idsIn(page);
      const inMonths = timelineEvents.filter((e) => year(e.date) === y && e.datePrecision !== 'year');
      const months = [...new Set([...inMonths.map((e) => monthOf(e.date)), ...mentions.filter((m) => year(m.date) === y && m.datePrecision !== 'year').map((m) => monthOf(m.date))])].sort();
      for (const month of months) {
        // The month's section keeps the old anchor (#m-2021-03) and links to the month's own page.
        const section = elementById(page, `m-${month}`);
        expect(section, `${y}: m-${month}`).not.toBeNull();
        expect(section).toContain(`<time datetime="${month}">`);
        expect(linksIn(section!)).toContain(`/timeline/${y}/${month.slice(5)}/`);
        const n = inMonths.filter((e) => monthOf(e.date) === month).length;
        if (n > 0) expect(textOf(section!)).toMatch(new RegExp(`\\b${n.toLocaleString('en')} events?\\b`));
        // Its most reported events link to their place on the month's page or the page of its part.
        for (const link of linksIn(section!).filter((l) => l.includes('#'))) {
          const [path, id] = link.split('#');
          expect(path.startsWith(`/timeline/${y}/${month.slice(5)}/`), link).toBe(true);
          expect(idsIn(readPage(path)), link).toContain(id);
        }
      }
      // The year's page is an overview: it lists no event of a month itself, and links no other month.
      for (const e of inMonths) expect(ids.has(e.id), `${e.id} on /timeline/${y}/`).toBe(false);
      const monthLinks = new Set(links.map((l) => l.split('#')[0]).filter((l) => /^\/timeline\/\d{4}\/\d{2}\/$/.test(l)));
      expect([...monthLinks].sort()).toEqual(months.map((m) => `/timeline/${y}/${m.slice(5)}/`));
    }
  });

  it('lists on each month page the events dated only to it and links each of its parts, which list exactly the events of their days; each links the one before and after', () => {
    const months = listPages().filter((p) => /^\/timeline\/\d{4}\/\d{2}\/$/.test(p));
    const parts = listPages().filter((p) => /^\/timeline\/\d{4}\/\d{2}\/\d{2}-\d{2}\/$/.test(p));
    expect(months.length).toBeGreaterThan(0);
    expect(parts.length).toBeGreaterThan(0);
    for (const path of [...months, ...parts]) {
      const expected = timelineEvents.filter((e) => e.datePrecision !== 'year' && pageOfDate(e.date, e.datePrecision) === path).map((e) => e.id).sort();
      const listed = [...idsIn(readPage(path))].filter((id) => eventIds.has(id)).sort();
      expect(listed, path).toEqual(expected);
    }
    // Every day-dated event and mentioned day has its part's page, linked from the month's page.
    const days = [...timelineEvents.filter((e) => e.datePrecision === 'day').map((e) => e.date), ...mentions.filter((m) => m.datePrecision === 'day').map((m) => m.date)];
    expect(parts).toEqual([...new Set(days.map((d) => pageOfDate(d, 'day')))].sort());
    for (const part of parts) expect(linksIn(readPage(part.slice(0, 18))), part).toContain(part);
    // Its heading keeps the days on one line: "Timeline: 21–" over "31 October 2020" was the 375 px view.
    for (const part of listPages().filter((p) => PART_PAGE.test(p))) {
      expect(readPage(part), part).toMatch(/<h1>Timeline: [^<]*<span class="days">\d+–\d+<\/span> \w+ \d{4}<\/h1>/);
    }
    // Up: a month's page links its year's (/timeline/2021/), a part's its month's (/timeline/2021/03/).
    for (const [list, up] of [[months, 15], [parts, 18]] as const) {
      for (let i = 0; i < list.length; i++) {
        const html = readPage(list[i]);
        const rel = (r: string) => new RegExp(`<a rel="${r}" href="([^"]+)"`).exec(html)?.[1];
        expect(rel('prev') && linksIn(`<a href="${rel('prev')}">`)[0], list[i]).toBe(list[i - 1]);
        expect(rel('next') && linksIn(`<a href="${rel('next')}">`)[0], list[i]).toBe(list[i + 1]);
        expect(linksIn(html)).toContain(list[i].slice(0, up));
      }
    }
  });

  it('sends every article of an event to the element with the event id on its month page', () => {
    for (const e of events.filter((x) => x.date)) {
      for (const slug of e.articles) {
        const link = linksIn(readPage(`/articles/${slug}/`)).find((l) => l.startsWith('/timeline/') && l.includes('#'));
        expect(link, slug).toBe(`${pageOfDate(e.date!, e.datePrecision)}#${e.id}`);
        expect(elementById(readPage(link!), e.id), link).not.toBeNull();
      }
    }
  });

  it('filters by topic without JavaScript: one page per topic with exactly its events', () => {
    for (const t of topicDefs) {
      const page = readPage(`/timeline/${t.data.slug}/`);
      const ids = idsIn(page);
      for (const e of datedEvents) {
        if (datedEvents.length + mentions.length > LIST_LIMIT) break;
        expect(ids.has(e.id), `${e.id} on /timeline/${t.data.slug}/`).toBe(e.topics.includes(t.data.slug));
      }
      expect(linksIn(overview)).toContain(`/timeline/${t.data.slug}/`);
      // A topic's month and part pages list exactly the topic's events of the month (dated only to
      // it) and of the part.
      for (const path of listPages().filter((p) => p.startsWith(`/timeline/${t.data.slug}/`) && (MONTH_PAGE.test(p) || PART_PAGE.test(p)))) {
        const expected = timelineEvents.filter((e) => e.topics.includes(t.data.slug) && e.datePrecision !== 'year' && pageOfDate(e.date, e.datePrecision, t.data.slug) === path);
        const listed = [...idsIn(readPage(path))].filter((id) => eventIds.has(id)).sort();
        expect(listed, path).toEqual(expected.map((e) => e.id).sort());
      }
    }
  });

  it('lists undated articles apart instead of dropping them', () => {
    const undated = articles.filter((a) => !a.date);
    if (undated.length === 0) {
      expect(fileFor('/timeline/undated/')).toBeNull();
      return;
    }
    // Listed by the first letter of the event's id (src/lib/urls/links.ts), each page linked from /timeline/undated/.
    const overview = linksIn(readPage('/timeline/undated/'));
    const letterPages = listPages().filter((p) => /^\/timeline\/undated\/[^/]+\/$/.test(p));
    for (const p of letterPages) expect(overview).toContain(p);
    const links = new Set(letterPages.flatMap((p) => linksIn(readPage(p))));
    for (const a of undated) expect(links.has(`/articles/${a.slug}/`), a.slug).toBe(true);
  });
});

describe('topic pages', () => {
  it('are generated from the topic definitions and show the hand-written introduction', () => {
    expect(topicDefs.length).toBeGreaterThan(0);
    const index = readPage('/topics/');
    for (const t of topicDefs) {
      expect(linksIn(index)).toContain(`/topics/${t.data.slug}/`);
      const firstWords = t.body.trim().split(/\s+/).slice(0, 8).join(' ');
      expect(textOf(readPage(`/topics/${t.data.slug}/`))).toContain(firstWords);
    }
  });

  it('quote their sources and link to the paragraph of every quoted sentence', () => {
    for (const t of topicsData) {
      const page = readPage(`/topics/${t.slug}/`);
      const links = new Set(linksIn(page));
      // Each quotation cites its paragraph and quotes a sentence the ingest found for this topic.
      const quotes = [...page.matchAll(/<blockquote cite="([^"]+)">([\s\S]*?)<\/blockquote>/g)];
      const distinct = new Set(t.excerpts.map((x) => `${x.article}#${x.paragraph}#${x.sentence}`)).size;
      expect(quotes.length, `${t.slug}: quotations`).toBe(Math.min(EXCERPT_LIMIT, distinct));
      for (const [, cite, body] of quotes) {
        const target = linksIn(`<a href="${cite}">`)[0];
        const quoted = plainText(body);
        const x = t.excerpts.find((e) => `/articles/${e.article}/#${e.paragraph}` === target && quoted.includes(citedText(e.sentence).slice(0, 60)));
        expect(x, `${t.slug}: ${target}`).toBeDefined();
        expect(links.has(target)).toBe(true);
      }
      // The newest reports are listed (all of them when there are few); undated ones come last.
      const newest = [...t.articles].sort((a, b) => {
        const [da, db] = [articleOf.get(a)?.date ?? '', articleOf.get(b)?.date ?? ''];
        return da !== db ? (da < db ? 1 : -1) : a < b ? -1 : 1;
      });
      for (const slug of newest.slice(0, TOPIC_ARTICLE_LIMIT)) expect(links.has(`/articles/${slug}/`), `${t.slug} → ${slug}`).toBe(true);
      expect(page).toMatch(/<svg\b[^>]*role="img"/); // the topic's own timeline
    }
  });
});

describe('article pages', () => {
  it('show every paragraph under its anchor, with a permalink', () => {
    for (const a of articles) {
      const html = readPage(`/articles/${a.slug}/`);
      const ids = idsIn(html);
      for (let n = 1; n <= a.paragraphs; n++) expect(ids.has(`p-${n}`), `${a.slug} p-${n}`).toBe(true);
      expect(ids.has(`p-${a.paragraphs + 1}`)).toBe(false);
      expect(html).toContain(`<a class="pl" href="#p-${a.paragraphs}"`);
    }
  });

  it('say where the date came from, linking the sibling report when it was inferred', () => {
    for (const a of articles) {
      const html = readPage(`/articles/${a.slug}/`);
      const facts = textOf(/<section class="provenance"[\s\S]*?<\/section>/.exec(html)![0]);
      expect(facts).toContain(a.outlet ?? 'Not named on the page');
      if (!a.date) { expect(facts).toMatch(/Undated/); continue; }
      expect(html).toContain(`datetime="${a.datePrecision === 'day' ? a.date : a.datePrecision === 'month' ? a.date.slice(0, 7) : year(a.date)}"`);
      if (a.dateSource === 'inferred') {
        expect(facts).toMatch(/Dated by inference/);
        if (a.datedFrom) expect(linksIn(html)).toContain(`/articles/${a.datedFrom}/`);
      } else {
        const said: Record<string, RegExp> = {
          dateline: /From the dateline/,
          metadata: /From the saved page's date field/,
          url: /From the date in the page's address/,
          update: /says only when it was last updated/,
        };
        expect(facts).toMatch(said[a.dateSource ?? ''] ?? /Stated on the page/);
        if (a.dateEvidence) expect(facts).toContain(a.dateEvidence);
      }
      for (const p of a.people) expect(linksIn(html)).toContain(`/people/${p.slug}/`);
    }
  });

  it('link the other reports of the same event', () => {
    for (const e of events.filter((x) => x.articles.length > 1)) {
      for (const slug of e.articles) {
        const links = linksIn(readPage(`/articles/${slug}/`));
        for (const other of e.articles.filter((s) => s !== slug)) expect(links).toContain(`/articles/${other}/`);
      }
    }
  });

  it('chain all articles in time through previous/next links', () => {
    const next = (slug: string) => /<a rel="next" href="[^"]*\/articles\/([^/"]+)\/"/.exec(readPage(`/articles/${slug}/`))?.[1];
    const prev = (slug: string) => /<a rel="prev" href="[^"]*\/articles\/([^/"]+)\/"/.exec(readPage(`/articles/${slug}/`))?.[1];
    const starts = articles.filter((a) => !prev(a.slug));
    expect(starts).toHaveLength(1);
    const chain = [starts[0].slug];
    for (let s = next(chain[0]); s; s = next(s)) chain.push(s);
    expect(chain.length).toBe(articles.length);
    const dates = chain.map((s) => articleOf.get(s)!.date).filter((d): d is string => !!d);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('people and figures', () => {
  it('list everyone with their roles as given and quotes linking to paragraphs', () => {
    // The index is cut into numbered pages (/people/, /people/2/ …), each linking to all the others.
    const indexPages = ['/people/', ...listPages().filter((x) => /^\/people\/\d+\/$/.test(x))];
    const indexed = new Set(indexPages.flatMap((x) => linksIn(readPage(x))));
    for (const x of indexPages.slice(1)) expect(indexed.has(x), x).toBe(true);
    for (const p of people) {
      expect(indexed.has(`/people/${p.slug}/`), p.slug).toBe(true);
      const page = readPage(`/people/${p.slug}/`);
      for (const r of p.roles) expect(textOf(page)).toContain(r);
      const links = new Set(linksIn(page));
      // The latest quotes are quoted, each citing its paragraph; every report of the person is linked.
      const quotes = [...page.matchAll(/<blockquote cite="([^"]+)">([\s\S]*?)<\/blockquote>/g)];
      // Sentences quoted from one paragraph are read together as one passage.
      const paragraphs = new Set(p.quotes.map((q) => `/articles/${q.article}/#${q.paragraph}`));
      expect(quotes.length, p.slug).toBe(Math.min(PERSON_QUOTE_LIMIT, paragraphs.size));
      for (const [, cite, body] of quotes) {
        const target = linksIn(`<a href="${cite}">`)[0];
        const said = p.quotes.filter((q) => `/articles/${q.article}/#${q.paragraph}` === target);
        expect(said.length, target).toBeGreaterThan(0);
        // Quoted without the report's dateline (src/lib/text/cited-text.ts).
        for (const q of said) expect(plainText(body)).toContain(citedText(q.sentence).slice(0, 60));
      }
      if (p.quotes.length <= PERSON_QUOTE_LIMIT) for (const q of p.quotes) expect(links.has(`/articles/${q.article}/#${q.paragraph}`)).toBe(true);
      // Every report of the person: the latest on their page, all of them by year when there are more.
      const yearPages = listPages().filter((x) => x.startsWith(`/people/${p.slug}/`) && x !== `/people/${p.slug}/`);
      for (const x of yearPages) expect(links.has(x), x).toBe(true);
      const reports = new Set([...links, ...yearPages.flatMap((x) => linksIn(readPage(x)))]);
      for (const slug of p.articles) expect(reports.has(`/articles/${slug}/`), slug).toBe(true);
    }
  });

  it('draw each series with two or more dated points as an SVG chart, with a table linking every point to its paragraph', () => {
    // The index is cut into numbered pages (/figures/, /figures/2/ …), each linking to all the others.
    const indexPages = ['/figures/', ...listPages().filter((p) => /^\/figures\/\d+\/$/.test(p))];
    for (const p of indexPages.slice(1)) expect(linksIn(readPage('/figures/'))).toContain(p);
    // A measure stated once by no one named has no page of its own: the API links its paragraph instead.
    for (const s of series.filter(hasFigurePage)) {
      const section = indexPages.map((p) => elementById(readPage(p), s.id)).find((x) => x !== null) ?? null;
      expect(section, s.id).not.toBeNull();
      // Every statement on the series' own page; the latest dated ones on /figures/.
      const own = readPage(`/figures/${s.id}/`);
      const pageOf = (p: (typeof s.points)[number]) =>
        s.points.length <= FIGURE_PAGE_LIMIT ? own : readPage(`/figures/${s.id}/${p.date ? year(p.date) : 'undated'}/`);
      for (const p of s.points) expect(linksIn(pageOf(p))).toContain(`/articles/${p.article}/#${p.paragraph}`);
      const latest = s.points.filter((p) => p.date).sort((a, b) => (a.date! < b.date! ? -1 : 1)).slice(-FIGURE_TABLE_LIMIT);
      for (const p of s.points.filter((x) => x.date).length >= 2 ? latest : s.points) expect(linksIn(section!)).toContain(`/articles/${p.article}/#${p.paragraph}`);
      const svg = /<svg\b[\s\S]*?<\/svg>/.exec(section!)?.[0];
      if (s.points.filter((p) => p.date).length >= 2) {
        expect(svg, s.id).toBeDefined();
        expect(svg).toMatch(/^<svg\b[^>]*role="img"/);
        expect(svg).toMatch(/<title id=/);
        // One dot per distinct statement, or per month when there are too many to draw one by one.
        const distinct = new Set(s.points.filter((p) => p.date).map((p) => `${p.date}|${p.value}|${p.upper}|${p.qualifier}`));
        const months = new Set(s.points.filter((p) => p.date).map((p) => p.date!.slice(0, 7)));
        expect((svg!.match(/<circle /g) ?? []).length).toBe(distinct.size <= FIGURE_DETAIL_LIMIT ? distinct.size : months.size);
        const table = /<table\b[\s\S]*?<\/table>/.exec(section!)![0];
        for (const p of latest) expect(linksIn(table)).toContain(`/articles/${p.article}/#${p.paragraph}`);
      }
    }
  });
});

describe('reading in a browser with JavaScript off', () => {
  const KEY_PAGES = ['/', '/timeline/', `/topics/${topicDefs[0].data.slug}/`, `/articles/${articles[0].slug}/`, '/briefing/'];
  let server: StaticServer;
  beforeAll(async () => { server = await serveDist({ dir: DIST }); });
  afterAll(async () => { await server?.close(); });

  for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
    it(`shows a screenful of text and no sideways scrolling at ${viewport.width}px`, async () => {
      const browser = await launchChromium({ viewport, javaScriptEnabled: false });
      try {
        const page = await browser.context.newPage();
        for (const path of KEY_PAGES) {
          const response = await page.goto(server.url(path));
          expect(response?.status(), path).toBe(200);
          const m = await page.evaluate(() => {
            const main = document.querySelector('main')!;
            // Text that is actually visible inside the first screen.
            let firstScreen = 0;
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(n);
              const r = range.getBoundingClientRect();
              if (r.height > 0 && r.top < window.innerHeight && r.bottom > 0) firstScreen += (n.textContent ?? '').trim().length;
            }
            return {
              text: main.innerText.length,
              firstScreen,
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
            };
          });
          expect(m.text, `${path} text`).toBeGreaterThan(1500);
          expect(m.firstScreen, `${path} first screen`).toBeGreaterThan(viewport.width < 600 ? 250 : 500);
          expect(m.overflow, `${path} sideways overflow`).toBeLessThanOrEqual(0);
        }
      } finally {
        await browser.close();
      }
    });
  }

  it('uses different colours in the dark scheme, with AA contrast for text and links in both', async () => {
    const seen: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const browser = await launchChromium({ colorScheme, javaScriptEnabled: false });
      try {
        const page = await browser.context.newPage();
        for (const path of KEY_PAGES) {
          await page.goto(server.url(path));
          const low = await page.evaluate(() => {
            const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
            const lum = ([r, g, b]: number[]) => {
              const f = (v: number) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
              return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const bgOf = (el: Element | null): number[] => {
              for (; el; el = el.parentElement) {
                const c = getComputedStyle(el).backgroundColor;
                if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return parse(c);
              }
              return [255, 255, 255];
            };
            const bad: string[] = [];
            for (const el of document.querySelectorAll('main p, main li, main a, main th, main td, main h1, main h2, main h3, main time, main .how, header a, footer a')) {
              if (!(el as HTMLElement).offsetParent || !el.textContent?.trim()) continue;
              const fg = lum(parse(getComputedStyle(el).color));
              const bg = lum(bgOf(el));
              const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              if (ratio < 4.5) bad.push(`${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 30)}” ${ratio.toFixed(2)}`);
            }
            return bad;
          });
          expect(low, `${colorScheme} ${path}`).toEqual([]);
        }
        seen.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      } finally {
        await browser.close();
      }
    }
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe('old addresses of events (/timeline/<year>/#<id>, before the months had pages)', () => {
  let server: StaticServer;
  beforeAll(async () => { server = await serveDist({ dir: DIST }); });
  afterAll(async () => { await server?.close(); });
  const first = timelineEvents.filter((e) => e.datePrecision !== 'year').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))[0];
  const last = timelineEvents.filter((e) => e.datePrecision !== 'year').sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1))[0];
  const mention = mentions.find((m) => m.datePrecision !== 'year');
  const topical = timelineEvents.find((e) => e.datePrecision !== 'year' && e.topics.length > 0);

  it('without JavaScript, lead from the year page to the month page in one link, and from the month page to the part in one more', () => {
    for (const e of [first, last]) {
      const month = `/timeline/${year(e.date)}/${e.date.slice(5, 7)}/`;
      const section = elementById(readPage(`/timeline/${year(e.date)}/`), `m-${monthOf(e.date)}`);
      expect(linksIn(section!)[0]).toBe(month);
      if (e.datePrecision === 'month') continue;
      const card = elementById(readPage(month), `d-${monthOf(e.date)}-${partOf(e.date)}`);
      expect(linksIn(card!)[0]).toBe(pageOfDate(e.date, e.datePrecision));
    }
  });

  it('with JavaScript, land on the event on its month page; other anchors stay put', async () => {
    const browser = await launchChromium({ javaScriptEnabled: true });
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const visit = async (path: string) => {
        await page.goto('about:blank'); // a fresh load each time, not a jump within the page
        await page.goto(server.url(path));
        await page.waitForLoadState('load');
        const url = new URL(page.url());
        return {
          at: linksIn(`<a href="${url.pathname}${url.hash}">`)[0],
          target: await page.evaluate(() => document.querySelector(':target')?.id ?? null),
        };
      };
      const cases: { from: string; to: string; id: string }[] = [first, last].map((e) => ({
        from: `/timeline/${year(e.date)}/#${e.id}`, to: `${pageOfDate(e.date, e.datePrecision)}#${e.id}`, id: e.id,
      }));
      if (mention) {
        const id = `mentioned-${mention.datePrecision}-${mention.date}`;
        cases.push({ from: `/timeline/${year(mention.date)}/#${id}`, to: `${pageOfDate(mention.date, mention.datePrecision)}#${id}`, id });
      }
      if (topical) {
        const t = topical.topics[0];
        cases.push({ from: `/timeline/${t}/${year(topical.date)}/#${topical.id}`, to: `${pageOfDate(topical.date, topical.datePrecision, t)}#${topical.id}`, id: topical.id });
        // A month's page used to list the whole month (/timeline/<year>/<month>/#<id>): on to its part.
        cases.push({ from: `/timeline/${t}/${year(topical.date)}/${topical.date.slice(5, 7)}/#${topical.id}`, to: `${pageOfDate(topical.date, topical.datePrecision, t)}#${topical.id}`, id: topical.id });
      }
      for (const e of [first, last]) {
        cases.push({ from: `/timeline/${year(e.date)}/${e.date.slice(5, 7)}/#${e.id}`, to: `${pageOfDate(e.date, e.datePrecision)}#${e.id}`, id: e.id });
      }
      if (mention && mention.datePrecision === 'day') {
        const id = `mentioned-day-${mention.date}`;
        cases.push({ from: `/timeline/${year(mention.date)}/${mention.date.slice(5, 7)}/#${id}`, to: `${pageOfDate(mention.date, 'day')}#${id}`, id });
      }
      for (const c of cases) expect(await visit(c.from), c.from).toEqual({ at: c.to, target: c.id });
      // Anchors that are on the year page, and ids of another year, are left alone.
      const y = year(first.date);
      for (const anchor of [`m-${monthOf(first.date)}`, 'months']) {
        expect(await visit(`/timeline/${y}/#${anchor}`)).toEqual({ at: `/timeline/${y}/#${anchor}`, target: anchor });
      }
      const otherYear = `${Number(y) - 1}-06-15-someone`;
      expect((await visit(`/timeline/${y}/#${otherYear}`)).at).toBe(`/timeline/${y}/#${otherYear}`);
      // The same on a month's page: its own anchors, and a day of another month, stay put.
      if (first.datePrecision === 'day') {
        const month = `/timeline/${y}/${first.date.slice(5, 7)}/`;
        for (const anchor of [`d-${monthOf(first.date)}-${partOf(first.date)}`, 'parts']) {
          expect(await visit(`${month}#${anchor}`)).toEqual({ at: `${month}#${anchor}`, target: anchor });
        }
        const otherMonth = `${y}-${first.date.slice(5, 7) === '01' ? '02' : '01'}-15-someone`;
        expect((await visit(`${month}#${otherMonth}`)).at).toBe(`${month}#${otherMonth}`);
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
