/**
 * HTML seeds: ruby annotations (furigana over Japanese kanji, pinyin or zhuyin over Chinese) are small
 * readings a browser shows above the base text, not text in its line. Read as text they run into it
 * ("漢字かんじ"), break the words the later stages look for (names, topics, quotes) and read as
 * nonsense. The base text stays; each reading (<rt>, with its <rp> brackets) is left out, and the
 * count is reported. An <rt> outside any <ruby> is no annotation and stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const PARAGRAPHS = [
  '港の<ruby>近<rt>ちか</rt></ruby>くにある<ruby>小<rt>ちい</rt>さな</ruby>パン<ruby>屋<rt>や</rt></ruby>が、<ruby>今年<rp>（</rp><rt>ことし</rt><rp>）</rp></ruby>で<ruby>創業<rt>そうぎょう</rt></ruby>五十<ruby>年<rt>ねん</rt></ruby>を<ruby>迎<rt>むか</rt></ruby>えた。',
  '<ruby>店主<rt>てんしゅ</rt></ruby>の<ruby>山田<rt>やまだ</rt></ruby>さんは、<ruby>毎朝<rt>まいあさ</rt></ruby>四時に<ruby>起<rt>お</rt></ruby>きてパンを<ruby>焼<rt>や</rt></ruby>いていると<ruby>話<rt>はな</rt></ruby>した。',
  '<ruby>店<rt>みせ</rt></ruby>には<ruby>朝<rt>あさ</rt></ruby>から<ruby>多<rt>おお</rt></ruby>くの<ruby>客<rt>きゃく</rt></ruby>が<ruby>訪<rt>おとず</rt></ruby>れ、<ruby>人気<rt>にんき</rt></ruby>のあんパンはすぐに<ruby>売<rt>う</rt></ruby>り<ruby>切<rt>き</rt></ruby>れるという。',
];
const SHOWN = [
  '港の近くにある小さなパン屋が、今年で創業五十年を迎えた。',
  '店主の山田さんは、毎朝四時に起きてパンを焼いていると話した。',
  '店には朝から多くの客が訪れ、人気のあんパンはすぐに売り切れるという。',
];

const page = (headline: string, paragraphs: string[]) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head>
<body><article><h1>${headline}</h1><p>2024年3月5日</p>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

describe('ruby readings on a saved page', () => {
  it('keeps the base text and leaves out every reading, reported', () => {
    const { body, report } = article(page('<ruby>港<rt>みなと</rt></ruby>のパン<ruby>屋<rt>や</rt></ruby>、五十年', PARAGRAPHS), 'page.html');
    for (const p of SHOWN) expect(body).toContain(p);
    expect(body).not.toMatch(/ちか|ことし|そうぎょう|（|）/);
    const entry = report.entries.find((e) => e.rule === 'ruby-readings');
    expect(entry?.detail).toMatch(/\b2[0-9] ruby readings\b/);
  });

  it('reads the headline without its readings', () => {
    const { record: { title } } = article(page('<ruby>港<rt>みなと</rt></ruby>のパン<ruby>屋<rt>や</rt></ruby>、五十年', PARAGRAPHS), 'page.html');
    expect(title).toBe('港のパン屋、五十年');
  });

  it('keeps an <rt> that stands outside any ruby, and reports nothing', () => {
    const { body, report } = article(page('港のパン屋、五十年', [...SHOWN.slice(0, 2), `${SHOWN[2]}<rt>注</rt>`]), 'page.html');
    expect(body).toContain('売り切れるという。注');
    expect(report.entries.some((e) => e.rule === 'ruby-readings')).toBe(false);
  });
});
