/**
 * A Chinese article written in Traditional characters is recorded `zh-Hant`, so the site prints it with a
 * Traditional Chinese font (its shapes differ from the Simplified font's for characters both share by
 * code point); the detector reads both scripts as `zh` and a text seed has no tag, so the characters
 * decide (lib/page-text/language/chinese-script.ts); a saved page's `<html lang="zh-TW">` decides only when
 * they say nothing. Simplified Chinese stays `zh`, as before. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { chineseScript, withChineseScript } from '../../scripts/ingest/lib/page-text/language/chinese-script.ts';
import { article } from './helpers.ts';

const TRADITIONAL = [
  '臺灣與歐洲研究機構簽署海洋觀測合作協議',
  '2023年4月12日 10:00',
  '臺灣與歐洲的海洋研究機構12日宣布，雙方簽署協議，將共同觀測太平洋的水溫與海流。兩個機構將輪流派出觀測船，並每月共享最新資料。',
  '計畫負責人表示：「海洋沒有國界，我們的資料也應該一起收集。」這項合作為期五年。',
  '',
].join('\n');

const SIMPLIFIED = [
  '中国与欧洲研究机构签署海洋观测合作协议',
  '2023年4月12日 10:00',
  '中国与欧洲的海洋研究机构12日宣布，双方签署协议，将共同观测太平洋的水温与海流。两个机构将轮流派出观测船，并每月共享最新数据。',
  '项目负责人表示：“海洋没有国界，我们的数据也应该一起收集。”这项合作为期五年。',
  '',
].join('\n');

describe('Traditional Chinese is recorded as zh-Hant', () => {
  it('a text seed in Traditional characters', () => {
    expect(article(TRADITIONAL).record.lang).toBe('zh-Hant');
  });

  it('a saved page in Traditional characters, whatever region its <html lang> names', () => {
    const [title, , ...paragraphs] = TRADITIONAL.trim().split('\n');
    const page = (lang: string) =>
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
      `<time datetime="2023-04-12">2023年4月12日</time>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(article(page('zh-TW'), 'ocean.html').record.lang).toBe('zh-Hant');
    expect(article(page('zh'), 'ocean.html').record.lang).toBe('zh-Hant');
  });

  it('Simplified Chinese stays zh, and other languages are untouched', () => {
    expect(article(SIMPLIFIED).record.lang).toBe('zh');
    expect(withChineseScript('ja', () => [TRADITIONAL])).toBe('ja');
    expect(withChineseScript('en', () => [TRADITIONAL])).toBe('en');
  });

  it('a few telling characters say nothing; a Traditional text quoting a Simplified name stays Traditional', () => {
    expect(chineseScript(['中日海洋合作'])).toBeNull();
    expect(chineseScript(['這個'])).toBeNull();
    expect(chineseScript([`${TRADITIONAL}\n新华社报道`])).toBe('Hant');
    expect(chineseScript([SIMPLIFIED])).toBe('Hans');
  });

  it('reads the texts only for a Chinese article', () => {
    let read = false;
    withChineseScript('en', () => ((read = true), []));
    expect(read).toBe(false);
  });
});

// None of the telling characters (chinese-script.ts's lists): the text alone says nothing, the page's tag does.
const SHARED = [
  '中日海洋合作',
  '2023年4月12日 10:00',
  '中日的海洋研究所12日在大阪举行年度研讨，共同测定太平洋的水温和海流。',
  '研究所表示，合作期限五年，每年举行一次研讨。',
].join('\n');

describe('a saved page whose text says neither script: its <html lang> decides', () => {
  const page = (lang: string, text: string) => {
    const [title, , ...paragraphs] = text.trim().split('\n');
    return (
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
      `<time datetime="2023-04-12">2023年4月12日</time>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    );
  };

  it('the fixture writes no telling character', () => {
    expect(chineseScript([SHARED])).toBeNull();
  });

  it('zh-TW, zh-HK, zh-MO and zh-Hant are Traditional; zh-CN, zh-Hans and zh are not', () => {
    for (const tag of ['zh-TW', 'zh_HK', 'zh-MO', 'zh-Hant', 'ZH-hant-TW']) expect(article(page(tag, SHARED), 'sea.html').record.lang, tag).toBe('zh-Hant');
    for (const tag of ['zh-CN', 'zh-Hans', 'zh', 'zh-Hans-HK']) expect(article(page(tag, SHARED), 'sea.html').record.lang, tag).toBe('zh');
  });

  it('the characters outrank the tag when they say something (a Simplified page tagged zh-TW stays zh)', () => {
    expect(article(page('zh-TW', SIMPLIFIED), 'sea.html').record.lang).toBe('zh');
    expect(article(page('zh-CN', TRADITIONAL), 'sea.html').record.lang).toBe('zh-Hant');
  });

  it('a text seed has no tag: the same text stays zh', () => {
    expect(article(SHARED).record.lang).toBe('zh');
  });
});
