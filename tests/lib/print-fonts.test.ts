/**
 * The fonts the briefing PDFs bring (scripts/lib/print-fonts.ts): what they cover, and that Latin text
 * never asks for them (a Latin briefing loads no slice and prints as before).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncoveredCharacters } from '../../scripts/lib/font-coverage.ts';
import { parseFontFaces, printFonts, PRINT_FONTS_PATH } from '../../scripts/lib/print-fonts.ts';

describe('the fonts the briefing PDFs bring', () => {
  const fonts = printFonts();

  it('are installed with the project (npm ci) and read from it', () => {
    expect(fonts).not.toBeNull();
  });

  it('cover Chinese, Japanese, Korean, Arabic, Hebrew, Thai and Devanagari, without the Latin slices of the packages', () => {
    const coverage = fonts!.coverage;
    expect(uncoveredCharacters('核聚变實驗 かなカナ 한국어 العربية עברית ภาษาไทย हिन्दी', coverage)).toEqual([]);
    // The packages' Latin, Cyrillic and Greek slices are left out (Latin text keeps the site's fonts, which
    // site.css names first; a CJK font's own slices may still hold a few accented letters, for pinyin).
    expect([...fonts!.files.keys()].filter((url) => /latin|cyrillic|greek|vietnamese/.test(url))).toEqual([]);
  });

  it('bring a Traditional Chinese font, asked first by text marked zh-Hant, zh-TW, zh-HK or zh-MO (site.css)', () => {
    const families = new Set([...fonts!.css.matchAll(/font-family:"([^"]+)"/g)].map((m) => m[1]));
    expect(families.has('Briefing Noto Sans TC')).toBe(true);
    expect([...fonts!.files.keys()].some((url) => url.startsWith('tc/noto-sans-tc-'))).toBe(true);
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'site.css'), 'utf8');
    const rule = /:is\(\[lang\|="zh-Hant"\], \[lang\|="zh-TW"\], \[lang\|="zh-HK"\], \[lang\|="zh-MO"\]\) \{\s*--briefing-scripts: "Briefing Noto Sans TC", "Briefing Noto Sans SC"/;
    expect(css).toMatch(rule);
  });

  it('name each face by a file that exists, under its own family, waiting for the glyphs (font-display: block)', () => {
    const rules = fonts!.css.trim().split('\n');
    expect(rules.length).toBe(fonts!.files.size);
    for (const rule of rules) {
      const url = /src:url\(([^)]+)\)/.exec(rule)![1];
      expect(existsSync(fonts!.files.get(url)!), url).toBe(true);
      expect(rule).toMatch(/^@font-face\{font-family:"Briefing Noto Sans [A-Za-z]+";.*font-display:block;.*unicode-range:U\+/);
    }
    expect(PRINT_FONTS_PATH).toMatch(/^[\w-]+\/$/);
  });

  it('reads a fontsource stylesheet face by face, skipping a block it cannot read', () => {
    const css = `@font-face {
  font-family: 'X Variable';
  font-weight: 100 900;
  src: url(./files/x-12-wght-normal.woff2) format('woff2-variations');
  unicode-range: U+4e00-4e0f, U+4e2d;
}
@font-face { font-family: 'X'; src: url(https://elsewhere.example/x.woff2); unicode-range: U+41; }`;
    expect(parseFontFaces(css)).toEqual([{ file: 'x-12-wght-normal.woff2', unicodeRange: 'U+4e00-4e0f,U+4e2d', weight: '100 900' }]);
  });
});
