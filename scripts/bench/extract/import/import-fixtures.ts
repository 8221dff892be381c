/**
 * One-off: turns public extraction test sets (checked out beforehand, see the README beside the
 * fixtures) into the benchmark's cases. Data only; nothing of those repositories' code is used.
 *
 *   node scripts/bench/extract/import/import-fixtures.ts --scrapinghub DIR --readability DIR --wcxb DIR
 *
 * scrapinghub: DIR holds ground-truth.json and html/<id>.html.gz (article-extraction-benchmark).
 * readability: DIR is test/test-pages (source.html, expected.html, expected-metadata.json).
 * wcxb: DIR holds dev|test/ground-truth/<n>.json and dev|test/html/<n>.html.gz; only dated article
 * pages of at most 90 KB compressed are taken, to keep the fixtures small.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { writeCase } from './write-case.ts';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { CASES_DIR, splitOf, type CaseTruth } from '../cases.ts';
// Headlines are matched to the page's fields the way the HTML path compares them.
import { norm } from '../../../ingest/lib/html/metadata/page-field-text.ts';
import { guessLang } from './guess-lang.ts';
import { headlineByAgreement, pageTitleFields } from './headline-by-agreement.ts';

const { values } = parseArgs({
  options: { scrapinghub: { type: 'string' }, readability: { type: 'string' }, wcxb: { type: 'string' } },
});

/** Real-site pages of Readability's test set; the synthetic unit cases (001, basic-tags-…) are left out. */
const READABILITY_PAGES = `aclu aktualne archive-of-our-own ars-1 bbc-1 blogger breitbart buzzfeed-1 citylab-1 cnet cnn
daringfireball-1 dropbox-blog ebb-org ehow-1 ehow-2 engadget firefox-nightly-blog folha gitlab-blog gmw
google-sre-book-1 guardian-1 heise herald-sun-1 hukumusume iab-1 ietf-1 la-nacion lemonde-1 liberation-1
lifehacker-working lwn-1 medicalnewstoday medium-1 medium-2 medium-3 mercurial mozilla-1 msn nytimes-1 nytimes-2
nytimes-3 nytimes-4 nytimes-5 pixnet qq quanta-1 royal-road salon-1 seattletimes-1 simplyfound-1 spiceworks
telegraph theverge tmz-1 topicseed-1 tumblr v8-blog wapo-1 wapo-2 webmd-1 webmd-2 wikia wordpress yahoo-1
yahoo-2 yahoo-3 yahoo-4 youth`.split(/\s+/);

const BLOCK = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul'.split(' '),
);

/** Text of an HTML fragment with a blank line between blocks (only tokens count in the score). */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
      else if (node.type === 'tag') {
        const el = node as Element;
        if (el.name === 'br') out.push('\n');
        else if (BLOCK.has(el.name)) {
          out.push('\n\n');
          walk(el.children);
          out.push('\n\n');
        } else walk(el.children);
      }
    }
  };
  walk(parseDocument(html).children);
  return out
    .join('')
    .split(/\n{2,}/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Readability's expected titles sometimes keep the site's suffix ("How to … | eHow"); when the page's
 * own h1/og:title/JSON-LD headline shows the title without it, that shorter form is the headline.
 */
function withoutSiteSuffix(title: string, html: string): string {
  const t = norm(title);
  for (const entry of pageTitleFields(html).values()) {
    const key = norm(entry.text);
    if (key.length >= 8 && key.length < t.length && t.startsWith(key) && /^\s*[|\-:·•»]/.test(t.slice(key.length))) return entry.text;
  }
  return title;
}

function writeBodyCase(truth: Omit<CaseTruth, 'split'>, htmlBytes: Uint8Array): void {
  const full: CaseTruth = { ...truth, split: splitOf(truth.id) };
  writeCase(CASES_DIR, full, htmlBytes);
}

let count = 0;
if (values.scrapinghub) {
  const dir = values.scrapinghub;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  for (const [key, t] of Object.entries(truth)) {
    const bytes = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`)));
    const html = new TextDecoder().decode(bytes);
    const headline = headlineByAgreement(html);
    const id = `sh-${key.slice(0, 12)}`;
    writeBodyCase({ id, source: 'scrapinghub', url: t.url, lang: guessLang(t.articleBody), headline, headlineSource: headline ? 'page-fields-agree' : null, body: t.articleBody }, bytes);
    count++;
  }
}
if (values.readability) {
  for (const name of READABILITY_PAGES) {
    const dir = join(values.readability, name);
    // The largest pages would take a tenth of the fixtures' size budget for five cases.
    if (statSync(join(dir, 'source.html')).size > 1_000_000) continue;
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string; lang?: string };
    const body = htmlToText(readFileSync(join(dir, 'expected.html'), 'utf8'));
    const id = `rd-${name}`;
    writeBodyCase(
      {
        id,
        source: 'readability',
        url: null,
        lang: meta.lang ? meta.lang.toLowerCase().split('-')[0] : guessLang(body),
        headline: meta.title?.trim() ? withoutSiteSuffix(meta.title.trim(), readFileSync(join(dir, 'source.html'), 'utf8')) : null,
        headlineSource: meta.title ? 'annotated' : null,
        body,
      },
      readFileSync(join(dir, 'source.html')),
    );
    count++;
  }
}
if (values.wcxb) {
  for (const split of ['dev', 'test']) {
    const gtDir = join(values.wcxb, split, 'ground-truth');
    if (!existsSync(gtDir)) continue;
    for (const file of readdirSync(gtDir).sort()) {
      const d = JSON.parse(readFileSync(join(gtDir, file), 'utf8')) as {
        url?: string;
        file_id: string;
        _internal?: { page_type?: { primary?: string } };
        ground_truth?: { title?: string; main_content?: string };
      };
      const gt = d.ground_truth ?? {};
      if (d._internal?.page_type?.primary !== 'article' || !d.url || !/\/20[12]\d\//.test(d.url)) continue;
      if (!gt.title || (gt.main_content ?? '').length < 800) continue;
      const htmlPath = join(values.wcxb, split, 'html', `${d.file_id}.html.gz`);
      if (!existsSync(htmlPath) || statSync(htmlPath).size > 90_000) continue;
      const body = gt.main_content!;
      writeBodyCase(
        { id: `wcxb-${d.file_id}`, source: 'wcxb', url: d.url, lang: guessLang(body), headline: gt.title, headlineSource: 'annotated', body },
        gunzipSync(readFileSync(htmlPath)),
      );
      count++;
    }
  }
}
console.log(`${count} cases written to ${CASES_DIR}`);
