/**
 * HTML seeds: ruby annotations (furigana over Japanese kanji, pinyin or zhuyin over Chinese) are small
 * readings a browser shows above the base text. Read into the line as they stand in the markup they
 * run into it ("子こどもへの", as a browser's innerText gives them) and break the words later stages
 * match on. They read as a browser without ruby shows them: a reading the page puts in <rp> brackets
 * stays in them, after its base text ("尹錫悦（ユンソンニョル）"); a bare gloss (a learners' page glosses
 * every kanji) is left out, counted in the report. An <rt> outside any <ruby> is no annotation and stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const PARAGRAPHS = [
  '港の<ruby>近<rt>ちか</rt></ruby>くにある<ruby>小<rt>ちい</rt>さな</ruby>パン<ruby>屋<rt>や</rt></ruby>が、<ruby>今年<rp>（</rp><rt>ことし</rt><rp>）</rp></ruby>で<ruby>創業<rt>そうぎょう</rt></ruby>五十<ruby>年<rt>ねん</rt><rp>)</rp></ruby>を<ruby>迎<rt>むか</rt></ruby>えた。',
  '<ruby><rb>店主</rb><rp>(</rp><rt>てんしゅ</rt><rp>)</rp></ruby>の<ruby>山田<rt>やまだ</rt></ruby>さんは、<ruby>毎朝<rt>まいあさ</rt></ruby>四時に<ruby>起<rt>お</rt></ruby>きてパンを<ruby>焼<rt>や</rt></ruby>いていると<ruby>話<rt>はな</rt></ruby>した。',
  '<ruby>店<rt><span>みせ</span></rt></ruby>には<ruby>朝<rt>あさ</rt></ruby>から<ruby>多<rt>おお</rt></ruby>くの<ruby>客<rt>きゃく</rt></ruby>が<ruby>訪<rt>おとず</rt></ruby>れ、<ruby>人気<rt>にんき</rt></ruby>のあんパンはすぐに<ruby>売<rt>う</rt></ruby>り<ruby>切<rt>き</rt></ruby>れるという。',
];
const SHOWN = [
  '港の近くにある小さなパン屋が、今年（ことし）で創業五十年を迎えた。',
  '店主(てんしゅ)の山田さんは、毎朝四時に起きてパンを焼いていると話した。',
  '店には朝から多くの客が訪れ、人気のあんパンはすぐに売り切れるという。',
];
const PLAIN = ['港の近くにある小さなパン屋が、今年で創業五十年を迎えた。', SHOWN[1].replace('(てんしゅ)', ''), SHOWN[2]];

const page = (headline: string, paragraphs: string[]) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head>
<body><article><h1>${headline}</h1><p>2024年3月5日</p>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
const HEADLINE = '<ruby>港<rt>みなと</rt></ruby>のパン<ruby>屋<rt>や</rt></ruby>、五十年';

describe('ruby readings on a saved page', () => {
  it('keeps a reading in the page’s <rp> brackets and leaves out a bare gloss, with a stray bracket after it, reported', () => {
    const { body, report } = article(page(HEADLINE, PARAGRAPHS), 'page.html');
    for (const p of SHOWN) expect(body).toContain(p);
    const entry = report.entries.find((e) => e.rule === 'ruby-readings');
    // 23 readings (the headline's 2 among them), 2 in the page's own brackets: 21 left out.
    expect(entry?.detail).toMatch(/^21 ruby readings \(“みなと”, “や”, “ちか”, “ちい”, “や”, …\) left out/);
  });

  it('reads the headline without its glosses', () => {
    const { record } = article(page(HEADLINE, PARAGRAPHS), 'page.html');
    expect(record.title).toBe('港のパン屋、五十年');
  });

  it('leaves a page without ruby, and an <rt> outside any ruby, as they are, and reports nothing', () => {
    const { body, report } = article(page('港のパン屋、五十年', [...PLAIN.slice(0, 2), `${PLAIN[2]}<rt>注</rt>`]), 'page.html');
    expect(body).toContain(`${PLAIN[0]}\n${PLAIN[1]}\n${PLAIN[2]}注`);
    expect(report.entries.some((e) => e.rule === 'ruby-readings')).toBe(false);
  });
});
