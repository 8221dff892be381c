/**
 * A page whose fields or short blocks hold a run of 50,000 of one character. A word of 50,000 letters
 * closing an article was tried as an e-mail address from every letter, each scanning the rest of the
 * word (4.7 s of CPU); a <title> of 50,000 "|" was cut at each "|" and every cut compared the whole
 * rest of the title with the site's name (13 s). A headline field over 2,000 characters is no headline
 * now, and the report says so.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const RUN = 50_000;
const page = ({ title = 'Joint laboratories open in Beijing', block = 'Anna Berg', after = 'Anna Berg' } = {}) =>
  `<html><head><title>${title}</title><meta property="og:site_name" content="Example Courier"></head><body><article>` +
  `<h1>Joint laboratories open in Beijing</h1><p class="byline">${block}</p><time datetime="2024-03-03">March 3, 2024</time>` +
  `<p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p><p>${PROSE_BEFORE} Again.</p><p>${after}</p></article></body></html>`;

describe('an HTML page with a 50,000-character run in a field or a short block', () => {
  for (const [what, html] of [
    ["a word of letters closing the article", page({ block: "Anna Berg", after: `Anna ${"a".repeat(RUN)}x` })],
    ['a word of letters, dots and plus signs closing the article', page({ after: `Anna ${'a.+'.repeat(RUN / 3)}x` })],
    ['"|" in the <title>', page({ title: `Joint laboratories open ${'|'.repeat(RUN)} Example Courier` })],
    ['" | " in the <title>', page({ title: `Joint laboratories open${' | x'.repeat(RUN / 4)} | Example Courier` })],
  ] as const) {
    it(`(${what}) is read in well under 2 s of CPU`, () => {
      let made: ReturnType<typeof article> | undefined;
      const used = cpuSeconds(() => {
        made = article(html, 'fixture.html');
      });
      expect(made!.body).toContain(PROSE_AFTER);
      if (what.includes('<title>')) expect(rules(made!.report)).toContain('oversized-field');
      expect(used).toBeLessThan(2);
    }, 300_000);
  }

  it('still reads an address in a byline, and the headline of a short <title>', () => {
    const made = article(page({ title: 'Joint laboratories open in Beijing | Example Courier', block: 'By Anna Berg, anna.berg@example.org' }), 'fixture.html');
    expect(made.record.title).toBe('Joint laboratories open in Beijing');
  });
});
