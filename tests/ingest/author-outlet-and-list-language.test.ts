/**
 * The author an article records, as the site shows it: a byline that is the outlet's own name (a saved
 * page's fields fall back to the site's name when none names a person) is no person, so the article
 * keeps the outlet and has no author; and the names of a page not in English are listed with commas,
 * not an English "and".
 */
import { describe, expect, it } from 'vitest';
import { namesJoinedInLanguage } from '../../scripts/ingest/lib/bylines/names-joined-in-language.ts';
import { article, rules } from './helpers.ts';

const KOREAN_PROSE = '서울시는 월요일 새로운 연구 지원 사업을 발표했으며 앞으로 몇 년 동안 여러 대학의 실험실과 장학금에 예산을 배정할 계획이라고 밝혔다. 시 관계자는 첫 결과가 가을에 나올 것으로 기대한다고 말했다.';
const JAPANESE_PROSE = '東京都は月曜日、今後数年間にわたり複数の大学の研究室と奨学金に予算を配分する新しい研究支援事業を発表した。都の担当者は、最初の成果が秋に出ると期待していると述べた。';
const ENGLISH_PROSE = 'The city said on Monday that a new research programme would fund laboratories and scholarships at several universities over the coming years, with first results expected in the autumn.';

const page = (lang: string, ld: object, body: string, siteName: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>Research programme</title><meta property="og:site_name" content="${siteName}">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Research programme', datePublished: '2025-03-04', ...ld })}</script>
</head><body><article><h1>Research programme</h1>${`<p>${body}</p>`.repeat(4)}</article></body></html>`;

describe('an author list on a page not in English', () => {
  it('lists the names with commas, no English "and"', () => {
    const ld = { author: [{ '@type': 'Person', name: '배윤경' }, { '@type': 'Person', name: '이상현' }, { '@type': 'Person', name: '김혜진' }] };
    const { record } = article(page('ko', ld, KOREAN_PROSE, '하늘신문'), 'ko.html');
    expect(record.author).toBe('배윤경, 이상현, 김혜진');
  });

  it('keeps "and" on an English page', () => {
    const ld = { author: [{ '@type': 'Person', name: 'Anna Berg' }, { '@type': 'Person', name: 'Li Wei' }] };
    expect(article(page('en', ld, ENGLISH_PROSE, 'Harbor Post'), 'en.html').record.author).toBe('Anna Berg and Li Wei');
  });

  it('keeps a count of the others whole, and an English or unknown page as it is', () => {
    expect(namesJoinedInLanguage('Anna Berg, Li Wei and Jo Ma', 'de')).toBe('Anna Berg, Li Wei, Jo Ma');
    expect(namesJoinedInLanguage('Anna Berg and Li Wei', 'ko')).toBe('Anna Berg, Li Wei');
    expect(namesJoinedInLanguage('A Berg, B Lee, C Ma and 9,997 others', 'ja')).toBe('A Berg, B Lee, C Ma and 9,997 others');
    expect(namesJoinedInLanguage('Anna Berg and Li Wei', 'en-GB')).toBe('Anna Berg and Li Wei');
    expect(namesJoinedInLanguage('Anna Berg and Li Wei', null)).toBe('Anna Berg and Li Wei');
    expect(namesJoinedInLanguage('Dominik Bath und Theresa Martus', 'de')).toBe('Dominik Bath und Theresa Martus');
  });
});

describe('a byline that is the outlet’s own name', () => {
  it('is no author: the outlet stays, reported', () => {
    const { record, report } = article(page('ja', { author: { '@type': 'Organization', name: '東京新聞デジタル' } }, JAPANESE_PROSE, '東京新聞デジタル'), 'ja.html');
    expect(record.outlet).toBe('東京新聞デジタル');
    expect(record.author).toBeNull();
    expect(rules(report)).toContain('author-is-outlet');
  });

  it('is the outlet whatever its case, spacing and width', () => {
    const { record } = article(page('en', { author: { '@type': 'Organization', name: 'ＨＡＲＢＯＲ  POST' } }, ENGLISH_PROSE, 'Harbor Post'), 'caps.html');
    expect(record.author).toBeNull();
  });

  it('keeps a person named like part of the outlet, and a person on a site named after its writer', () => {
    const ld = { author: { '@type': 'Person', name: 'Anna Berg' } };
    expect(article(page('en', ld, ENGLISH_PROSE, 'Anna Berg Reports'), 'part.html').record.author).toBe('Anna Berg');
  });

  it('is no author on the text path either', () => {
    const text = `Research programme for the city\n\nBy HARBOR POST | March 4, 2025\n\n${ENGLISH_PROSE}\n\n${ENGLISH_PROSE}\n\n© 2025 Harbor Post. All rights reserved.\n`;
    const { record } = article(text, 'byoutlet.txt');
    expect(record.outlet).toBe('Harbor Post');
    expect(record.author).toBeNull();
  });
});
