/**
 * Text saved as UTF-16 with no byte order mark (Notepad's "Unicode" in some tools, a script's
 * export), in a script other than Latin: only its spaces, digits and line ends leave a NUL byte, far
 * fewer than half the pairs, so the NUL pattern alone does not tell it. It is read as UTF-16 when its
 * NULs stand in one byte of the pair and, read so, it is clean text (no control, unassigned or
 * private-use character, no lone surrogate) with its line ends; never a UTF-8 text with a few stray
 * NULs, nor a binary file. Every fixture is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';

const RU_TITLE = 'Портовые краны получат новые датчики ветра';
const RU = [
  'Управление порта в понедельник установило датчики ветра на двенадцать кранов, чтобы бригады могли вовремя остановить подъём грузов.',
  'Крановщики говорят, что показания выводятся на экран в каждой кабине и предупреждают о сильном порыве за минуту.',
];
const ZH_TITLE = '港口起重机安装新的风速传感器';
const ZH = [
  '港务局星期一为十二台起重机安装了风速传感器，使工人能够在阵风变得危险之前停止吊装作业。',
  '起重机司机说，读数显示在每个驾驶室的屏幕上，并在强阵风到达码头前一分钟发出警告，一台一台地检查。',
];
const EL_TITLE = 'Νέοι αισθητήρες ανέμου στους γερανούς του λιμανιού';
const EL = [
  'Η λιμενική αρχή τοποθέτησε τη Δευτέρα αισθητήρες ανέμου σε δώδεκα γερανούς, ώστε τα συνεργεία να σταματούν την ανύψωση πριν γίνουν επικίνδυνες οι ριπές.',
  'Οι χειριστές είπαν ότι οι μετρήσεις εμφανίζονται σε οθόνη σε κάθε καμπίνα και προειδοποιούν ένα λεπτό πριν φτάσει μια δυνατή ριπή.',
];
const EN = [
  'The port authority fitted twelve cranes with wind sensors on Monday, so that crews can stop lifting before gusts become dangerous.',
  'Crane drivers said the readings appear on a screen in each cab and warn them a minute before a strong gust reaches the quay.',
  'The authority said the project cost about two million dollars and that other cranes would get the same sensors next autumn.',
];

const story = (title: string, paragraphs: string[], eol = '\n') => [title, '', ...paragraphs.flatMap((p) => [p, ''])].join(eol);
const utf16 = (s: string, order: 'le' | 'be') => {
  const le = Buffer.from(s, 'utf16le');
  return order === 'le' ? le : le.swap16();
};
const read = (seed: string, bytes: Uint8Array) => processSeed(seed, bytes, []);

describe('UTF-16 text without a byte order mark', () => {
  const CASES: [string, string, string[], 'le' | 'be', string][] = [
    ['Russian, little-endian', RU_TITLE, RU, 'le', '\n'],
    ['Russian, big-endian, CRLF line ends', RU_TITLE, RU, 'be', '\r\n'],
    ['Chinese, little-endian (一 leaves a NUL in the other byte)', ZH_TITLE, ZH, 'le', '\n'],
    ['Chinese, big-endian', ZH_TITLE, ZH, 'be', '\n'],
    ['Greek, little-endian', EL_TITLE, EL, 'le', '\n'],
  ];
  for (const [name, title, paragraphs, order, eol] of CASES) {
    it(`${name}: read as UTF-16, the text as written`, () => {
      const outcome = read('a.txt', utf16(story(title, paragraphs, eol), order));
      expect(outcome.skip).toBeUndefined();
      expect(outcome.record!.title).toBe(title);
      expect(outcome.record!.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    });
  }
});

describe('what stays as it was', () => {
  it('a UTF-8 text with a few stray NULs is UTF-8, the NULs dropped', () => {
    const text = story('Harbour cranes get new wind sensors', EN).replace('Monday,', 'Monday,\u0000').replace('dollars', 'dol\u0000lars');
    const outcome = read('a.txt', new TextEncoder().encode(text));
    expect(outcome.record!.paragraphs.map((p) => p.text)).toEqual(EN);
  });
  for (const [name, title, paragraphs] of [['Chinese', ZH_TITLE, ZH], ['Russian', RU_TITLE, RU]] as const) {
    it(`a UTF-8 ${name} text with a NUL after a line end is UTF-8, the NULs dropped`, () => {
      const outcome = read('a.txt', new TextEncoder().encode(story(title, [...paragraphs]).replace('\n', '\n\u0000')));
      expect(outcome.record!.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    });
  }
  it('a binary file of 16-bit figures is refused as binary', () => {
    const bytes = new Uint8Array(4000);
    for (let i = 0; i < bytes.length; i += 2) bytes[i] = (i * 7) & 0xff;
    expect(read('a.txt', bytes).skip).toMatch(/binary file/);
  });
  it('bytes with a NUL in every fourth place and noise between are refused as binary', () => {
    const bytes = new Uint8Array(4000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 4 === 1 ? 0 : (i * 131 + (i >> 3)) & 0xff;
    expect(read('a.txt', bytes).skip).toMatch(/binary file|undecodable/);
  });
});
