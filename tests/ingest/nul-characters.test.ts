/**
 * Stray NUL characters (a damaged export, a CMS template's stray byte) are read alike in a .txt and an
 * .html seed: a few are dropped and reported, and the article comes out whole, its title without a
 * NUL or a U+FFFD; a file that is more NUL than text is refused as a binary file, whatever its name.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const TITLE = 'EU and China expand climate research';
const P1 = 'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.';
const P2 = 'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.';
const P3 = 'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.';

const text = (title: string, p2 = P2) => `${title}\n\n2021-11-12\n\n${P1}\n\n${p2}\n\n${P3}\n`;
const html = (title: string, p2 = P2) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<main><article><h1>${title}</h1><div class="article-body"><p>${P1}</p><p>${p2}</p><p>${P3}</p></div></article></main>
</body></html>`;

const DAMAGED_TITLE = 'EU and China\u0000 expand climate research\u0000';
const DAMAGED_P2 = `\u0000\u0000${P2}`;

describe('stray NUL characters', () => {
  for (const [seed, make] of [
    ['damaged.txt', text],
    ['damaged.html', html],
  ] as const) {
    it(`${seed}: a few are dropped and reported; the title has neither NUL nor U+FFFD, the body is whole`, () => {
      const { record, report } = article(make(DAMAGED_TITLE, DAMAGED_P2), seed);
      expect(record.title).toBe(TITLE);
      expect(record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
      expect(JSON.stringify(record)).not.toMatch(/[\u0000\uFFFD]/);
      expect(rules(report)).toContain('nul-characters');
    });

    it(`${seed}: a file that is more NUL than text is a binary file`, () => {
      const many = make(TITLE, P2.replaceAll(' ', '\u0000\u0000\u0000'));
      expect(() => article(many, seed)).toThrow(/binary file: contains \d+ NUL/);
    });
  }
});
