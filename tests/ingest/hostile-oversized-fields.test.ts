/**
 * Headline and name fields far past any headline's or name's length are not read as one, and each is reported
 * (`oversized-field`), as the <title> and og:title already were: an <h1> of 1 MB was dropped without a
 * line in the report (and its words compared with every other field took ten seconds), so was a
 * JSON-LD headline of 1 MB; an og:site_name of 1 MB was published whole as the outlet. The article's
 * body is read as before; the headline, outlet and author come from the fields of their size.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const HUGE = 'Ferry '.repeat(200_000);
const page = (head: string, h1: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body><article><h1>${h1}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;
const ld = (fields: object) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...fields })}</script>`;

const oversized = (report: ReturnType<typeof article>['report']) => report.entries.filter((e) => e.rule === 'oversized-field').map((e) => e.detail);

describe('a headline field of a megabyte', () => {
  it('an <h1>: reported, the <title> is the headline, read in good time', () => {
    let read!: ReturnType<typeof article>;
    const seconds = cpuSeconds(() => (read = article(page('<title>Night ferry returns</title>', HUGE), 'h1.html')));
    expect(read.record.title).toBe('Night ferry returns');
    expect(oversized(read.report)).toEqual([`<h1> of ${HUGE.trim().length} characters is no headline (over 2000)`]);
    expect(read.body).toContain(PROSE_BEFORE);
    expect(seconds).toBeLessThan(4);
  });

  it('a JSON-LD headline: reported, the <h1> is the headline', () => {
    const { record, report } = article(page(ld({ headline: HUGE, datePublished: '2025-03-14' }), 'Night ferry returns'), 'ld.html');
    expect(record.title).toBe('Night ferry returns');
    expect(record.date?.date).toBe('2025-03-14');
    expect(oversized(report)).toEqual([`JSON-LD headline of ${HUGE.length} characters is no headline (over 2000)`]);
  });

  it('a JSON-LD headline with escaped quotes in it, and one of a headline\'s size: only the long one goes', () => {
    const long = `"Ferry" \\ ${HUGE}`;
    const { record, report } = article(page(ld({ headline: long }) + ld({ '@type': 'WebPage', headline: 'Night ferry returns' }), 'Night ferry returns'), 'ld2.html');
    expect(record.title).toBe('Night ferry returns');
    expect(oversized(report)).toEqual([`JSON-LD headline of ${long.length} characters is no headline (over 2000)`]);
  });

  it('fields of a headline\'s length are read as before, with no report', () => {
    const { record, report } = article(page('<title>Night ferry returns | The Harbour Times</title>' + ld({ headline: 'Night ferry returns' }), 'Night ferry returns'), 'plain.html');
    expect(record.title).toBe('Night ferry returns');
    expect(oversized(report)).toEqual([]);
  });
});

describe("a site's or an author's name field of a megabyte", () => {
  it('an og:site_name or application-name: reported, never the outlet', () => {
    const { record, report } = article(page(`<meta property="og:site_name" content="${HUGE}"><title>Night ferry returns</title>`, 'Night ferry returns'), 'site.html');
    expect(record.outlet ?? '').not.toContain('Ferry Ferry');
    expect(oversized(report)).toEqual([`<meta og:site_name> of ${HUGE.length} characters is no name (over 2000)`]);
  });

  it('a meta author and a JSON-LD publisher and author name: reported, the other fields read', () => {
    const { record, report } = article(
      page(`<meta name="author" content="${HUGE}">${ld({ headline: 'Night ferry returns', author: [{ '@type': 'Person', name: HUGE }, { '@type': 'Person', name: 'Anna Berg' }], publisher: { name: HUGE }, datePublished: '2025-03-14' })}`, 'Night ferry returns'),
      'names.html',
    );
    expect(record.author).toBe('Anna Berg');
    expect(record.outlet ?? '').not.toContain('Ferry Ferry');
    expect(record.date?.date).toBe('2025-03-14');
    expect(oversized(report).sort()).toEqual([
      `<meta author> of ${HUGE.length} characters is no name (over 2000)`,
      `JSON-LD name of ${HUGE.length} characters is no name (over 2000)`,
      `JSON-LD name of ${HUGE.length} characters is no name (over 2000)`,
    ]);
  });
});
