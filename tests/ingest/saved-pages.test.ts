/**
 * Pages as browsers save them: Chromium's "Webpage, Single File" (MHTML; the files in
 * tests/fixtures/saved-pages/ were saved by the project's Chromium) and the "saved from url" mark that
 * "Webpage, Complete" writes. The page inside is read as the same page saved as HTML; the address the
 * browser saved it from is the page's address only when the page names none; the day the file was
 * saved (its Date header) is never the article's date.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { article, repoRoot, rules } from './helpers.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli } from './cli-project.ts';
import { listSeedFiles } from '../../scripts/ingest/seed-files.ts';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'saved-pages');
const fixture = (name: string) => readFileSync(join(fixtures, name));
const SAVE_DAY = '2026-12-01';

const trees = tempTrees('saved-pages-');
afterAll(trees.cleanup);

/** The page of page.html with `head` added to its <head>. */
const pageWith = (head: string) => fixture('page.html').toString('utf8').replace('</head>', `${head}\n</head>`);

/** An MHTML file around `html`, as Chromium writes one, saved from `address` on SAVE_DAY. */
function mhtmlOf(html: string, address: string): Buffer {
  const boundary = '----MultipartBoundary--test----';
  const qp = Buffer.from(html, 'utf8')
    .toString('latin1')
    .replace(/[=\u0080-\u00ff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/\n/g, '\r\n');
  return Buffer.from(
    [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${address}`,
      'Subject: a page',
      'Date: Tue, 01 Dec 2026 19:39:06 GMT',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
      '',
      '',
      `--${boundary}`,
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      `Content-Location: ${address}`,
      '',
      qp,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

describe('MHTML seeds', () => {
  const html = article(fixture('page.html'), 'page.html');

  it('read as the same page saved as HTML: title, body, outlet, author', () => {
    for (const name of ['chromium-dated-address.mhtml', 'chromium-windows-1252.mhtml']) {
      const saved = article(fixture(name), name);
      expect(saved.record.title, name).toBe(html.record.title);
      expect(saved.body, name).toBe(html.body);
      expect(saved.record).toMatchObject({ outlet: html.record.outlet, author: html.record.author });
      expect(saved.body).toContain('a café of ideas = a place for everyone');
      expect(rules(saved.report)).toContain('mhtml');
    }
  });

  it('read the page part alone: the frame (another page, saved after it), the image and the style are not read', () => {
    const saved = article(fixture('chromium-frame-and-image.mhtml'), 'page.mhtml');
    expect(saved.body).toBe(html.body);
    expect(saved.body).not.toMatch(/Advertisement|boat/);
  });

  it('never date the article by the day the page was saved (the MHTML Date header)', () => {
    const saved = article(fixture('chromium-windows-1252.mhtml'), 'page.mhtml');
    expect(html.record.date).toBeNull();
    expect(saved.record.date).toBeNull();
    expect(JSON.stringify(saved.record)).not.toContain(SAVE_DAY);
  });

  it('date a page that names no address of its own by the date in the address it was saved from', () => {
    const saved = article(fixture('chromium-dated-address.mhtml'), 'page.mhtml');
    expect(saved.record.date).toMatchObject({ date: '2025-03-14', source: 'url' });
    expect(saved.report.entries.find((e) => e.rule === 'saved-from')?.text).toBe('https://news.example.org/2025/03/14/harbour-town-tidal-test-site');
  });

  it('leave the page\'s own address (canonical, og:url) before the one it was saved from', () => {
    const saved = 'https://news.example.org/2025/03/14/harbour-town-tidal-test-site';
    const canonical = article(mhtmlOf(pageWith('<link rel="canonical" href="https://news.example.org/2024/11/02/tidal">'), saved), 'c.mhtml');
    expect(canonical.record.date).toMatchObject({ date: '2024-11-02', source: 'url' });
    const ogUrl = article(mhtmlOf(pageWith('<meta property="og:url" content="https://news.example.org/2023/01/09/tidal">'), saved), 'o.mhtml');
    expect(ogUrl.record.date).toMatchObject({ date: '2023-01-09', source: 'url' });
  });

  // A name of four words: a last part of three or fewer goes from a share title even unnamed (lib/html/headline/html-headline.ts).
  it('count the saved-from address\'s host among the site\'s names: "Kelmouth Coastal News Courier" on kcnc.example goes from the og:title', () => {
    const paragraphs = html.body.split('\n').map((p) => `<p>${p}</p>`).join('');
    const bare = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta property="og:title" content="Harbour town opens a tidal test site | Kelmouth Coastal News Courier"></head><body><main><article><div>${paragraphs}</div></article></main></body></html>`;
    expect(article(bare, 'page.html').record.title).toBe('Harbour town opens a tidal test site | Kelmouth Coastal News Courier');
    expect(article(mhtmlOf(bare, 'https://kcnc.example/energy/harbour'), 'page.mhtml').record.title).toBe('Harbour town opens a tidal test site');
  });

  it('leave a date the page states before the one in the saved-from address', () => {
    const stated = article(mhtmlOf(pageWith('<meta property="article:published_time" content="2025-03-10T08:00:00Z">'), 'https://news.example.org/2025/03/14/x'), 'd.mhtml');
    expect(stated.record.date).toMatchObject({ date: '2025-03-10', source: 'metadata' });
  });
});

describe('the "saved from url" mark', () => {
  const marked = (address: string, head = '') =>
    pageWith(head).replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n<!-- saved from url=(${String(address.length).padStart(4, '0')})${address} -->\n`);

  it('dates a page that names no address by the date in the one it was saved from', () => {
    const { record, report } = article(marked('https://news.example.org/2025/03/14/harbour-town-tidal-test-site'), 'page.html');
    expect(record.date).toMatchObject({ date: '2025-03-14', source: 'url' });
    expect(report.entries.find((e) => e.rule === 'saved-from')?.detail).toMatch(/saved from url/);
  });

  it('gives way to the page\'s own canonical address', () => {
    const { record } = article(marked('https://news.example.org/2025/03/14/x', '<link rel="canonical" href="https://news.example.org/energy/tidal">'), 'page.html');
    expect(record.date).toBeNull();
  });
});

describe('MHTML seeds through the CLI', () => {
  it('lists .mhtml and .mht files as seeds', () => {
    const { seedsDir } = ingestProject(trees, { seeds: { 'a.mhtml': 'x', 'b.MHT': 'x', 'c.mhtm': 'x' } });
    const listing = listSeedFiles(seedsDir);
    expect(listing.seeds.map((s) => [s.name, s.kind])).toEqual([['a.mhtml', 'html'], ['b.MHT', 'html']]);
    expect(listing.ignored).toEqual([{ name: 'c.mhtm', reason: 'a .mhtm file: seeds are .txt, .html, .htm, .xhtml, .mhtml or .mht files' }]);
  });

  it('reads only regular files: an .mhtml link, even to a page inside seeds/, is refused', () => {
    const { seedsDir } = ingestProject(trees, { seeds: { 'page.mhtml': fixture('chromium-dated-address.mhtml') } });
    symlinkSync(join(seedsDir, 'page.mhtml'), join(seedsDir, 'link.mhtml'));
    const listing = listSeedFiles(seedsDir);
    expect(listing.seeds.map((s) => s.name)).toEqual(['page.mhtml']);
    expect(listing.refused).toEqual([{ name: 'link.mhtml', reason: 'a symbolic link: only regular files inside the seeds folder are read' }]);
  });

  it('an .mhtml seed becomes one article with the title, body and date of the same page saved as .html', async () => {
    const articleOf = async (name: string, bytes: Uint8Array) => {
      const { root, seedsDir } = ingestProject(trees, { seeds: { [name]: bytes } });
      await runIngestCli(root, seedsDir);
      const dir = join(root, 'content', 'articles');
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      // Everything but the seed's own name.
      return readFileSync(join(dir, files[0]), 'utf8').replace(/^seed: .*$/m, '');
    };
    const address = 'https://news.example.org/2025/03/14/harbour-town-tidal-test-site';
    const mark = `<!-- saved from url=(${String(address.length).padStart(4, '0')})${address} -->\n`;
    const [mhtml, htmlWithMark, mhtml1252, html] = await Promise.all([
      articleOf('page.mhtml', fixture('chromium-dated-address.mhtml')),
      articleOf('page.html', Buffer.from(fixture('page.html').toString('utf8').replace('<html', `${mark}<html`))),
      articleOf('page.mht', fixture('chromium-windows-1252.mhtml')),
      articleOf('page.html', fixture('page.html')),
    ]);
    expect(mhtml).toMatch(/^title: Harbour town opens a tidal energy test site$/m);
    expect(mhtml).toMatch(/^date: "2025-03-14"$/m);
    expect(mhtml).toBe(htmlWithMark);
    expect(html).toMatch(/^date: null$/m);
    expect(mhtml1252).toBe(html);
  }, 120_000);
});
