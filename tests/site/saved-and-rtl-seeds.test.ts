/**
 * Saved web pages (.html, .mhtml) and right-to-left text, from seed to the built site, read in Chromium
 * as a reader reads them: issue #13 says a saved page's blocks go through the same stages as a text
 * seed's, so its article page must show headline, outlet, author and a date with its precision and
 * provenance as a text seed's does, paragraphs in order behind working anchors, entities decoded once;
 * an Arabic report must be laid out right to left (the site's own words around it left to right); an
 * undated report must say so and never get the build's day; a Korean one breaks lines between words,
 * and its briefing PDF shows its title in letters, not empty boxes, on a machine without Korean fonts; a
 * Japanese title prints its kanji in Japanese shapes, not Chinese ones, and a Traditional Chinese one in
 * Traditional shapes, not Simplified ones. The repository's seeds are English text,
 * so this file builds its own small site from invented pages.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium.ts';
import { installedFontCoverage, uncoveredCharacters } from '../../scripts/lib/font-coverage.ts';
import { mergedCoverage, printFonts } from '../../scripts/lib/print-fonts.ts';
import { everyWordPicture, inked, pictureDifference, wordPictures } from '../helpers/pdf-glyphs.ts';
import { shellEnvironment, articlePathOfSeed } from '../helpers/build-env.ts';

const run = promisify(execFile);
const project = join(tmpdir(), `saved-and-rtl-seeds-${process.pid}`);
const dist = join(project, 'dist');

/** A saved news page with everything an article page shows: JSON-LD, og:site_name, a figure, a quote, a list, entities. */
const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lake observatory signs sediment core pact with Chinese institute | Northshore Ledger</title>
<meta property="og:site_name" content="Northshore Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lake observatory signs sediment core pact with Chinese institute","datePublished":"2024-05-21T07:00:00+02:00","author":{"@type":"Person","name":"Oskar Lindqvist"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/science">Science</a></nav>
<article>
<h1>Lake observatory signs sediment core pact with Chinese institute</h1>
<p>A lake observatory in Finland signed a pact with a Chinese institute on Tuesday to share sediment cores &amp; the climate records read from them, its director Aino Halme said.</p>
<figure><img src="core.jpg" alt=""><figcaption>A sediment core on the observatory's bench.</figcaption></figure>
<blockquote><p>&ldquo;Mud keeps a diary of ten thousand summers,&rdquo; Halme said.</p></blockquote>
<h2>What the pact covers</h2>
<p>The pact covers three kinds of work:</p>
<ul><li>drilling two new cores a year;</li><li>dating layers in both laboratories;</li></ul>
<table><tr><th>Core</th><th>Depth</th></tr><tr><td>North basin</td><td>12 m</td></tr><tr><td colspan="2">Depths below the lake bed.</td></tr><tr><td>South basin</td><td>9 m</td></tr></table>
<p>The first cores leave for Nanjing in June &lt;weather permitting&gt;, the observatory said.</p>
</article>
<footer>&copy; Northshore Ledger</footer>
</body></html>
`;

/** The same kind of page as Chrome's "Webpage, Single File" saves it: the date only in the address it was saved from. */
const MHTML = [
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: https://reef.example/2023/09/08/reef-survey-china',
  'Subject: Reef survey team adds Chinese divers',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; type="text/html"; boundary="----B"',
  '',
  '------B',
  'Content-Type: text/html',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: https://reef.example/2023/09/08/reef-survey-china',
  '',
  '<html><head><meta charset=3D"utf-8"><title>Reef survey team adds Chinese divers</title></head><body>',
  '<article><h1>Reef survey team adds Chinese divers</h1>',
  '<p>A reef survey team in Fiji added six divers from a Chinese marine institute to its count of coral bleaching, the team=E2=80=99s leader Mere Tuilau said.</p>',
  '<p>The divers will map reefs off four islands and share the photographs with the island=E2=80=99s fisheries office.</p>',
  '</article></body></html>',
  '------B--',
  '',
].join('\r\n');

/** An Arabic report, as a browser's text copy of it. */
const ARABIC = [
  'الصين والأردن توقعان اتفاقا لأبحاث المياه الجوفية',
  'عمان – 3 فبراير 2025',
  'وقعت الصين والأردن يوم الاثنين اتفاقا لإجراء أبحاث مشتركة حول المياه الجوفية في وادي الأردن، وفق ما أعلنت وزارة المياه.',
  'وقال الدكتور خالد العمري إن "كل قطرة ماء في الوادي لها قصة يجب أن نقرأها معا".',
  'ويستمر الاتفاق خمس سنوات ويشمل تدريب عشرين مهندسا أردنيا.',
  '',
].join('\n');

/** A Korean report: Korean is written with spaces between words, and a line breaks only there. */
const KOREAN = [
  '한중 연구진, 해양 플라스틱 추적 공동연구 착수',
  '입력 2025.07.14 09:00',
  '한국과 중국 해양연구기관 연구진이 황해의 미세플라스틱 이동 경로를 함께 추적하는 공동연구에 착수했다고 해양수산부가 14일 밝혔다. 양측은 관측선 두 척을 번갈아 운항하며 표층수와 퇴적물 시료를 채취하고 분석 결과를 매달 공유하기로 했다.',
  '연구 책임자는 "바다에는 국경이 없기 때문에 자료도 함께 모아야 한다"고 말했다.',
  '',
].join('\n');

/**
 * A Japanese and a Chinese report under one title: Han characters the two languages share by code point
 * and write in different shapes (直, 骨, 海 differ in a stroke or a part). The title is Han only, so a
 * briefing prints the same characters twice, each in its report's language.
 */
const SHARED_TITLE = '中日海洋直通骨干观测合作启动';
const JAPANESE = [
  SHARED_TITLE,
  '2022年3月8日 10:00',
  '日本と中国の海洋研究機関は8日、東シナ海の水温と海流を共同で観測する協定に署名したと発表した。両機関は観測船を交代で運航し、直近のデータを毎月共有する。',
  '研究責任者は「海には国境がないので、データも一緒に集める必要がある」と述べた。',
  '',
].join('\n');
const CHINESE = [
  SHARED_TITLE,
  '2022年5月20日 09:30',
  '中国和日本的海洋研究机构20日宣布，双方签署协议，将共同观测东海的水温和海流。两家机构将轮流派出观测船，并每月共享最新数据。',
  '项目负责人表示：“海洋没有国界，数据也应该一起收集。”',
  '',
].join('\n');

/**
 * A Traditional and a Simplified Chinese report under one title of characters both scripts write with the
 * same code points and the two fonts draw differently (骨, 直, 角). The ingest marks the Traditional one
 * zh-Hant from its text (this-only forms such as 們, 這, 與), so its title prints with the Traditional font.
 */
const HAN_TITLE = '海底直角骨架合作';
const TRADITIONAL_CHINESE = [
  HAN_TITLE,
  '2023年2月14日 10:00',
  '臺灣與歐洲的海洋研究機構14日宣布，雙方簽署協議，將共同觀測海底的地形與海流。兩個機構將輪流派出觀測船，並每月共享最新資料。',
  '計畫負責人表示：「海洋沒有國界，我們的資料也應該一起收集。」這項合作為期五年。',
  '',
].join('\n');
const SIMPLIFIED_CHINESE = [
  HAN_TITLE,
  '2023年9月20日 09:30',
  '中国与欧洲的海洋研究机构20日宣布，双方签署协议，将共同观测海底的地形与海流。两个机构将轮流派出观测船，并每月共享最新数据。',
  '项目负责人表示：“海洋没有国界，我们的数据也应该一起收集。”这项合作为期五年。',
  '',
].join('\n');

/** A report that names no date at all. */
const UNDATED = [
  'Glacier monitors from Nepal and China share a weather station',
  'Glacier researchers from Nepal and China agreed to share a weather station high on a Himalayan glacier, a Nepali university said.',
  '"Ice does not stop at a border," said Sunita Gurung, a glaciologist at the university.',
  'The station will send readings every hour to both teams.',
  '',
].join('\n');

/** What a reader sees in the facts box: each label with its value's shown text. */
const facts = (page: Page) => page.$$eval('dl.facts dt', (dts) =>
  Object.fromEntries(dts.map((dt) => [dt.textContent!.trim(), (dt.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ').trim()])));

describe('saved pages and right-to-left text, seed to built site, as a reader sees them', () => {
  let server: StaticServer;
  let browser: LaunchedChromium;
  let page: Page;
  /** What printing the briefings said. */
  let printed: { stdout: string; stderr: string };
  const visit = async (path: string) => {
    await page.goto(server.url(path));
    await page.waitForLoadState('load');
  };

  beforeAll(async () => {
    copyProject(project);
    const seeds = join(project, 'seeds');
    mkdirSync(seeds, { recursive: true });
    writeFileSync(join(seeds, 'lake-pact.html'), SAVED_PAGE);
    writeFileSync(join(seeds, 'reef-survey.mhtml'), MHTML);
    writeFileSync(join(seeds, 'water-pact-ar.txt'), ARABIC);
    writeFileSync(join(seeds, 'glacier-station.txt'), UNDATED);
    writeFileSync(join(seeds, 'plastic-survey-ko.txt'), KOREAN);
    writeFileSync(join(seeds, 'ocean-survey-ja.txt'), JAPANESE);
    writeFileSync(join(seeds, 'ocean-survey-zh.txt'), CHINESE);
    writeFileSync(join(seeds, 'seabed-survey-zh-hant.txt'), TRADITIONAL_CHINESE);
    writeFileSync(join(seeds, 'seabed-survey-zh-hans.txt'), SIMPLIFIED_CHINESE);
    const options = { cwd: project, env: shellEnvironment(project), maxBuffer: 64 * 1024 * 1024 };
    await run(process.execPath, ['scripts/ingest/cli.ts'], options);
    await run(process.execPath, ['scripts/astro-build.ts', '--silent'], options);
    printed = await run(process.execPath, ['scripts/briefing-pdf.ts', '--build'], options);
    [server, browser] = await Promise.all([serveDist({ dir: dist }), launchChromium({ javaScriptEnabled: false })]);
    page = await browser.context.newPage();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a saved page's article shows its headline, outlet, author and dated provenance, paragraphs in order, entities decoded once", async () => {
    await visit(articlePathOfSeed(dist, 'lake-pact.html'));
    expect(await page.locator('h1').innerText()).toBe('Lake observatory signs sediment core pact with Chinese institute');
    const shown = await facts(page);
    expect(shown.Outlet).toBe('Northshore Ledger');
    expect(shown.Author).toBe('Oskar Lindqvist');
    expect(shown.Date).toMatch(/^21 May 2024 \(exact day\) From the saved page's date field: .*2024-05-21/);
    // The field is the page's code, set as code: not page text in quotation marks, nor markup that slipped through.
    expect(await page.locator('dl.facts dd code').filter({ hasText: 'datePublished' }).count()).toBe(1);
    // Every line a claim can link to (p-N), in order: paragraphs, and the page's sub-heading and list items shown as such.
    const paragraphs = await page.$$eval('.article-body [id^="p-"]', (ps) => ps.map((p) => ({ id: p.id, tag: p.tagName, caption: p.classList.contains('caption'), text: (p as HTMLElement).innerText.replace(/¶$/, '').trim() })));
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphs.map((_, i) => `p-${i + 1}`));
    expect(paragraphs.filter((p) => p.tag !== 'P').map((p) => `${p.tag} ${p.text.replace(/\s+/g, ' ')}`)).toEqual(['H2 What the pact covers', 'LI drilling two new cores a year;', 'LI dating layers in both laboratories;', 'TR Core Depth', 'TR North basin 12 m', 'TR Depths below the lake bed.', 'TR South basin 9 m']);
    // The page's data table is one table, in the site's sideways-scrolling box, its link in each row's last cell;
    // the note between its rows is a row of it across both columns, not a cut that starts a second table.
    expect(await page.$$eval('.article-body section.table-scroll[tabindex="0"][aria-label] table tr', (trs) => trs.map((tr) => [...tr.children].map((c) => `${c.tagName}${(c as HTMLTableCellElement).colSpan > 1 ? ` across ${(c as HTMLTableCellElement).colSpan}` : ''} ${c.firstChild?.textContent}`)))).toEqual([['TH Core', 'TH Depth'], ['TD North basin', 'TD 12 m'], ['TD across 2 Depths below the lake bed.'], ['TD South basin', 'TD 9 m']]);
    expect(await page.locator('.article-body table').count()).toBe(1);
    expect(await page.locator('.article-body tr[id^="p-"] > :last-child > a.pl').count()).toBe(4);
    expect(await page.locator('.article-body ul > li[id^="p-"] a.pl').count()).toBe(2);
    expect(await page.locator('.article-body h2[id^="p-"] a.pl').count()).toBe(1);
    // The picture's caption stands where the picture stood, with its own anchor, small: no paragraph of the article.
    expect(paragraphs.filter((p) => p.caption).map((p) => `${p.id} ${p.text}`)).toEqual(["p-2 A sediment core on the observatory's bench."]);
    const size = (selector: string) => page.$eval(selector, (e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size('.article-body p.caption')).toBeLessThan(0.85 * (await size('.article-body #p-1')));
    expect(await page.locator('.article-body p.caption a.pl').count()).toBe(1);
    const texts = paragraphs.filter((p) => !p.caption).map((p) => p.text);
    expect(texts[0]).toMatch(/^A lake observatory in Finland .* sediment cores & the climate records /);
    expect(texts).toContain('“Mud keeps a diary of ten thousand summers,” Halme said.');
    expect(texts.indexOf('drilling two new cores a year;')).toBeGreaterThan(texts.indexOf('The pact covers three kinds of work:'));
    expect(texts.at(-1)).toBe('The first cores leave for Nanjing in June <weather permitting>, the observatory said.');
    const body = texts.join('\n');
    // No entity shown as written, no tag of the page shown as text (the page's own "<weather permitting>" is text).
    expect(body).not.toMatch(/&(amp|lt|gt|ldquo|rdquo|copy|#\d+);|<\/?(p|a|li|ul|figure|figcaption|blockquote|img|span|div)\b/);
    expect(body).not.toContain('sediment core on the observatory');
    expect(body).not.toContain('Northshore Ledger');
  });

  it("a paragraph's anchor takes the reader to that paragraph", async () => {
    await visit(articlePathOfSeed(dist, 'lake-pact.html'));
    await page.locator('#p-3 a.pl').click();
    expect(new URL(page.url()).hash).toBe('#p-3');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
    // A list item's anchor too: it is a line a claim can link to.
    const item = page.locator('.article-body li[id^="p-"]').first();
    const id = await item.getAttribute('id');
    await item.locator('a.pl').click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('LI');
  });

  it("an .mhtml page dated only by the address it was saved from says so, and shows that address as it is", async () => {
    await visit(articlePathOfSeed(dist, 'reef-survey.mhtml'));
    expect(await page.locator('h1').innerText()).toBe('Reef survey team adds Chinese divers');
    const shown = await facts(page);
    expect(shown.Date).toBe("8 September 2023 (exact day) From the date in the page's address: https://reef.example/2023/09/08/reef-survey-china");
    expect(await page.locator('.article-body p').first().innerText()).toContain('the team’s leader Mere Tuilau said.');
  });

  it('an Arabic report reads right to left, and the site\'s own words and quotation marks around it stay left to right', async () => {
    await visit(articlePathOfSeed(dist, 'water-pact-ar.txt'));
    const layout = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const p = document.querySelector('.article-body p')!;
      const box = (e: Element) => e.getBoundingClientRect();
      // Where the first line of a paragraph starts: right-to-left text starts at the right edge.
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, 1);
      const q = document.querySelector('dl.facts dd q');
      return {
        h1: getComputedStyle(h1).direction,
        p: getComputedStyle(p).direction,
        firstLetterAtRight: box(p).right - range.getBoundingClientRect().right < 4,
        q: q && getComputedStyle(q).direction,
        quoted: q && getComputedStyle(q.firstElementChild ?? q).direction,
      };
    });
    expect(layout).toEqual({ h1: 'rtl', p: 'rtl', firstLetterAtRight: true, q: 'ltr', quoted: 'rtl' });
    // innerText leaves out the quotation marks <q> draws; the layout above places them.
    expect((await facts(page)).Date).toBe('3 February 2025 (exact day) Stated on the page: 3 فبراير 2025');
  });

  it("an undated report is shown undated, never with the build's day", async () => {
    await visit(articlePathOfSeed(dist, 'glacier-station.txt'));
    const shown = await facts(page);
    expect(shown.Date).toMatch(/^Undated/);
    expect(await page.locator('article time, dl.facts time').count()).toBe(0);
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await page.locator('main').innerText()).not.toContain(today);
    const undatedList = readdirSync(join(dist, 'timeline', 'undated'), { recursive: true }).filter((f) => String(f).endsWith('.html'))
      .map((f) => readFileSync(join(dist, 'timeline', 'undated', String(f)), 'utf8')).join('\n');
    expect(undatedList).toContain('Glacier monitors from Nepal and China share a weather station');
    // The list of undated reports, read as a sentence: one report is "this report", and words do not run together.
    await visit('/timeline/undated/');
    const lede = (await page.locator('main .lede').innerText()).replace(/\s+/g, ' ');
    expect(lede).toMatch(/^No date could be established for this report: .* It is kept here, not dropped\. Back to the timeline\.$/);
    expect(await page.locator('main').innerText()).toContain('It is listed by the first letter of its address');
  });

  it('a Korean paragraph breaks its lines between words, never inside one', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await visit(articlePathOfSeed(dist, 'plastic-survey-ko.txt'));
      const breaks = await page.evaluate(() => {
        const p = document.querySelector('.article-body p')!;
        const text = p.firstChild as Text;
        const range = document.createRange();
        const lineOf = (i: number) => { range.setStart(text, i); range.setEnd(text, i + 1); return Math.round(range.getBoundingClientRect().top); };
        // Each place where the next character starts a new line: what stands on either side of the break.
        const out: string[] = [];
        let last = lineOf(0);
        for (let i = 1; i < text.length; i++) {
          if (/\s/.test(text.data[i])) continue;
          const top = lineOf(i);
          if (top > last) out.push(text.data.slice(Math.max(0, i - 3), i) + '|' + text.data.slice(i, i + 3));
          last = top;
        }
        return out;
      });
      expect(breaks.length, 'the paragraph takes several lines at 375 px').toBeGreaterThan(1);
      expect(breaks.filter((b) => !/\s\|/.test(b))).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('prints a Korean title in the briefing PDF as letters, not as empty boxes, on any machine (the project brings the fonts)', () => {
    const pdf = join(dist, 'briefings', '2025.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('한중 연구진, 해양 플라스틱 추적 공동연구 착수');
    // Two different words of two syllables: as .notdef boxes they are one picture twice.
    const [ocean, tracking] = wordPictures(pdf, ['해양', '추적']);
    expect(inked(ocean)).toBeGreaterThan(50);
    expect(inked(tracking)).toBeGreaterThan(50);
    expect(pictureDifference(ocean, tracking)).toBeGreaterThan(0.5);
  });

  it("prints a Japanese report's kanji in Japanese shapes and a Chinese report's in Chinese ones, in one briefing PDF", () => {
    const pdf = join(dist, 'briefings', '2022.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.split(SHARED_TITLE).length - 1).toBeGreaterThanOrEqual(2);
    // The variable fonts are embedded as unnamed Type 3 fonts (pdffonts shows "[none]"): the shapes are
    // compared. The timeline's rows and the sources' lines print the title at one size each, once for
    // each report; one font for both drew identical pictures (difference 0), two fonts ~0.17.
    const pictures = everyWordPicture(pdf, SHARED_TITLE);
    const sameSize = pictures.filter((p, i) => pictures.some((q, j) => j !== i && q.width === p.width && q.height === p.height));
    expect(sameSize.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i + 1 < sameSize.length; i += 2) expect(pictureDifference(sameSize[i], sameSize[i + 1])).toBeGreaterThan(0.05);
  });

  it("prints a Traditional Chinese report's title with the Traditional font and a Simplified one's with the Simplified font", async () => {
    // The article page marks the Traditional report's text zh-Hant, the Simplified one's zh.
    await visit(articlePathOfSeed(dist, 'seabed-survey-zh-hant.txt'));
    expect(await page.locator('article[data-search-lang]').getAttribute('data-search-lang')).toBe('zh-Hant');
    await visit(articlePathOfSeed(dist, 'seabed-survey-zh-hans.txt'));
    expect(await page.locator('article[data-search-lang]').getAttribute('data-search-lang')).toBe('zh');
    const pdf = join(dist, 'briefings', '2023.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.split(HAN_TITLE).length - 1).toBeGreaterThanOrEqual(2);
    // As for Japanese above: pictures of the same title at one size, one per report; one font for both
    // drew identical pictures (difference 0 on the base, where both were marked zh).
    const pictures = everyWordPicture(pdf, HAN_TITLE);
    const sameSize = pictures.filter((p, i) => pictures.some((q, j) => j !== i && q.width === p.width && q.height === p.height));
    expect(sameSize.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i + 1 < sameSize.length; i += 2) expect(pictureDifference(sameSize[i], sameSize[i + 1])).toBeGreaterThan(0.05);
  });

  it('printing the briefings names the characters neither an installed font nor the brought fonts can draw, which the PDF would show as empty boxes', () => {
    const installed = installedFontCoverage();
    if (!installed) return; // no fontconfig to ask: nothing is said
    const fonts = mergedCoverage(installed, printFonts()!.coverage);
    const warning = /^briefing:pdf: briefings\/2025\.pdf: \d+ character\(s\) no installed font can draw/m;
    // Korean is drawn by the brought fonts whatever is installed; Arabic only by an installed font.
    expect(uncoveredCharacters('한', fonts)).toEqual([]);
    if (uncoveredCharacters(ARABIC, fonts).length) expect(printed.stderr).toMatch(warning);
    else expect(printed.stderr).not.toMatch(warning);
    expect(printed.stdout).toMatch(/briefings printed/);
  });
});
