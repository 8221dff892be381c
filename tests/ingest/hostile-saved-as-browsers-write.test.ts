/**
 * Pages as browsers and old tools really save them, where the bytes' encoding is told three ways that
 * may disagree: a Chrome "Webpage, Single File" whose page part names a charset its <meta> contradicts,
 * a Shift_JIS part in base64; legacy pages that declare their charset only in an http-equiv <meta>
 * (unquoted, attributes reversed, an alias such as x-sjis or ks_c_5601-1987), or after 8 KB of inline
 * style; GB18030 with four-byte sequences; a byte order mark that contradicts <meta>; a .txt that is
 * really a saved page; a Safari web archive under a page's name. Each becomes one article whose
 * headline and paragraphs are the text a browser shows, or one skip with a reason that says what to do.
 * Nothing here failed when written (session 38's hostile pass): they keep it so. Every fixture is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import '../../scripts/ingest/stages/html.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';
import { base64Lines, quotedPrintable } from '../../scripts/bench/fuzz/mime-encodings.ts';

type Story = { title: string; paragraphs: string[]; lang: string };
const RU: Story = {
  lang: 'ru',
  title: 'Портовые краны получат новые датчики ветра',
  paragraphs: [
    'Управление порта в понедельник установило датчики ветра на двенадцать кранов, чтобы бригады могли вовремя остановить подъём грузов.',
    'Крановщики говорят, что показания выводятся на экран в каждой кабине и предупреждают о сильном порыве за минуту.',
  ],
};
const JA: Story = {
  lang: 'ja',
  title: '港のクレーンに新しい風速計',
  paragraphs: ['港湾局は月曜日、十二基のクレーンに風速計を取り付けた。突風が危険になる前に作業員が荷役を止められるようにするためだ。', 'クレーンの運転士によると、計測値は各運転席の画面に表示され、強い突風が岸壁に届く一分前に警告が出るという。'],
};
const ZH: Story = {
  lang: 'zh',
  title: '港口起重机安装新的风速传感器',
  paragraphs: ['港务局星期一为十二台起重机安装了风速传感器，使工人能够在阵风变得危险之前停止吊装作业。', '起重机司机说，读数显示在每个驾驶室的屏幕上，并在强阵风到达码头前一分钟发出警告。'],
};
const ZH_TW: Story = {
  lang: 'zh-TW',
  title: '港口起重機安裝新的風速感測器',
  paragraphs: ['港務局星期一為十二台起重機安裝了風速感測器，使工人能夠在陣風變得危險之前停止吊裝作業。', '起重機司機說，讀數顯示在每個駕駛室的螢幕上，並在強陣風到達碼頭前一分鐘發出警告。'],
};
const KO: Story = {
  lang: 'ko',
  title: '항만 크레인에 새 풍속 센서 설치',
  paragraphs: ['항만청은 월요일 크레인 열두 대에 풍속 센서를 설치해 돌풍이 위험해지기 전에 작업자들이 인양 작업을 멈출 수 있도록 했다.', '크레인 기사들은 측정값이 각 조종실 화면에 표시되고 강한 돌풍이 부두에 도달하기 1분 전에 경고가 나온다고 말했다.'],
};
const EN: Story = {
  lang: 'en',
  title: 'Harbour cranes get new wind sensors',
  paragraphs: [
    'The port authority fitted twelve cranes with wind sensors on Monday, so that crews can stop lifting before gusts become dangerous.',
    'Crane drivers said the readings appear on a screen in each cab and warn them a minute before a strong gust reaches the quay.',
  ],
};

const page = (s: Story, head: string) =>
  `<!DOCTYPE html>\n<html lang="${s.lang}"><head>${head}<title>${s.title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${s.title}</h1>${s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© 2024</footer></body></html>\n`;
const httpEquiv = (charset: string) => `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
const legacy = (s: Story, head: string, encoding: LegacyEncoding) => Buffer.from(encodeLegacy(page(s, head), encoding));
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** GB18030: GBK's two-byte characters, and four bytes for a character past the BMP (an emoji). */
function gb18030(text: string): Buffer {
  return Buffer.concat(
    [...text].map((ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x10000) return Buffer.from(encodeLegacy(ch, 'gbk'));
      const l = cp - 0x10000;
      return Buffer.from([0x90 + Math.floor(l / 12600), 0x30 + (Math.floor(l / 1260) % 10), 0x81 + (Math.floor(l / 10) % 126), 0x30 + (l % 10)]);
    }),
  );
}


const BOUNDARY = '----MultipartBoundary--q8W2vZ0rT5kLx1----';
const singleFile = (pagePart: { body: string; encoding: string; type: string }, subject: string) =>
  [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://quay-news.example/2024/03/cranes',
    `Subject: ${subject}`,
    'Date: Mon, 11 Mar 2024 10:12:01 -0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    `Content-Type: ${pagePart.type}`,
    'Content-ID: <frame-7A1C@mhtml.blink>',
    `Content-Transfer-Encoding: ${pagePart.encoding}`,
    'Content-Location: https://quay-news.example/2024/03/cranes',
    '',
    pagePart.body,
    `--${BOUNDARY}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:css-1@mhtml.blink',
    '',
    '@charset "utf-8";',
    '.promo::after { content: "Buy a crane today"; }',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
const encodedWord = (s: string) => `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`;

const ARTICLES: [name: string, seed: string, bytes: () => Uint8Array, story: Story][] = [
  ['Chrome single file: a windows-1251 page part whose <meta> says utf-8', 'a.mht', () => utf8(singleFile({ body: quotedPrintable(legacy(RU, '<meta charset="utf-8">', 'windows-1251')), encoding: 'quoted-printable', type: 'text/html; charset="windows-1251"' }, encodedWord(RU.title))), RU],
  ['Chrome single file: a UTF-8 page part whose <meta> says windows-1251', 'a.mhtml', () => utf8(singleFile({ body: quotedPrintable(utf8(page(RU, httpEquiv('windows-1251')))), encoding: 'quoted-printable', type: 'text/html; charset="utf-8"' }, encodedWord(RU.title))), RU],
  ['Chrome single file: a Shift_JIS page part in base64, no <meta>', 'a.mhtml', () => utf8(singleFile({ body: base64Lines(legacy(JA, '', 'shift_jis')), encoding: 'base64', type: 'text/html; charset=shift_jis' }, encodedWord(JA.title))), JA],
  ['Chrome single file: lower-case quoted-printable escapes', 'a.mhtml', () => utf8(singleFile({ body: quotedPrintable(utf8(page(RU, '<meta charset="utf-8">'))).replace(/=([0-9A-F]{2})/g, (m) => m.toLowerCase()), encoding: 'quoted-printable', type: 'text/html' }, RU.title)), RU],
  ['windows-1251, http-equiv only', 'a.html', () => legacy(RU, httpEquiv('windows-1251'), 'windows-1251'), RU],
  ['windows-1251, http-equiv unquoted', 'a.html', () => legacy(RU, '<meta http-equiv=Content-Type content=text/html;charset=windows-1251>', 'windows-1251'), RU],
  ['windows-1251, http-equiv with its attributes reversed, in capitals', 'a.htm', () => legacy(RU, '<META CONTENT="text/html; charset=WINDOWS-1251" HTTP-EQUIV="Content-Type">', 'windows-1251'), RU],
  ['windows-1251, http-equiv after 10 KB of inline style', 'a.html', () => legacy(RU, `<style>${'.a{color:red}\n'.repeat(800)}</style>${httpEquiv('windows-1251')}`, 'windows-1251'), RU],
  ['KOI8-R, http-equiv only', 'a.html', () => legacy(RU, httpEquiv('koi8-r'), 'koi8-r'), RU],
  ['Shift_JIS, http-equiv only', 'a.html', () => legacy(JA, httpEquiv('Shift_JIS'), 'shift_jis'), JA],
  ['Shift_JIS under its alias x-sjis', 'a.html', () => legacy(JA, httpEquiv('x-sjis'), 'shift_jis'), JA],
  ['EUC-JP, http-equiv only', 'a.html', () => legacy(JA, httpEquiv('EUC-JP'), 'euc-jp'), JA],
  ['GB2312, http-equiv only', 'a.html', () => legacy(ZH, httpEquiv('gb2312'), 'gbk'), ZH],
  ['Big5, http-equiv only', 'a.html', () => legacy(ZH_TW, httpEquiv('big5'), 'big5'), ZH_TW],
  ['EUC-KR, http-equiv only', 'a.html', () => legacy(KO, httpEquiv('euc-kr'), 'euc-kr'), KO],
  ['EUC-KR under its alias ks_c_5601-1987', 'a.html', () => legacy(KO, httpEquiv('ks_c_5601-1987'), 'euc-kr'), KO],
  ['a UTF-8 byte order mark over a <meta> that says windows-1251', 'a.html', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(page(RU, '<meta charset="windows-1251">'))]), RU],
  ['a UTF-16 LE byte order mark over a <meta> that says utf-8', 'a.html', () => Buffer.from(`\uFEFF${page(RU, '<meta charset="utf-8">')}`, 'utf16le'), RU],
  ['UTF-16 LE without a mark, <meta> says utf-16', 'a.html', () => Buffer.from(page(RU, '<meta charset="utf-16">'), 'utf16le'), RU],
  ['XHTML with only an XML declaration of windows-1251', 'a.xhtml', () => Buffer.from(encodeLegacy(`<?xml version="1.0" encoding="windows-1251"?>\n${page(RU, '').replace('<html', '<html xmlns="http://www.w3.org/1999/xhtml"')}`, 'windows-1251')), RU],
  ['a .txt that is really a saved page', 'a.txt', () => utf8(page(EN, '<meta charset="utf-8">')), EN],
  // A tool that dropped the boundary parameter, or rewrote it and not the parts: read by the "--" line over the first part.
  ['a single-file save with no boundary named', 'a.mhtml', () => utf8(singleFile({ body: quotedPrintable(utf8(page(EN, '<meta charset="utf-8">'))), encoding: 'quoted-printable', type: 'text/html' }, EN.title).replace(/;\r\n\tboundary="[^"]*"/, '')), EN],
  ['a single-file save whose parts use another boundary than the one named', 'a.mhtml', () => utf8(singleFile({ body: quotedPrintable(utf8(page(EN, '<meta charset="utf-8">'))), encoding: 'quoted-printable', type: 'text/html' }, EN.title).replace(`boundary="${BOUNDARY}"`, 'boundary="other"')), EN],
  ['a .txt that is really a single-file save', 'a.txt', () => utf8(singleFile({ body: quotedPrintable(utf8(page(EN, '<meta charset="utf-8">'))), encoding: 'quoted-printable', type: 'text/html' }, EN.title)), EN],
];

describe('saved pages read as a browser shows them', () => {
  for (const [name, seed, bytes, story] of ARTICLES) {
    it(name, () => {
      const outcome = processSeed(seed, bytes(), []);
      expect(outcome.skip).toBeUndefined();
      expect(outcome.record!.title).toBe(story.title);
      expect(outcome.record!.paragraphs.map((p) => p.text)).toEqual(story.paragraphs);
    });
  }

  it('GB18030 with four-byte sequences (an emoji) reads them', () => {
    const story = { ...ZH, paragraphs: [`${ZH.paragraphs[0]} 🌊`, ZH.paragraphs[1]] };
    for (const charset of ['GB18030', 'gb2312']) {
      const outcome = processSeed('a.html', gb18030(page(story, httpEquiv(charset))), []);
      expect(outcome.record!.paragraphs.map((p) => p.text), charset).toEqual(story.paragraphs);
    }
  });
});

describe('saves that are no page to read: one skip with a reason that says what to do', () => {
  const SKIPS: [name: string, seed: string, bytes: () => Uint8Array, reason: RegExp][] = [
    ['a Safari web archive saved under a page\'s name', 'a.html', () => Buffer.concat([Buffer.from('bplist00\u00d4\u0001\u0002', 'latin1'), utf8(page(EN, ''))]), /Safari web archive.*save the page/],
    ['a single-file save with no part, its boundary missing', 'a.mhtml', () => utf8(singleFile({ body: quotedPrintable(utf8(page(EN, ''))), encoding: 'quoted-printable', type: 'text/html' }, EN.title).replace(/;\r\n\tboundary="[^"]*"/, '').replaceAll(`--${BOUNDARY}`, '')), /MHTML.*no boundary.*no line starting with "--"/],
    ['a .txt that is really a PDF', 'a.txt', () => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(2000, 7)]), /PDF.*export it as text/],
    ['a .txt that is really a ZIP', 'a.txt', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 9)]), /ZIP.*export it as text/],
    ['a .txt that is really gzip', 'a.txt', () => Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(2000, 3)]), /gzip.*unpack/],
  ];
  for (const [name, seed, bytes, reason] of SKIPS) {
    it(name, () => expect(processSeed(seed, bytes(), []).skip).toMatch(reason));
  }
});
