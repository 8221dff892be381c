/**
 * What the seed campaign mutates (campaign.ts): the project's own seeds (seeds/*.txt, innerText of
 * real pages) and pages saved as browsers write them, made here: a Chrome single-file save in
 * quoted-printable with a style part, a Windows-1251 page declared only by http-equiv, Russian text
 * saved as UTF-16 without a byte order mark, and Arabic text whose paragraphs end in a right-to-left
 * mark, and two pages as a news site's template writes them (English, and Arabic right to left) for
 * the mutations of their markup that change nothing a reader sees. All invented but the seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeLegacy } from './legacy-encodings.ts';
import { quotedPrintable } from './mime-encodings.ts';
import { HIDDEN } from './fuzz-case.ts';

export interface SeedSource {
  seed: string;
  bytes: Uint8Array;
  /** A UTF-8 text seed (UTF-16 Cyrillic is valid UTF-8 too, all its bytes under 0x80: told by name, not by bytes). */
  utf8Text: boolean;
  /** A saved page (not in a single-file save), and whether its charset is UTF-8: the invisible markup mutations' pages. */
  html?: 'utf-8' | 'legacy';
}

const SEEDS_DIR = join(import.meta.dirname, '../../../seeds');

const RU_TITLE = 'Портовые краны получат новые датчики ветра';
const RU = [
  'Управление порта в понедельник установило датчики ветра на двенадцать кранов, чтобы бригады могли вовремя остановить подъём грузов.',
  'Крановщики говорят, что показания выводятся на экран в каждой кабине и предупреждают о сильном порыве за минуту.',
  'По словам управления, проект обошёлся примерно в два миллиона рублей, а остальные краны получат такие же датчики осенью.',
];
/** The Arabic and English stories of the right-to-left seed, shared with tests/ingest/hostile-directional-marks.test.ts. */
export const AR_TITLE = 'رافعات الميناء تحصل على أجهزة استشعار جديدة للرياح';
export const AR = [
  'ركّبت هيئة الميناء يوم الاثنين أجهزة استشعار للرياح على اثنتي عشرة رافعة، حتى يتمكن العمال من إيقاف الرفع قبل أن تصبح الهبات خطرة.',
  'وقال سائقو الرافعات إن القراءات تظهر على شاشة في كل مقصورة وتحذرهم قبل دقيقة من وصول هبة قوية إلى الرصيف.',
  'وأضافت الهيئة أن المشروع كلّف نحو مليوني دولار وأن رافعات أخرى ستحصل على الأجهزة نفسها في الخريف المقبل.',
];
export const EN_TITLE = 'Harbour cranes get new wind sensors';
export const EN = [
  'The port authority fitted twelve cranes with wind sensors on Monday, so that crews can stop lifting before gusts become dangerous.',
  'Crane drivers said the readings appear on a screen in each cab and warn them a minute before a strong gust reaches the quay.',
  'The authority said the project cost about two million dollars and that other cranes would get the same sensors next autumn.',
];

const page = (title: string, paragraphs: string[], head: string, lang: string) =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head>${head}<title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1><p>By Mara Lind</p><time datetime="2024-03-11">11 March 2024</time>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</article><footer>© 2024 Quay News</footer></body></html>\n`;
/**
 * A page as a news site's template writes one: fields in <head> (description, author, the publication
 * time, JSON-LD), attributes on most tags, a figure with its caption, a link inside a paragraph, a
 * script and a style whose text no reader sees (HIDDEN), a list of related stories.
 */
const richPage = (title: string, paragraphs: string[], lang: string, dir = 'ltr') =>
  `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Quay News</title>
<meta name="description" content="${paragraphs[0].slice(0, 80)}"><meta name="author" content="Mara Lind"><meta property="article:published_time" content="2024-03-11T08:30:00Z">
<link rel="canonical" href="https://quay-news.example/2024/03/cranes"><style>.promo::after { content: "${HIDDEN}"; }</style>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","datePublished":"2024-03-11T08:30:00Z","author":{"@type":"Person","name":"Mara Lind"}}</script></head>
<body class="article-page"><header class="site-header"><nav aria-label="Main"><ul><li><a href="/" class="nav-link">Home</a></li><li><a href="/news" class="nav-link">News</a></li></ul></nav></header>
<main id="content"><article class="story" data-id="4711"><h1 class="headline">${title}</h1><p class="byline">By <a href="/authors/mara-lind" rel="author">Mara Lind</a></p><time datetime="2024-03-11T08:30:00Z" class="date">11 March 2024</time>
<figure class="lead"><img src="/img/cranes.jpg" alt="Cranes on the quay" width="800" height="450"><figcaption>Cranes on the quay at dawn. Photo: Quay News</figcaption></figure>
<div class="story-body">${paragraphs.map((p, i) => (i === 1 ? `<p>${p.replace(/^(\S+ \S+)/, '<a href="/topics/cranes" title="More on cranes">$1</a>')}</p>` : `<p>${p}</p>`)).join('\n')}</div>
<script>window.tracker = "${HIDDEN}";</script></article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Ferry timetable changes for the summer</a></li><li><a href="/b">New tugboat joins the harbour fleet</a></li></ul></aside></main>
<footer class="site-footer"><p>© 2024 Quay News</p></footer></body></html>
`;
const story = (title: string, paragraphs: string[]) => ['Home', 'News', '', title, '', 'By Mara Lind', '11 March 2024', '', ...paragraphs.flatMap((p) => [p, '']), 'Share this', 'Related stories'].join('\n');

function singleFileSave(html: string): string {
  const b = '----MultipartBoundary--fuzzSeed0001----';
  return [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://quay-news.example/2024/03/cranes',
    'Subject: Harbour cranes get new wind sensors',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${b}"`,
    '',
    '',
    `--${b}`,
    'Content-Type: text/html',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://quay-news.example/2024/03/cranes',
    '',
    quotedPrintable(Buffer.from(html)),
    `--${b}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:css-1@mhtml.blink',
    '',
    '.promo::after { content: "Buy a crane today"; }',
    `--${b}--`,
    '',
  ].join('\r\n');
}

let sources: SeedSource[] | undefined;

/** The seeds, in name order, then the saved pages. */
export function seedSources(): SeedSource[] {
  if (sources) return sources;
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ seed: f, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, f))), utf8Text: true }));
  sources = [
    ...seeds,
    { seed: 'single-file-save.mhtml', bytes: new TextEncoder().encode(singleFileSave(page(EN_TITLE, EN, '<meta charset="utf-8">', 'en'))), utf8Text: false },
    { seed: 'windows-1251-http-equiv.html', bytes: encodeLegacy(page(RU_TITLE, RU, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'ru'), 'windows-1251'), utf8Text: false, html: 'legacy' },
    { seed: 'utf16-no-mark-russian.txt', bytes: new Uint8Array(Buffer.from(story(RU_TITLE, RU), 'utf16le')), utf8Text: false },
    { seed: 'arabic-marks.txt', bytes: new TextEncoder().encode(story(AR_TITLE, AR.map((p) => `${p}\u200f`))), utf8Text: true },
    { seed: 'english-template.html', bytes: new TextEncoder().encode(richPage(EN_TITLE, EN, 'en')), utf8Text: false, html: 'utf-8' },
    { seed: 'arabic-template.html', bytes: new TextEncoder().encode(richPage(AR_TITLE, AR, 'ar', 'rtl')), utf8Text: false, html: 'utf-8' },
  ];
  return sources;
}
