/**
 * The printed briefings, as the build made them (`npm run build` prints them; nothing is printed
 * here): one on everything, one per topic, one per year with dated reports, each an A4 PDF in
 * dist/briefings/ linked from its page with its page count and size, tagged, with its language, title
 * and an outline. Each PDF's text (pdftotext) holds its subject's events, figures, speakers and
 * numbered sources; no quote starts with a dateline; "Who spoke" counts quotes as a reader does.
 * That two builds give identical PDFs is checked by determinism.test.ts (its second build prints too).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DIST, fileFor, linksIn, readPage, requireBuiltSite } from '../helpers/dist.ts';
import { loadArticles, loadEvents, loadFigures, loadPeople, loadTopicDefinitions, loadTopicsData } from '../helpers/content.ts';
import { DATELINE_OR_BYLINE, expectedBriefings, pdfLinkTarget, headingTexts, plain, quotedTexts, readBriefings, readerQuoteCount, speakerCounts, subjectOf } from '../helpers/briefings.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { BRIEFING_LIMITS } from '../../src/lib/briefings/briefing-limits.ts';
import { sizeWords } from '../../scripts/briefing-pdf.ts';
import { builtAddress } from '../../scripts/lib/built-address.ts';

requireBuiltSite();
const briefings = readBriefings(DIST, BASE);
const byName = new Map(briefings.map((b) => [b.name, b]));
const topics = loadTopicDefinitions().map((t) => t.data);
const topicsData = loadTopicsData();
const articles = loadArticles();
const events = loadEvents();
const people = loadPeople();
const expected = expectedBriefings(topics.map((t) => t.slug), events, articles);
const built = builtAddress(DIST);

const corpus = { topics: topicsData, events, articles };
const subject = (name: string) => subjectOf(name, corpus);

describe('briefings', () => {
  it('exist for everything, each topic and each year with dated reports', () => {
    expect(briefings.map((b) => b.name).sort()).toEqual([...expected].sort());
    for (const t of topics) expect(byName.get(t.slug)?.page).toBe(`/briefing/${t.slug}/`);
  });

  it('are linked from each topic page and each year page', () => {
    for (const name of expected.slice(1)) {
      const from = topics.some((t) => t.slug === name) ? `/topics/${name}/` : `/timeline/${name}/`;
      expect(linksIn(readPage(from)), from).toContain(`/briefing/${name}/`);
    }
  });

  for (const name of expected) {
    describe(name, () => {
      const b = () => byName.get(name)!;

      it('links its PDF in dist/briefings/ with the true page count and size', () => {
        expect(b().pdfHref).toBe(`/briefings/${name}.pdf`);
        expect(fileFor(b().pdfHref!)).toBe(b().pdfFile);
        expect(b().promised?.pages).toBe(b().info.pages);
        expect(b().promised?.size).toBe(sizeWords(statSync(b().pdfFile).size));
        expect(b().html).not.toMatch(/data-print/); // the print button gave way to the link
      });

      it('is a tagged A4 PDF of 1 to 6 pages with its title, language and an outline of its sections', () => {
        const { info, outline, lang } = b();
        expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
        expect(info.pages).toBeGreaterThanOrEqual(1);
        expect(info.pages).toBeLessThanOrEqual(6);
        expect(info.tagged).toBe(true);
        expect(lang).toBe('en');
        const topic = topics.find((t) => t.slug === name);
        expect(info.title).toContain(name === 'all' ? 'Briefing' : topic?.name ?? name);
        expect(outline).toContain('Summary');
        expect(outline).toContain('Sources');
      });

      it('names each bookmark of its outline exactly as its heading reads, also where the heading wraps', () => {
        const { outline, html } = b();
        const headings = headingTexts(html);
        expect(outline.length).toBeGreaterThan(0);
        for (const title of outline) expect(headings, title).toContain(title);
      });

      it("keeps its links clickable, each to a page of the site", () => {
        expect(b().uris.length).toBeGreaterThan(0);
        for (const uri of b().uris) {
          const path = pdfLinkTarget(uri, b().pdfHref!, built);
          expect(path, uri).not.toBeNull();
          expect(fileFor('/' + path!.slice(BASE.length)), uri).not.toBeNull();
        }
      });

      it('shows and links no placeholder address when the site was built without its own', () => {
        if (built.known) return;
        const host = new URL(built.origin).host;
        expect(b().text).not.toContain(host);
        for (const uri of b().uris) expect(uri, uri).not.toContain(host);
      });

      it("tells its subject's events, figures and speakers", () => {
        const { text } = b();
        const { events: scoped, inScope } = subject(name);
        const topic = topics.find((t) => t.slug === name);
        expect(scoped.length).toBeGreaterThan(0);
        // At today's size every event of the subject fits (the limit is for large corpora).
        expect(scoped.length).toBeLessThanOrEqual(BRIEFING_LIMITS.events);
        for (const e of scoped) expect(text).toContain(e.title.slice(0, 40));
        const first = scoped[0].date!;
        const last = scoped[scoped.length - 1].date!;
        expect(text).toContain(formatDate(first));
        expect(text).toContain(formatDate(last));
        if (name === 'all') for (const t of topics) expect(text).toContain(t.fullName);
        else if (topic) expect(text).toContain(topic.fullName);
        // Figures whose value changed between two dated statements of the subject: earlier and later.
        for (const s of loadFigures()) {
          const inTopic = topic ? new Set(topicsData.find((t) => t.slug === name)!.excerpts.map((x) => `${x.article}#${x.paragraph}`)) : null;
          const dated = s.points.filter((p) => p.date && inScope(p.article) && (!inTopic || inTopic.has(`${p.article}#${p.paragraph}`)));
          if (dated.length < 2 || dated.every((p) => p.value === dated[0].value && p.qualifier === dated[0].qualifier && p.upper === dated[0].upper)) continue;
          expect(text).toContain(s.label.split(' ').slice(0, 3).join(' '));
        }
        const speakers = people
          .filter((p) => readerQuoteCount(p, inScope) > 0)
          .sort((x, y) => readerQuoteCount(y, inScope) - readerQuoteCount(x, inScope));
        expect(speakers.length).toBeGreaterThan(0);
        // Ties at the cut may fall either way: the clearly most quoted must be there.
        const cut = speakers.length > BRIEFING_LIMITS.people ? readerQuoteCount(speakers[BRIEFING_LIMITS.people], inScope) : 0;
        for (const p of speakers.filter((x) => readerQuoteCount(x, inScope) > cut)) expect(text).toContain(p.name);
      });

      it('says how many quotes each speaker has, counted as a reader counts them', () => {
        const { inScope } = subject(name);
        const said = speakerCounts(b().html);
        expect(said.length).toBeGreaterThan(0);
        for (const { name: who, total, direct, reported } of said) {
          const person = people.find((p) => p.name === who)!;
          expect(total, who).toBe(readerQuoteCount(person, inScope));
          expect(direct + reported).toBe(total);
          // Never one per sentence: a transcript answer of ten sentences is one quote.
          expect(total).toBeLessThanOrEqual(person.quotes.filter((q) => inScope(q.article)).length);
        }
      });

      it('never starts a quote or excerpt with a dateline or byline, and marks reported speech', () => {
        const quoted = quotedTexts(b().html);
        expect(quoted.length).toBeGreaterThan(0);
        for (const q of quoted) expect(q.text, q.text).not.toMatch(DATELINE_OR_BYLINE);
        for (const q of quoted.filter((x) => x.kind === 'reported')) expect(q.text).not.toMatch(/^[“"]/);
        expect(b().text).not.toMatch(/\b\p{Lu}{3,}, \w+\.? \d{1,2} \([^)]+\) --/u);
      });

      it("opens each speaker's sample quote with what they say, not with thanks or a greeting, and marks what it leaves out", () => {
        const section = /<section aria-labelledby="b-people">[\s\S]*?<\/section>/.exec(b().html)![0];
        const quoted = quotedTexts(`<article class="briefing">${section}</article>`);
        expect(quoted.length).toBeGreaterThan(0);
        for (const { text } of quoted) {
          expect(text, text).not.toMatch(/^[“"]?(?:Thank|Thanks|Good (?:morning|afternoon|evening)|Hello|Next question)\b/i);
          // Left-out sentences are shown as "…", never silently: the quote then starts with the mark.
          if (!/^[“"]?…/.test(text)) expect(text.replace(/^[“"]/, '')).toMatch(/^\p{Lu}|^\p{N}|^\P{L}/u);
        }
      });

      it('ends with numbered sources that every citation points into, each linked', () => {
        const { html } = b();
        const article = /<article class="briefing"[\s\S]*<\/article>/.exec(html)![0];
        const sources = [...article.matchAll(/<li id="src-(\d+)">/g)].map((m) => Number(m[1]));
        expect(sources).toEqual(sources.map((_, i) => i + 1));
        const cited = new Set([...article.matchAll(/href="#src-(\d+)"/g)].map((m) => Number(m[1])));
        expect([...cited].sort((x, y) => x - y)).toEqual(sources);
        // Displayed addresses may wrap only after "/" or ".", never after a path's leading "/", and on
        // paper never after a hyphen of a slug (kept whole in print by .url-word).
        for (const m of article.matchAll(/<a class="url"[^>]*>([\s\S]*?)<\/a>/g)) {
          const pieces = m[1].split('<wbr>');
          for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[/.]$/);
          expect(pieces[0], m[1]).not.toBe('/');
          for (const piece of pieces) expect(piece.replace(/<span class="url-word"[^>]*>[^<]*<\/span>/g, ''), m[1]).not.toContain('-');
        }
        const text = b().text;
        const at = text.lastIndexOf('Sources');
        expect([...text.slice(at).matchAll(/(?:^|\s)(\d{1,3})\.\s(?=\p{Lu})/gu)].map((m) => Number(m[1]))).toEqual(sources);
      });

      it('leaves out the site navigation, search, footer and the PDF offer', () => {
        const { text } = b();
        expect(text).not.toMatch(/Timeline Topics People Figures Briefing/);
        expect(text).not.toMatch(/Skip to content/);
        expect(text).not.toMatch(/Download this briefing|Print this briefing|Other briefings/);
      });
    });
  }

  it('topic and people pages quote without datelines too', () => {
    for (const path of [...topics.map((t) => `/topics/${t.slug}/`), ...people.map((p) => `/people/${p.slug}/`)]) {
      const quotes = [...readPage(path).matchAll(/<blockquote cite="[^"]+">\s*<p\b[^>]*>([\s\S]*?)<\/p>/g)];
      if (path.startsWith('/people/')) expect(quotes.length, path).toBeGreaterThan(0);
      for (const m of quotes) expect(plain(m[1]), path).not.toMatch(DATELINE_OR_BYLINE);
    }
  });
});

describe('npm run briefing:pdf without Chromium', () => {
  const node = process.execPath;
  const dir = mkdtempSync(join(tmpdir(), 'no-chromium-'));
  const env = { ...process.env, DIST_DIR: DIST, CHROMIUM_PATH: join(dir, 'no-chromium') };

  it('fails with a clear message when asked for directly', () => {
    const run = spawnSync(node, ['scripts/briefing-pdf.ts'], { env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Chromium not found/);
  });

  it('as a build step, says so in one line, succeeds and leaves the site alone', () => {
    const before = readFileSync(join(DIST, 'briefing', 'index.html'));
    const run = spawnSync(node, ['scripts/briefing-pdf.ts', '--build'], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect((run.stdout + run.stderr).trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/Chromium not found.*print button/);
    expect(readFileSync(join(DIST, 'briefing', 'index.html')).equals(before)).toBe(true);
  });
});
