/**
 * The names of a page not in English are listed with commas, not an English "and" ("배윤경, 이상현 and
 * 김혜진" on a Korean page); a page in English, or of no known language, keeps "and".
 */
import { describe, expect, it } from 'vitest';
import { namesJoinedInLanguage } from '../../scripts/ingest/lib/bylines/names-joined-in-language.ts';
import { article } from './helpers.ts';

const KOREAN_PROSE = '서울시는 월요일 새로운 연구 지원 사업을 발표했으며 앞으로 몇 년 동안 여러 대학의 실험실과 장학금에 예산을 배정할 계획이라고 밝혔다. 시 관계자는 첫 결과가 가을에 나올 것으로 기대한다고 말했다.';
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

describe('a byline that is the site’s own name', () => {
  it('stays the author: on a personal site the site’s name is its writer’s', () => {
    const ld = { author: { '@type': 'Person', name: 'Anna Berg' } };
    expect(article(page('en', ld, ENGLISH_PROSE, 'Anna Berg'), 'own.html').record.author).toBe('Anna Berg');
  });
});
