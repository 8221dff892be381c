/**
 * The bars and dashes pages in other scripts set between a headline and the site's name: the Hangul
 * vowel "ㅣ" used as a bar ("헤드라인ㅣ사이트", "Headline ㅣ Site"), the box-drawing "│" and "┃", the
 * fullwidth "｜", the horizontal bar "―" and the figure dash "‒". Each is cut as "|" and "–" are, spaced
 * or glued (lib/html/headline/title-separators.ts, lib/html/headline/html-headline.ts, lib/html/headline/glued-site-name.ts).
 * A section the page's software glues between the headline and the name ("…-정치ㅣ한국일보" style:
 * headline, "-", section, bar, name) goes with the name.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const named = (name: string) => `<meta property="og:site_name" content="${name}">`;
const latin = 'Tide gauges record a new high in the bay';
const hangul = '항구 도시에 새 다리 개통…주민들 환영';

describe('a separator of another script between the headline and the site name', () => {
  for (const bar of ['ㅣ', '│', '┃', '｜', '―', '‒']) {
    it(`"${bar}" spaced, after the headline, in the <title> and og:title`, () => {
      expect(headlineOf(`<title>${latin} ${bar} Harbor Gazette</title>${named('Harbor Gazette')}`, '', `${latin} ${bar} Harbor Gazette`)).toBe(latin);
      expect(headlineOf(`<meta property="og:title" content="${latin} ${bar} Harbor Gazette">${named('Harbor Gazette')}`)).toBe(latin);
    });

    it(`"${bar}" spaced, before the headline`, () => {
      expect(headlineOf(`<title>Harbor Gazette ${bar} ${latin}</title>${named('Harbor Gazette')}`, '', `Harbor Gazette ${bar} ${latin}`)).toBe(latin);
    });

    it(`"${bar}" spaced, a site name the page does not give (the shorter last part)`, () => {
      expect(headlineOf(`<title>${latin} ${bar} Harbor Gazette</title>`, '', `${latin} ${bar} Harbor Gazette`)).toBe(latin);
    });
  }

  for (const bar of ['ㅣ', '│', '┃']) {
    it(`"${bar}" glued to a name the page gives`, () => {
      expect(headlineOf(`<title>${hangul}${bar}항구일보</title>${named('항구일보')}`, '', `${hangul}${bar}항구일보`)).toBe(hangul);
      expect(headlineOf(`<meta property="og:title" content="${hangul}${bar}항구일보">${named('항구일보')}`)).toBe(hangul);
    });
  }

  it('a doubled bar ("||", "｜｜") is one separator: no bar is left at the headline\'s end', () => {
    for (const bar of ['||', '｜｜', '│ │'])
      expect(headlineOf(`<title>${latin} ${bar} Harbor Gazette</title>${named('Harbor Gazette')}`, '', `${latin} ${bar} Harbor Gazette`)).toBe(latin);
  });

  it('a section glued between the headline and the name goes with the name', () => {
    expect(headlineOf(`<title>${hangul}-사회ㅣ항구일보</title>${named('항구일보')}`, '', `${hangul}-사회ㅣ항구일보`)).toBe(hangul);
    expect(headlineOf(`<meta property="og:title" content="${hangul}-사회ㅣ항구일보">${named('항구일보')}`)).toBe(hangul);
  });

  it('a hyphen inside the headline stays: only a short last part before the name is a section', () => {
    const own = '한-일 항구 도시 새 다리 개통';
    expect(headlineOf(`<title>${own}ㅣ항구일보</title>${named('항구일보')}`, '', `${own}ㅣ항구일보`)).toBe(own);
  });
});
