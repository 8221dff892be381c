/**
 * Characters no installed font can draw (scripts/lib/font-coverage.ts): the briefing PDFs are printed
 * with the building machine's fonts, so these print as empty boxes and the build must say so. Invented
 * charsets in fontconfig's format; one check against the machine's own fontconfig.
 */
import { describe, expect, it } from 'vitest';
import { installedFontCoverage, parseCharsets, uncoveredCharacters, uncoveredWarning } from '../../scripts/lib/font-coverage.ts';

/** Two Latin fonts and an Arabic one, as `fc-list --format '%{charset}\n'` prints them. */
const LATIN_AND_ARABIC = '20-7e a0-17f 2013-2014 2018-201e\n20-7e a0-ff 2026\n600-6ff fe70-fefc\n';

describe('what the installed fonts cover', () => {
  it('reads fontconfig charsets into merged ranges, skipping tokens that are none', () => {
    expect(parseCharsets(LATIN_AND_ARABIC)).toEqual([[0x20, 0x7e], [0xa0, 0x17f], [0x600, 0x6ff], [0x2013, 0x2014], [0x2018, 0x201e], [0x2026, 0x2026], [0xfe70, 0xfefc]]);
    expect(parseCharsets('20-7e zz 7f-9f x-1 5-3 1234567 \n')).toEqual([[0x20, 0x9f]]);
    expect(parseCharsets('')).toEqual([]);
  });

  it('names each character no font covers once, in order, whole code points (an emoji is one)', () => {
    const fonts = parseCharsets(LATIN_AND_ARABIC);
    expect(uncoveredCharacters('“Lab” opens — 日中 lab 日本 in وادي الأردن', fonts)).toEqual(['日', '中', '本']);
    expect(uncoveredCharacters('한중 연구진 😀 ok', fonts)).toEqual(['한', '중', '연', '구', '진', '😀']);
  });

  it('asks no font for what has no ink of its own: spaces, bidi and joiner marks, combining marks', () => {
    const fonts = parseCharsets('20-7e 600-6ff');
    expect(uncoveredCharacters('a\u00a0b\u2009c\u200b\u200d\u200f\u2066x\u2069\u0301\ufe0f\u3000 بِ', fonts)).toEqual([]);
  });

  it('warns in one line with a dozen of them and how many more', () => {
    const missing = [...'日本の研究機関海洋観測協力協定締結'];
    const line = uncoveredWarning('briefing:pdf: briefings/2025.pdf', [...new Set(missing)]);
    expect(line).toMatch(/^briefing:pdf: briefings\/2025\.pdf: 16 character\(s\) no installed font can draw \(日 本 の 研 究 機 関 海 洋 観 測 協 and 4 more\) print as empty boxes; install fonts/);
    expect(line).not.toContain('\n');
  });

  it("reads this machine's fonts: they cover plain Latin text, or there is no fontconfig to ask", () => {
    const fonts = installedFontCoverage();
    if (fonts === null) return;
    expect(uncoveredCharacters('Briefing on 2025: “China and Portugal” — sources', fonts)).toEqual([]);
  });
});
