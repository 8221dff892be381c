/**
 * Main-text off English: features that read one script only must not decide pages of another. Small
 * pages written here, in Chinese (no spaces, no case, "。" for the full stop); each case failed
 * before its fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines, chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const ARTICLE = [
  '国家航天局周一宣布，来自十二个国家的科学家将参加在沙漠中建设的新射电天文台，这是该地区迄今最大的同类项目。',
  '第一批数据预计在二〇二七年获得，届时仪器将开始对南天进行常规观测，并与每一个合作研究所共享观测结果。',
  '第一阶段的资金来自各成员国，它们去年同意按照各自经济规模和科研预算的大小来分担建设和运行的全部费用。',
  '工程师们在春天开始为第一批一百台天线铺设电缆，最后一批天线应在秋季雨季开始之前全部安装到位并调试完毕。',
];
const ZH = detectLanguage(ARTICLE.join('\n'));

describe('main-text in Chinese: a link cut short is no sentence', () => {
  // A list of other posts' titles, each cut to the box's width with "...": the ellipsis marks the
  // cut, not the end of a sentence, so the list does not weigh as prose above the article.
  const teasers = [
    '【新竹景點】內灣線老街一日遊，走過合興車站和愛情火車站還有薰衣草森林的...',
    '【二〇一五環島旅行。新竹】司馬庫斯部落生活，雅竹景觀餐廳用餐與我們的...',
    '新竹親子飯店推薦：湖濱館從入住一直玩到退房的優質體驗全記錄分享給大家的…',
    '[試玩邀約] 跟著美食小旅行走遍新竹各地的老街，半畝塘餐廳若水堂咖啡館...',
  ];

  it('does not read a title cut with "..." as a sentence', () => {
    for (const t of teasers) expect(blockFeatures(t, ZH).truncated).toBe(true);
    expect(blockFeatures(ARTICLE[0], ZH).truncated).toBe(false);
  });

  it('starts the article under a list of cut titles, not at the list', () => {
    const page = ['首页', '旅遊', ...teasers, '熱門文章', '跳到主文', '射电天文台向外国伙伴开放', '2019年11月19日', ...ARTICLE].join('\n');
    const kept = articleLines(page);
    expect(kept).toEqual(expect.arrayContaining(ARTICLE));
    for (const t of teasers) expect(kept).not.toContain(t);
  });
});

describe('main-text in Chinese: a menu written on one line', () => {
  it('reads a row of links split by "|" as a list of words, with or without spaces around the bars', () => {
    expect(blockFeatures('关于我们 | About Us | 服务协议 | 隐私政策 | 开放平台 | 广告服务 | 客服中心 | 网站导航', ZH).wordList).toBe(true);
    expect(blockFeatures('首页|新闻中心|图片频道|评论频道|科技频道|财经频道|体育频道|娱乐频道', ZH).wordList).toBe(true);
    expect(blockFeatures(ARTICLE[1], ZH).wordList).toBe(false);
  });

  it('leaves the menu line under the article out of it', () => {
    const menu = '关于我们 | About Us | 服务协议 | 隐私政策 | 开放平台 | 广告服务 | 客服中心 | 网站导航 | 联系我们';
    const page = ['射电天文台向外国伙伴开放', '2019年11月19日', ...ARTICLE, menu].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(ARTICLE);
  });
});

describe('calls to action in the languages of most news on the web', () => {
  const pt = detectLanguage('A agência espacial anunciou na segunda-feira que cientistas de doze países vão participar do novo observatório no deserto, o maior projeto do tipo na região.');
  it('reads "click here" as a call to action whatever the language', () => {
    for (const line of ['Clique aqui para receber as notícias do dia', 'Haga clic aquí para suscribirse a nuestras alertas', 'Cliquez ici pour recevoir nos alertes', 'Klicken Sie hier für weitere Nachrichten', 'Clicca qui per ricevere le notizie']) {
      expect(blockFeatures(line, pt).callToAction, line).toBe(true);
    }
  });
  it('leaves a sentence of the article about clicking alone', () => {
    expect(blockFeatures('O clique dos leitores nas notícias falsas preocupa os pesquisadores, que estudaram mil páginas.', pt).callToAction).toBe(false);
  });
});
