/**
 * Preview cards: every page names a 1200 × 630 PNG by an absolute URL in og:image and twitter:image,
 * with `summary_large_image`; the PNG exists in the build. The card's drawing is tested on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, elements, parseFile } from '../helpers/quality-html.ts';
import { describeBuiltSite, htmlFiles } from '../helpers/quality-site.ts';
import { cardSvg, wrapTitle } from '../../src/lib/cards/card-svg.ts';

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describeBuiltSite('preview cards', (site) => {
  const pages = htmlFiles(site.dir).filter((file) => file !== '404.html');
  const meta = (file: string, key: string) =>
    elements(parseFile(site.dir, file), (e) => e.name === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key)).map((e) => attr(e, 'content'));

  it('every page names an absolute 1200 × 630 PNG in og:image and twitter:image, as a large card', () => {
    const problems: string[] = [];
    const checked = new Map<string, string | null>();
    for (const file of pages) {
      const [image] = meta(file, 'og:image');
      if (!image) { problems.push(`${file}: no og:image`); continue; }
      if (meta(file, 'twitter:image')[0] !== image) problems.push(`${file}: twitter:image differs from og:image`);
      if (meta(file, 'twitter:card')[0] !== 'summary_large_image') problems.push(`${file}: twitter:card is not summary_large_image`);
      if (!checked.has(image)) {
        const url = new URL(image);
        let problem: string | null = null;
        if (url.origin !== site.origin) problem = `not on the site's origin ${site.origin}`;
        else if (!url.pathname.startsWith(site.base)) problem = `outside the base path ${site.base}`;
        else {
          const path = join(site.dir, url.pathname.slice(site.base.length));
          const size = existsSync(path) ? pngSize(readFileSync(path)) : null;
          if (!size) problem = 'no such PNG in the build';
          else if (size.width !== 1200 || size.height !== 630) problem = `${size.width} × ${size.height}`;
        }
        checked.set(image, problem);
      }
      const problem = checked.get(image);
      if (problem) problems.push(`${file}: ${image}: ${problem}`);
    }
    expect(problems).toEqual([]);
    // Per section and per topic, never per article.
    expect(checked.size).toBeLessThan(20);
  });

  it('a topic page, its timeline and its articles share the topic card; the timeline has its own', () => {
    const image = (file: string) => meta(file, 'og:image')[0] ?? '';
    expect(image('topics/iter/index.html')).toMatch(/\/cards\/topic-iter\.png$/);
    expect(image('timeline/iter/index.html')).toMatch(/\/cards\/topic-iter\.png$/);
    expect(image('timeline/index.html')).toMatch(/\/cards\/timeline\.png$/);
    expect(image('index.html')).toMatch(/\/cards\/site\.png$/);
  });
});

describe('card drawing', () => {
  it('wraps a long title and marks what it had to cut', () => {
    const lines = wrapTitle('One two three four five six seven eight nine ten eleven twelve thirteen fourteen', 64, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(wrapTitle('Short', 64, 600, 2)).toEqual(['Short']);
  });
  it('escapes text, so a title is never markup', () => {
    const svg = cardSvg({ siteName: 'A & B', title: '<script>x</script> "q"' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('A &amp; B');
  });
  it('draws the same markup twice (the PNG is then the same bytes)', () => {
    const input = { siteName: 'S', title: 'T', topicIndex: 2, strip: { first: '2020-01', last: '2021-06', counts: new Map([['2020-03', 2], ['2021-06', 5]]), label: 'Events per month' } };
    expect(cardSvg(input)).toBe(cardSvg(input));
    expect(cardSvg(input).match(/<rect x=/g)).toHaveLength(2);
  });
  it('names the year after a short first year, sliding its label within its own year rather than dropping it', () => {
    // August to December 2016 is a short stretch: its label stood at its middle, and 2017's middle was
    // too near it, so 2017 went unnamed though its stretch had room for the label further right.
    const svg = cardSvg({ siteName: 'S', title: 'T', strip: { first: '2016-08', last: '2026-06', counts: new Map([['2016-08', 1]]), label: 'Events per month' } });
    const labels = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>(\d{4})<\/text>/g)].map((m) => ({ x: Number(m[1]), year: m[2] }));
    expect(labels.map((l) => l.year)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    labels.slice(1).forEach((l, i) => expect(l.x - labels[i].x).toBeGreaterThanOrEqual(80));
    // Each label stands over its own year: 2017 between the strip's fifth and seventeenth months.
    const month = (1200 - 2 * 64) / 119;
    expect(labels[1].x).toBeGreaterThanOrEqual(64 + 5 * month);
    expect(labels[1].x).toBeLessThanOrEqual(64 + 17 * month);
  });

  it('scales the strip to its tallest month however many counts it is given (no spread into Math.max)', () => {
    // Past ~100,000 arguments a spread overflows the call stack; charts/extent.ts is there for that.
    const counts = new Map(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i % 7] as [string, number]));
    counts.set('2020-03', 2);
    counts.set('2020-06', 9);
    const svg = cardSvg({ siteName: 'S', title: 'T', strip: { first: '2020-01', last: '2020-12', counts, label: 'Events per month' } });
    expect(svg.match(/<rect x=/g)).toHaveLength(2);
  });
});
