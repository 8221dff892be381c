/**
 * HTML seeds: a labelled byline in a script without capitals ("بقلم: محمد أحمد", "लेखक: अनीता शर्मा",
 * "记者 张明", "文：山田花子") on a line of the article names its author when the page's fields name
 * nobody, and leaves the article's text, as the text path's header reads it
 * (lib/bylines/script-labelled-byline.ts). Before, the HTML path read only bylines whose names have
 * capitals: the line stayed as the article's first paragraph and the author was null. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const CASES = [
  {
    lang: 'ar',
    headline: 'افتتاح محطة جديدة لقوارب النجاة في المدينة',
    byline: 'بقلم: محمد أحمد',
    author: 'محمد أحمد',
    text: 'افتتحت المدينة الساحلية محطتها الجديدة لقوارب النجاة يوم السبت، بعد ثلاث سنوات من جمع التبرعات من قبل المتطوعين الذين يعملون على القوارب.',
  },
  {
    lang: 'hi',
    headline: 'बंदरगाह शहर में नया जीवनरक्षक स्टेशन खुला',
    byline: 'लेखक: अनीता शर्मा',
    author: 'अनीता शर्मा',
    text: 'बंदरगाह शहर ने शनिवार को अपना नया जीवनरक्षक नौका स्टेशन खोला, नाव चलाने वाले स्वयंसेवकों द्वारा तीन साल तक धन जुटाने के बाद।',
  },
  {
    lang: 'zh',
    headline: '港口小镇启用新救生艇站',
    byline: '记者 张明',
    author: '张明',
    text: '这座港口小镇周六启用了新的救生艇站，此前驾驶救生艇的志愿者们筹款三年。旧站没有足够空间容纳更大的救生艇，滑道也已开裂。',
  },
  {
    lang: 'ja',
    headline: '港町に新しい救命艇基地が開設',
    byline: '文：山田花子',
    author: '山田花子',
    text: '港町は土曜日、救命艇を操縦するボランティアによる3年間の募金活動を経て、新しい救命艇基地を開設した。古い基地には大型艇を置く場所がなかった。',
  },
];

const page = (lang: string, headline: string, lines: string[], head = '') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title>${head}</head><body><article><h1>${headline}</h1>` +
  `${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;

describe('HTML: a byline in a script without capitals', () => {
  for (const c of CASES) {
    it(`${c.lang}: names the author and leaves the article's text`, () => {
      const { record, body, report } = article(page(c.lang, c.headline, [c.byline, c.text]), 'page.html');
      expect(record.author).toBe(c.author);
      expect(body).not.toContain(c.byline);
      expect(body).toContain(c.text);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === c.byline && e.detail === 'a byline')).toBe(true);
    });
  }

  it("the page's own author field still wins; the line still leaves the text", () => {
    const c = CASES[0];
    const { record, body } = article(page(c.lang, c.headline, [c.byline, c.text], '<meta name="author" content="سارة علي">'), 'page.html');
    expect(record.author).toBe('سارة علي');
    expect(body).not.toContain(c.byline);
  });

  it('a sentence that opens on a label word, with no colon or no name after it, stays', () => {
    const arabic = 'كتب الرئيس رسالة إلى المتطوعين يشكرهم فيها على سنوات من العمل في جمع التبرعات للمحطة الجديدة.';
    const chinese = '记者从市政府获悉，新站将于下月正式投入使用，届时将有二十名志愿者轮流值班。';
    for (const [lang, line] of [['ar', arabic], ['zh', chinese]]) {
      const c = CASES.find((x) => x.lang === lang)!;
      const { body } = article(page(lang, c.headline, [c.text, line]), 'page.html');
      expect(body).toContain(line);
    }
  });
});
