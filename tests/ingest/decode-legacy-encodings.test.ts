/**
 * Text seeds saved in the legacy encoding of their language (Shift_JIS, EUC-JP, ISO-2022-JP, GBK,
 * Big5, EUC-KR, Windows-1251, KOI8-R, KOI8-U) are read in it, the report saying which and why; Windows-1252
 * text stays Windows-1252, even where its bytes happen to parse as Shift_JIS. Fixtures are invented
 * and encoded at test time (scripts/bench/fuzz/legacy-encodings.ts).
 */
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../scripts/ingest/stages/decode.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { cpuSeconds } from './cpu-seconds.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const JAPANESE = '港町の朝市は今日も賑わっていた。\n\n漁師の田中さんは新しい船で沖へ出た。市場では新鮮な魚が次々と売れていく。';
const SIMPLIFIED = '港口城市的早市今天也很热闹。\n\n渔民们开着新船出海捕鱼。市场上新鲜的鱼很快就卖完了。';
const TRADITIONAL = '港口城市的早市今天也很熱鬧。\n\n漁民們開著新船出海捕魚。市場上新鮮的魚很快就賣完了。';
const KOREAN = '항구 도시의 아침 시장은 오늘도 붐볐다.\n\n어부들은 새 배를 타고 바다로 나갔다. 시장에서는 신선한 생선이 금방 팔렸다.';
const UKRAINIAN = 'Ранковий ринок у портовому місті сьогодні знову був повний людей.\n\nРибалки вийшли в море на новому човні. Свіжу рибу швидко розкупили.';
const RUSSIAN = 'Утренний рынок в портовом городе сегодня снова был полон людей.\n\nРыбаки вышли в море на новой лодке. Свежая рыба быстро разошлась.';

const CASES: [LegacyEncoding, string, string][] = [
  ['shift_jis', 'shift_jis', JAPANESE],
  ['euc-jp', 'euc-jp', JAPANESE],
  ['iso-2022-jp', 'iso-2022-jp', JAPANESE],
  ['gbk', 'gb18030', SIMPLIFIED],
  ['big5', 'big5', TRADITIONAL],
  ['euc-kr', 'euc-kr', KOREAN],
  ['windows-1251', 'windows-1251', RUSSIAN],
  ['koi8-r', 'koi8-r', RUSSIAN],
  ['koi8-u', 'koi8-u', UKRAINIAN],
  ['windows-1251', 'windows-1251', UKRAINIAN],
];

function run(bytes: Uint8Array): { text: string; report: Report } {
  const report = new Report('f.txt');
  return { text: decode('f.txt', bytes, report), report };
}
const encodingNote = (report: Report) => report.entries.find((e) => e.rule === 'encoding')?.detail ?? '';

describe('text seeds in legacy encodings', () => {
  for (const [encoding, name, text] of CASES) {
    it(`reads ${encoding} as ${name} and says why (${[...text].slice(0, 8).join('')}…)`, () => {
      const bytes = encodeLegacy(text, encoding);
      expect(detectEncoding(bytes).encoding).toBe(name);
      const { text: read, report } = run(bytes);
      expect(read).toBe(text);
      expect(encodingNote(report)).toMatch(new RegExp(`^${name} \\(.+\\)$`));
    });
  }

  it('reads a one-line headline in each encoding too', () => {
    const titles: [LegacyEncoding, string, string][] = [
      ['shift_jis', 'shift_jis', '港町の朝市に新しい船'],
      ['gbk', 'gb18030', '港口城市的早市很热闹'],
      ['euc-kr', 'euc-kr', '항구 도시의 아침 시장'],
      ['windows-1251', 'windows-1251', 'Утренний рынок в порту'],
      ['koi8-r', 'koi8-r', 'Утренний рынок в порту'],
    ];
    for (const [encoding, , title] of titles) expect(run(encodeLegacy(title, encoding)).text, encoding).toBe(title);
  });

  it('keeps Windows-1252 for French, German and Spanish text with accents', () => {
    for (const text of [
      'Le marché du port a rouvert à l’aube, dit Ann Lee. « C’est la fête », a-t-elle ajouté.',
      'Die Fischer der Hafenstadt verkaufen größere Fänge über die Brücke – schön für alle.',
      'El mercado del puerto abrió a las seis; los pescadores vendieron más que el año pasado.',
    ]) {
      const bytes = encodeLegacy(text, 'windows-1252');
      expect(detectEncoding(bytes).encoding).toBe('windows-1252');
      expect(run(bytes).text).toBe(text);
    }
  });

  it('keeps Windows-1252 for text whose few high bytes also parse as Shift_JIS', () => {
    const text = 'Harbor Post: Ann Lee visited Nîmes, then the Hôtel Bellevue in Sète.';
    const bytes = encodeLegacy(text, 'windows-1252');
    // The bytes are valid Shift_JIS: only the reading tells them apart.
    expect(() => new TextDecoder('shift_jis', { fatal: true }).decode(bytes)).not.toThrow();
    expect(detectEncoding(bytes).encoding).toBe('windows-1252');
    expect(run(bytes).text).toBe(text);
  });

  it('reads Shift_JIS with a few stray bytes in it, each replaced by U+FFFD and reported', () => {
    const good = encodeLegacy(JAPANESE, 'shift_jis');
    const bytes = new Uint8Array([...good.subarray(0, 10), 0x85, 0x20, ...good.subarray(10)]);
    expect(detectEncoding(bytes).encoding).toBe('shift_jis');
    const { text, report } = run(bytes);
    expect(text).toBe(`${[...JAPANESE].slice(0, 5).join('')}\uFFFD ${[...JAPANESE].slice(5).join('')}`);
    expect(report.entries.find((e) => e.rule === 'invalid-bytes')?.detail).toMatch(/^1 bad byte sequence\(s\) replaced by U\+FFFD/);
  });

  it('reads a Shift_JIS file cut off in the middle of its last character', () => {
    const bytes = encodeLegacy(JAPANESE, 'shift_jis').subarray(0, -1);
    expect(detectEncoding(bytes).encoding).toBe('shift_jis');
    const { text, report } = run(bytes);
    expect(text).toBe(`${JAPANESE.slice(0, -1)}\uFFFD`);
    expect(report.entries.some((e) => e.rule === 'invalid-bytes')).toBe(true);
  });

  it('judges only the start of a long file, even one with no space or line end to cut at', () => {
    // 2 MB of one two-byte character with nothing below 0x40: judged by its start (3 × 4 KB at most),
    // not segmented whole. What it is read as does not matter here: it is no text.
    const bytes = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i % 2 ? 0xa1 : 0xb0));
    // CPU time, not wall time: the machine running the tests may be busy.
    let encoding = '';
    expect(cpuSeconds(() => (encoding = detectEncoding(bytes).encoding))).toBeLessThan(5);
    expect(encoding).not.toBe('windows-1252');
  });

  it('still reads UTF-8 with a few bad bytes as UTF-8', () => {
    const utf8 = new TextEncoder().encode(JAPANESE);
    const bytes = new Uint8Array([...utf8.subarray(0, 9), 0xff, ...utf8.subarray(9)]);
    expect(detectEncoding(bytes).encoding).toBe('utf-8');
  });
});
