/**
 * An outlet is a name: a copyright mark, its years and "All rights reserved" are not part of it,
 * whichever field of the page gave the name (site name, publisher, title suffix, copyright line).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cpuSeconds } from './cpu-seconds.ts';
import { outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (head: string, foot = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>
${foot}</body></html>`;

describe('outlet: the name without its copyright mark', () => {
  it('drops the mark, the year and a year range from a page-metadata outlet', () => {
    const cases: [string, string][] = [
      ['© Harriet Vale', 'Harriet Vale'],
      ['(C) 2017 Sample Media Corporation', 'Sample Media Corporation'],
      ['© 1998 - 2016 Sample', 'Sample'],
      ['Copyright © 2020 Sample Press. All rights reserved.', 'Sample Press'],
      ['© 2014-present Sample Camera World', 'Sample Camera World'],
      ['© 2011- 2026 • Sample Junction', 'Sample Junction'],
      ['© 2026 · Sample Runner ·', 'Sample Runner'],
      ['© 2026 by Sample Performance', 'Sample Performance'],
      ['Copyright Sample Tones 2023 - 2025', 'Sample Tones'],
      ['Sample Herald', 'Sample Herald'],
      ['Sample 2024', 'Sample 2024'],
    ];
    for (const [site, want] of cases) {
      const { record } = article(html(`<title>Council approves the new river bridge</title><meta property="og:site_name" content="${site}">`), 'page.html');
      expect(record.outlet, site).toBe(want);
    }
  });

  it('drops them from a JSON-LD publisher name', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the new river bridge","publisher":{"@type":"Organization","name":"© 2019 Sample Gazette"}}</script>`;
    expect(article(html(ld), 'page.html').record.outlet).toBe('Sample Gazette');
  });

  it('drops a mark left in a text copyright line', () => {
    expect(article(`Council approves the new river bridge\n\n${PROSE}\n\n© 1998 - 2016 © Sample Daily`).record.outlet).toBe('Sample Daily');
  });

  it('a mark with nothing after it names no outlet', () => {
    expect(article(html(`<title>Council approves the new river bridge</title><meta property="og:site_name" content="© 2021">`), 'page.html').record.outlet).toBeNull();
  });

  it('reads a candidate with a long run of spaces or separators in linear time', () => {
    // A pattern anchored at the end, tried from every character of a run, scans the run again from each.
    let names: (string | null)[] = [];
    const used = cpuSeconds(() => {
      names = [outletName(`Sample${' '.repeat(200_000)}Daily`), outletName(`© Sample${','.repeat(200_000)}Daily`), outletName(`Sample Daily${' -'.repeat(100_000)}`)];
    });
    expect(used).toBeLessThan(1);
    expect(names[0]).toBe(`Sample${' '.repeat(200_000)}Daily`);
    expect(names[1]).toBe(`Sample${','.repeat(200_000)}Daily`);
    // The separator at the end is a title's left over (outlet-notice-other-languages.test.ts): the last one goes.
    expect(names[2]).toBe(`Sample Daily${' -'.repeat(99_999)}`);
  });
});
