/**
 * Main-text detection on small nasty pages written here: what a copy-paste scraper gives for a
 * news page, with the furniture around (and inside) the article.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { SkipArticle } from '../../scripts/ingest/report.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const A4 = 'Engineers will spend the next two years testing the antennas on site before the full array is switched on and handed over to the astronomers who will use it.';

const removedText = (report: ReturnType<typeof article>['report']) => report.entries.filter((e) => e.action === 'removed').map((e) => e.text ?? '');

describe('main-text: what comes after the article', () => {
  it('drops a comment section, comments written in prose included, and reports every line', () => {
    const page = `Observatory opens its doors to foreign partners\n\n${A1}\n\n${A2}\n\n${A3}\n\n14 Comments\n\nJaneDoe42\n\nMarch 3, 2024 at 4:15 pm\n\nThis is a great article and I think that the project is going to be very good for all of the scientists who work on it.\n\nReply\n\nbob_smith\n\nMarch 3, 2024 at 5:02 pm\n\nI do not agree with the author about the funding because it is not clear where the money for the next phase will come from.\n\nReply`;
    const { body, report } = article(page);
    expect(body).toBe([A1, A2, A3].join('\n'));
    const removed = removedText(report);
    for (const line of ['14 Comments', 'JaneDoe42', 'Reply', 'bob_smith']) expect(removed).toContain(line);
    expect(removed.some((t) => t.startsWith('I do not agree'))).toBe(true);
  });

  it('drops a run of other stories’ headlines with their ages and teasers', () => {
    const page = `Observatory opens its doors to foreign partners\n\n${A1}\n\n${A2}\n\n${A3}\n\nMore from Science\n\nNew Telescope Spots Earliest Galaxy Yet Seen\n\n13 hours ago\n\nWhy The Ocean Floor Is Louder Than We Thought\n\n2 days ago\n\nRover Finds Traces Of Ancient River Delta\n\nThe rover found the traces in rocks it drilled last week, the agency said.\n\n(185)`;
    const { body } = article(page);
    expect(body).toBe([A1, A2, A3].join('\n'));
  });

  it('drops a closing call to action found by its features, not its wording', () => {
    for (const cta of ['Click here to subscribe to our newsletter', 'Sign up for our weekly briefing and get the best stories in your inbox.', 'Download our app to get alerts on breaking stories.', 'Follow us on Telegram for more updates']) {
      const { body } = article(`Observatory opens its doors to foreign partners\n\n${A1}\n\n${A2}\n\n${cta}`);
      expect(body, cta).toBe([A1, A2].join('\n'));
    }
  });

  it('keeps a short closing sentence of the article', () => {
    const { body } = article(`Observatory opens its doors to foreign partners\n\n${A1}\n\n${A2}\n\nThe talks resume on Monday.`);
    expect(body).toContain('The talks resume on Monday.');
  });
});

describe('main-text: what comes before the article', () => {
  it('drops navigation, a cookie banner and a trending box above the headline, and finds the headline', () => {
    const page = `Skip to main content\n\nNews\nSport\nBusiness\nScience\n\nWe use cookies to improve your experience. By continuing to browse you agree to our use of cookies and our privacy policy.\n\nAccept\n\nTrending\nActor Wins Award At Film Festival\nStorm Hits Coastal Towns Overnight\nLocal Team Wins Cup Final\n\nObservatory opens its doors to foreign partners\n\nBy Jane Smith\n\nMarch 4, 2024\n\n${A1}\n\n${A2}\n\n${A3}`;
    const { body, record } = article(page);
    expect(record.title).toBe('Observatory opens its doors to foreign partners');
    expect(body).toBe([A1, A2, A3].join('\n'));
    expect(record.date?.date).toBe('2024-03-04');
    expect(record.author).toBe('Jane Smith');
  });
});

describe('main-text: what stays inside the article', () => {
  it('keeps a sub-heading and a one-line quote between paragraphs', () => {
    const page = `Observatory opens its doors to foreign partners\n\n${A1}\n\n${A2}\n\nA new era for astronomy\n\n${A3}\n\n“We are ready.”\n\n${A4}`;
    const { body } = article(page);
    expect(body).toContain('A new era for astronomy');
    expect(body).toContain('“We are ready.”');
    expect(body).toContain(A4);
  });

  it('keeps a long list inside the article', () => {
    const items = ['the main dish antennas in the desert', 'the low-frequency stations on the coast', 'a data centre in the capital', 'a training school for young engineers', 'a visitor centre near the site', 'a fibre link to the research network'];
    const page = `Observatory opens its doors to foreign partners\n\n${A1}\n\nThe project has six parts:\n\n${items.map((i) => `• ${i}`).join('\n')}\n\n${A2}\n\n${A3}`;
    const { body } = article(page);
    for (const i of items) expect(body).toContain(i);
    expect(body).toContain(A3);
  });

  it('keeps a short article of two paragraphs whole', () => {
    const page = `Academy signs science pact\n\nThe academy signed a science pact with three partners on Monday, its president said.\n\nThe pact covers joint training of young researchers.`;
    const { body, record } = article(page);
    expect(record.title).toBe('Academy signs science pact');
    expect(body).toBe('The academy signed a science pact with three partners on Monday, its president said.\nThe pact covers joint training of young researchers.');
  });
});

describe('main-text: other languages', () => {
  it('Chinese: drops the related list and the footer, keeps the article', () => {
    const p1 = '新华社北京10月9日电 中国政府9日正式加入新冠肺炎疫苗实施计划，这是中国推动疫苗成为全球公共产品的重要举措。外交部发言人表示，中国将与各方一道推动疫苗公平分配。';
    const p2 = '中国科学家还参与国际热核聚变实验堆和平方公里阵列等国际大科学工程，并推进科技创新合作，为全球科学事业作出贡献。';
    const page = `首页 > 科技\n中国正式加入疫苗实施计划\n2020年10月9日 08:30\n\n${p1}\n\n${p2}\n\n相关新闻\n中国科学家发现新物种\n国际空间站迎来新成员\n北京冬奥会筹备工作顺利\n\n版权所有 新华网`;
    const { record, body } = article(page);
    expect(record.title).toBe('中国正式加入疫苗实施计划');
    expect(body).toBe([p1, p2].join('\n'));
    expect(record.lang).toBe('zh');
  });

  it('Russian: detects the language and drops the comments', () => {
    const p1 = 'Китай продолжит расширять международное сотрудничество в области науки и технологий с другими странами, заявил министр науки и технологий в пятницу на пресс-конференции в Пекине.';
    const p2 = 'По его словам, страна будет и дальше защищать интеллектуальную собственность и создавать условия для работы иностранных учёных, которые приезжают в Китай.';
    const page = `Китай откроет двери для иностранных учёных\n\n19 ноября 2019, 10:32\n\n${p1}\n\n${p2}\n\nКомментарии\n\nИван\n\nОчень интересно, но я не думаю, что это всё так просто, как пишут в этой статье.`;
    const { record, body } = article(page);
    expect(record.lang).toBe('ru');
    expect(body).toBe([p1, p2].join('\n'));
    expect(record.date?.date).toBe('2019-11-19');
  });

  it('detects Portuguese, Indonesian, Japanese and Korean', () => {
    expect(detectLanguage('O governo chinês anunciou nesta sexta-feira que vai ampliar a cooperação internacional em ciência e tecnologia com outros países, segundo o ministro.').lang).toBe('pt');
    expect(detectLanguage('Pemerintah China mengumumkan pada hari Jumat bahwa mereka akan memperluas kerja sama internasional di bidang ilmu pengetahuan dan teknologi dengan negara lain.').lang).toBe('id');
    expect(detectLanguage('中国政府は金曜日、他国との科学技術分野における国際協力を拡大すると発表した。').lang).toBe('ja');
    expect(detectLanguage('중국 정부는 금요일 다른 나라와의 과학기술 분야 국제 협력을 확대하겠다고 발표했다.').lang).toBe('ko');
  });
});

describe('main-text: a page that is only chrome', () => {
  it('is skipped with a reason, not published as an article', () => {
    const page = `Skip to main content\n\nSubscribe\n\nSign in\n\nFollow us on Facebook\n\nAdvertisement\n\n© 2024 Example Media. All rights reserved.`;
    expect(() => article(page)).toThrow(SkipArticle);
  });

  it('reports every line it drops with the stage and a reason', () => {
    const { report } = article(`Observatory opens its doors to foreign partners\n\n${A1}\n\n${A2}\n\nMore stories\nFirst Other Headline About Sport Today\nSecond Other Headline About Weather Now\nThird Other Headline About Markets Here`);
    const dropped = report.entries.filter((e) => e.action === 'removed');
    expect(dropped.map((e) => e.text)).toEqual(expect.arrayContaining(['First Other Headline About Sport Today', 'Third Other Headline About Markets Here']));
    expect(rules(report)).toContain('after-article');
    for (const e of dropped) expect(e.detail ?? '').not.toBe('');
  });
});
