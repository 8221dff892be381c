/**
 * Random bytes in a page that declares a Chinese, Japanese or Korean legacy charset, through the ingest
 * CLI. The double-byte codes of Shift_JIS, GBK, Big5 and EUC-KR take almost any pair of bytes, so
 * noise decodes to valid characters, few or no U+FFFD: it was published as an article of plausible-
 * looking CJK characters. Such a page is now skipped, with the share of its characters that the
 * encoding's text is written in (lib/safety/cjk-noise.ts). Real pages in those encodings stay
 * articles: Japanese in Shift_JIS (one with half-width katakana and box drawing), Simplified Chinese in GBK, Traditional Chinese in Big5 and in GBK,
 * Korean in EUC-KR.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';
import { expectHostileRunOutcomes, seedOf, type HostileExpectation } from './hostile-outcomes.ts';

const trees = tempTrees('hostile-cjk-noise-');
afterAll(trees.cleanup);

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const page = (charset: string, lang: string, title: string, body: Uint8Array) =>
  cat(enc(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="${charset}"><title>${title}</title></head><body><article><h1>${title}</h1><p>`), body, enc('</p></article></body></html>'));

/** `count` random pairs of bytes that `encoding` reads as one character each (no U+FFFD), a space every sixth: the same on every run. */
function assignedNoise(encoding: string, count: number): Uint8Array {
  const strict = new TextDecoder(encoding, { fatal: true });
  const out: number[] = [];
  let x = 11;
  const next = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff;
  while (out.length < 3 * count) {
    const pair = [0x81 + (next() % 0x7e), 0x40 + (next() % 0xbf)];
    try {
      if ([...strict.decode(new Uint8Array(pair))].length !== 1) continue;
    } catch {
      continue;
    }
    out.push(...pair);
    if (out.length % 12 === 0) out.push(0x20);
  }
  return new Uint8Array(out);
}

const JA =
  '島へ向かう夜行フェリーが来週から運航を再開すると、港湾事務所が月曜日に発表した。桟橋の修理が予定より早く終わったためで、最初の便は午後十時に出港する。切符は岸壁の窓口か、事前にインターネットで購入できる。運賃は昨年と同じで、夏の終わりまでは自転車を無料で載せることができる。地元の住民からは、夜の便が戻ることを喜ぶ声が上がっている。港湾事務所の担当者は、冬の間は天候を見ながら運航するとしている。';
const ZH_HANS =
  '港务办公室周一表示，前往海岛的夜间渡轮将于下周恢复运营。码头的维修工程比原计划提前完成，第一班船将在晚上十点出发。乘客可以在码头售票处购票，也可以提前在网上购买。票价与去年相同，夏季结束前骑自行车的乘客可以免费上船。当地居民对夜班渡轮的恢复表示欢迎。港务办公室的负责人说，冬季将根据天气情况安排航班，如果预计会有大风，将在前一天傍晚前通知停航。';
const ZH_HANT =
  '港務辦公室週一表示，前往海島的夜間渡輪將於下週恢復營運。碼頭的維修工程比原計劃提前完成，第一班船將在晚上十點出發。乘客可以在碼頭售票處購票，也可以提前在網上購買。票價與去年相同，夏季結束前騎自行車的乘客可以免費上船。當地居民對夜班渡輪的恢復表示歡迎。港務辦公室的負責人說，冬季將根據天氣情況安排航班，如果預計會有大風，將在前一天傍晚前通知停航。';
const KO =
  '섬으로 가는 야간 여객선이 다음 주부터 운항을 다시 시작한다고 항만 사무소가 월요일 밝혔다. 부두 수리 공사가 예정보다 일찍 끝났기 때문이며, 첫 배는 오후 열 시에 출항한다. 표는 부두 매표소에서 사거나 미리 인터넷으로 살 수 있다. 요금은 작년과 같고, 여름이 끝날 때까지 자전거는 무료로 실을 수 있다. 주민들은 밤 배가 돌아온 것을 반기고 있다. 항만 사무소 관계자는 겨울에는 날씨를 보며 운항할 계획이며, 강한 바람이 예상되면 전날 저녁까지 결항을 알릴 것이라고 말했다.';

const real = (encoding: LegacyEncoding, lang: string, title: string, text: string) => page(encoding, lang, title, encodeLegacy(text, encoding));

const SEEDS = new Map<string, Uint8Array>([
  ['noise-shift-jis.html', page('shift_jis', 'ja', 'Night ferry', assignedNoise('shift_jis', 1500))],
  ['noise-gbk.html', page('gbk', 'zh', 'Night ferry', assignedNoise('gbk', 1500))],
  ['noise-big5.html', page('big5', 'zh', 'Night ferry', assignedNoise('big5', 1500))],
  ['noise-euc-kr.html', page('euc-kr', 'ko', 'Night ferry', assignedNoise('euc-kr', 1500))],
  ['japanese.html', real('shift_jis', 'ja', '夜行フェリー運航再開', JA)],
  // Half-width katakana, box drawing, Greek and a face made of them, as old Shift_JIS pages write them.
  ['japanese-symbols.html', real('shift_jis', 'ja', '【速報】夜行フェリー', `【速報】ｷﾀ━━━(ﾟ∀ﾟ)━━━!! ${JA}α線・β線の測定も再開。ﾌｪﾘｰﾀｰﾐﾅﾙは２４時間営業。`)],
  ['simplified.html', real('gbk', 'zh', '夜间渡轮恢复运营', ZH_HANS)],
  ['traditional-big5.html', real('big5', 'zh', '夜間渡輪恢復營運', ZH_HANT)],
  ['traditional-gbk.html', real('gbk', 'zh', '夜間渡輪恢復營運', ZH_HANT)],
  ['korean.html', real('euc-kr', 'ko', '야간 여객선 운항 재개', KO)],
]);

const NOISE = (encoding: string) => new RegExp(`^not text: read as ${encoding}, only \\d+% of its [\\d,]+ characters outside ASCII`);
const EXPECTED: Record<string, HostileExpectation> = {
  'noise-shift-jis.html': NOISE('shift_jis'),
  'noise-gbk.html': NOISE('gbk'),
  'noise-big5.html': NOISE('big5'),
  'noise-euc-kr.html': NOISE('euc-kr'),
  'japanese.html': 'article',
  'japanese-symbols.html': 'article',
  'simplified.html': 'article',
  'traditional-big5.html': 'article',
  'traditional-gbk.html': 'article',
  'korean.html': 'article',
};

describe('random bytes under a declared Chinese, Japanese or Korean charset, through the CLI', () => {
  it('are skipped as no text; real pages in those encodings stay articles, as written', async () => {
    const articles = await expectHostileRunOutcomes(trees, SEEDS, EXPECTED);
    const bySeed = new Map(articles.map((mdx) => [seedOf(mdx)!, mdx]));
    expect(bySeed.get('japanese.html')).toContain('桟橋の修理が予定より早く終わったためで');
    expect(bySeed.get('japanese-symbols.html')).toContain('ｷﾀ━━━(ﾟ∀ﾟ)━━━!!');
    expect(bySeed.get('simplified.html')).toContain('码头的维修工程比原计划提前完成');
    for (const seed of ['traditional-big5.html', 'traditional-gbk.html']) expect(bySeed.get(seed), seed).toContain('碼頭的維修工程比原計劃提前完成');
    expect(bySeed.get('korean.html')).toContain('부두 수리 공사가 예정보다 일찍 끝났기 때문이며');
  }, 240_000);
});
