/**
 * Headline fields far past any headline's length are not read as one, and each is reported
 * (`oversized-field`), as the <title> and og:title already were: an <h1> of 1 MB was dropped without a
 * line in the report (and its words compared with every other field took ten seconds), so was a
 * JSON-LD headline of 1 MB. The article's body is read as before; the headline comes from the fields
 * of a headline's size.
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
