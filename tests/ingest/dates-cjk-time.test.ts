/**
 * Text path: a Japanese or Chinese stamp writes its time with the units' characters ("21時37分",
 * "21时37分"), not with a colon: the time belongs to the stamp, as "21:37" does, so that a byline run
 * into its date ("山田花子2025年1月13日 21時37分") is read as the header's stamp. Invented page.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = '港町で新しい太陽光発電所が稼働　市が発表';
const PARAGRAPHS = [
  '港町市は13日、市の北部に建設していた太陽光発電所の運転を始めたと発表した。発電所は約四千世帯分の電力をまかなう見込みだという。',
  '市によると、発電所は元は農地だった土地に建てられ、地元の企業と大学が共同で運営する。市長は記者会見で「地域の電力を地域でつくる第一歩だ」と述べた。',
  '一方で、周辺の住民からは景観への影響を心配する声も上がっており、市は説明会を開いて理解を求めるとしている。',
];

describe('a CJK stamp with its time in characters', () => {
  it.each([
    ['山田花子2025年1月13日 21時37分', '2025-01-13'],
    ['山田花子 2025年1月13日 21时37分', '2025-01-13'],
  ])('dates the page: "%s"', (stamp, day) => {
    const { record } = article(`${HEADLINE}\n${stamp}\n印刷する\n\n${PARAGRAPHS.join('\n\n')}`);
    expect(record.date?.date).toBe(day);
  });
});
