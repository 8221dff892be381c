/**
 * Main-text precision: a site's directory of its own services at the foot of the page: each service's
 * name on a line, and under it one sentence or two that describe it, often naming it ("Harbor Kids
 * is our weekly paper for young readers."), many in a row. Each description reads as prose, so the
 * directory outweighed a short article above it and the run ended on it. It is the site's furniture;
 * an article that lists items under their names says more of each, or not on one line each.
 * Invented pages; the first failed before the rule (main-text/closing/site-directory.ts).
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ARTICLE = [
  '港町市は１２日、市内の漁港に新しい観光船の発着場を整備すると発表した。総事業費は約８億円で、２０２７年春の完成を目指す。市によると、発着場には待合所と売店を設け、車いすでも乗り降りしやすい浮き桟橋を備える。',
  '漁港の周辺では近年、外国人観光客が増えており、地元の商店街からは駐車場の不足を心配する声も上がっている。山田花子市長は記者会見で「海の玄関口として、漁業と観光が共に栄える港にしたい」と話した。',
];
const MENU = ['ランキング', 'もっと見る', '天気', '地域', 'ログイン', '会員登録', 'お知らせ', '新着', '特集', 'マイページ', 'スポーツ', '経済', '国際', '文化', '動画', '写真'];
const DIRECTORY = [
  '港町こども新聞',
  '「港町こども新聞」は、小学生向けに毎週発行している新聞です。ニュースをやさしい言葉で解説しています。',
  '港町ヘルス',
  '港町ヘルスは、港町新報が運営する医療と健康の情報サイトです。病院探しにも役立ちます。',
  '港町トラベル',
  '港町トラベルは、港町新報が企画する旅行ツアーの情報を紹介するサイトです。季節ごとの特集もあります。',
  '港町アーカイブ',
  '明治からの記事を検索できる有料データベース「港町アーカイブ」について紹介しています。',
  '港町カルチャー',
  '港町カルチャーは、港町新報が主催する展覧会や講演会の情報をまとめたページです。申し込みもできます。',
  '港町ワークス',
  '港町新報グループの会社案内と採用情報を掲載しています。グループ各社の紹介もご覧いただけます。',
];

describe('main-text precision: a directory of the site\'s services under the article', () => {
  it('keeps the article and leaves the directory out', () => {
    const { kept } = chooseArticle(['港町新報', '観光船の発着場、漁港に整備へ', '2025年1月12日', ...ARTICLE, ...MENU, ...DIRECTORY, '© Harbor Post'].join('\n'));
    expect(kept).toEqual(ARTICLE);
  });

  it('keeps a list article whose items are a name over a paragraph', () => {
    const intro = 'Small harbours along the coast have found new ways to welcome visitors in the off season, and these five are worth the trip this winter, whatever the weather brings.';
    const items = [
      'Gull Point',
      'Gull Point has a market on its quay every Saturday, where fishermen sell the morning’s catch and bakers bring bread from the village above.',
      'Otter Bay',
      'Otter Bay is the quietest of the five, with a single café that opens at dawn and a path along the cliffs that takes about two hours to walk.',
      'Stone Haven',
      'Stone Haven restored its old lifeboat station last year, and it now houses a small museum about the rescues its crews made over a century.',
      'Kelp Cove',
      'Kelp Cove is where the ferry to the islands leaves from, and in winter the crossing is cheaper and far less crowded than it is in August.',
      'Heron Quay',
      'Heron Quay holds a lantern festival in December, when boats decorated with lights sail along the harbour wall after sunset.',
    ];
    const { kept } = chooseArticle(['Harbor Post', 'Five harbours to visit this winter', 'By Ann Lee', intro, ...items, 'Share this article'].join('\n'));
    expect(kept).toEqual(expect.arrayContaining(items.filter((_, k) => k % 2 === 1)));
  });
});
