/**
 * A Japanese headline long enough to be read as prose, right over its stamp, which writes the time
 * with the units' characters ("2025年1月13日 20時01分"): the stamp is a date line as "20:01" makes one,
 * so the line over it has the article's header under it and is the headline. Invented page.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const HEADLINE = '「地域の電力は地域で」と語った港町市長、北部の農地に新しい太陽光発電所を建設し運転を開始　市が発表';
const PARAGRAPHS = [
  '港町市は13日、市の北部に建設していた太陽光発電所の運転を始めたと発表した。発電所は約四千世帯分の電力をまかなう見込みだという。',
  '市によると、発電所は元は農地だった土地に建てられ、地元の企業と大学が共同で運営する。市長は記者会見で「地域の電力を地域でつくる第一歩だ」と述べた。',
  '一方で、周辺の住民からは景観への影響を心配する声も上がっており、市は説明会を開いて理解を求めるとしている。',
];

describe('a CJK stamp with its time in characters under the headline', () => {
  it('is a date line', () => {
    const ja = detectLanguage(PARAGRAPHS.join('\n'));
    expect(blockFeatures('2025年1月13日 20時01分', ja).dateLine).toBe(true);
    expect(blockFeatures('2025年1月13日 20时01分', ja).dateLine).toBe(true);
  });

  it('leaves the headline over it', () => {
    const page = ['社会', '港町市', HEADLINE, '2025年1月13日 20時01分', '0', '記事を保存するには会員登録が必要です。', '印刷する', '', PARAGRAPHS.join('\n\n')].join('\n');
    expect(article(page).record.title.replace(/\s/gu, ' ')).toBe(HEADLINE.replace(/\s/gu, ' '));
  });
});
