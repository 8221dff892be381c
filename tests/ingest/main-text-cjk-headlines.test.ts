/**
 * Main-text precision: other stories' headlines under a Japanese or Chinese article. A headline in
 * these scripts is thirty or forty characters long, as long as a line of prose, and ends on no full
 * stop; a list of them ran on under the article as its paragraphs. The article writes full stops: the
 * lines of prose length under its last one, none closing on a full stop, are the list. A blog that
 * pauses with spaces instead keeps every line. Invented pages; the first failed before the rule
 * (main-text/closing/cjk-headlines.ts).
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ARTICLE = [
  '港町市は１２日、市内の漁港に新しい観光船の発着場を整備すると発表した。総事業費は約８億円で、２０２７年春の完成を目指す。',
  '市によると、発着場には待合所と売店を設け、車いすでも乗り降りしやすい浮き桟橋を備える。週末には島巡りの定期便を運航する計画だ。',
  '漁港の周辺では近年、外国人観光客が増えており、地元の商店街からは駐車場の不足を心配する声も上がっている。',
  '山田花子市長は記者会見で「海の玄関口として、漁業と観光が共に栄える港にしたい」と話した。',
];
const HEADLINES = [
  '社会の新着',
  '港町の老舗旅館が創業百年の記念式典 常連客ら二百人が祝う…女将「感謝の気持ちでいっぱい」',
  '港町 観光',
  '高校生が考案した海藻スイーツを商店街で限定販売 売り切れ続出で増産を検討へ',
  '港町 高校',
  '海沿いの県道で落石、一時通行止めに けが人なし 復旧は来週の見込み',
  '港町 交通',
  '市民マラソンの参加者募集を開始 今年は初めて夜の部を設け、定員は三千人に',
  '港町 スポーツ',
];

describe('main-text precision: a list of headlines under a Chinese or Japanese article', () => {
  it('ends the article on its last paragraph that closes on a full stop', () => {
    const { kept, why } = chooseArticle(['港町新報', '観光船の発着場、漁港に整備へ 市が発表', '2025年1月12日 18時00分', ...ARTICLE, ...HEADLINES].join('\n'));
    expect(kept).toEqual(ARTICLE);
    expect(why.get(HEADLINES[1])).toMatch(/^after the article \(lines with no full stop under its last paragraph/);
  });

  it('keeps a blog that pauses with spaces instead of full stops', () => {
    const blog = [
      '這個週末帶著家人來到山上的營地 楓葉已經轉紅整座山谷都是金黃色',
      '營地主人很熱情 晚上還請我們喝了自己種的高山茶 孩子們聽他講故事',
      '第二天早上沿著溪邊小路散步 看到很多不同的鳥 也在吊橋上拍了照片',
      '回程的路上雖然有點塞車 大家都覺得很值得 下個月還想再來一次看看',
      '營區的水電都很方便 衛浴也很乾淨 是我們全家人都很喜歡的露營地之一呢',
    ];
    // A blurb closes on a full stop above the post: the post under it is no list of headlines.
    const { kept } = chooseArticle(['史蒂芬的家', '這是我們一家人的部落格，記錄我們在山上和海邊的旅行與生活。', '山上的營地', ...blog].join('\n'));
    expect(kept).toEqual(expect.arrayContaining(blog));
  });
});
