/**
 * A long run in a saved page's field: an address in the JSON-LD with 80,000 slashes before its
 * last character. The pattern that cut an address's trailing slashes was anchored at the end only,
 * so it was tried from every slash of the run and scanned the rest of it from each (quadratic).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const RUN = 80_000;
const page = (head: string, h1: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title>${head}</head><body><article><h1>${h1}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;

describe('a saved page with a long run of slashes in an address', () => {
  it('(an address ending in slashes) is read in well under 2 s of CPU', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'EU and China expand climate research', url: `https://example.org/a${'/'.repeat(RUN)}x` });
    const html = page(`<link rel="canonical" href="https://example.org/a/"><script type="application/ld+json">${ld}</script>`, 'EU and China expand climate research');
    let made: ReturnType<typeof article> | undefined;
    const used = cpuSeconds(() => {
      made = article(html, 'fixture.html');
    });
    expect(made!.body).toContain(PROSE_BEFORE);
    expect(used).toBeLessThan(2);
  }, 120_000);
});
