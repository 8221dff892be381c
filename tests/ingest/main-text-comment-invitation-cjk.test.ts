/**
 * Main-text precision: a blog's comment section opens in Chinese, Japanese or Korean with its
 * invitation to comment ("發表留言", "コメントを書く", "댓글 쓰기"), as "Leave a Reply" opens one in
 * English: the comments under it are no part of the article. Invented page; failed before those
 * invitations were read as comment marks.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const POST = [
  '這個週末我們一家人到山上的營地露營，天氣晴朗，楓葉已經轉紅，整座山谷都是金黃色的。',
  '營地的主人很熱情，晚上還請我們喝了自己種的高山茶，孩子們在營火旁邊聽他講部落的故事。',
  '第二天早上我們沿著溪邊的小路散步，看到很多不同的鳥，也在吊橋上拍了好多張照片。',
  '回程的路上雖然有點塞車，但是大家都覺得很值得，下個月還想再來一次，看看下雪的樣子。',
];
const COMMENTS = ['#1 小雨 於 2024/12/28 10:28', '看起來好棒的營地，照片也拍得很漂亮，我們下次也想去看看。', '謝謝你的留言，歡迎有空來玩，山上的空氣真的很好！', '#2 阿明 於 2024/12/28 11:02', '請問營地的位置在哪裡呢？開車大概要多久才能到達那邊呢？我們家也有小孩。', '從市區出發大約三個小時，山路有點彎，記得帶暈車藥喔！'];

describe('main-text precision: a comment section opened in Chinese, Japanese or Korean', () => {
  it('reads the invitations as comment marks', () => {
    const lang = detectLanguage(POST.join('\n'));
    for (const line of ['發表留言', '发表评论', 'コメントを書く', '댓글 쓰기']) expect(blockFeatures(line, lang).commentMark, line).toBe(true);
    expect(blockFeatures('我們在留言板上看到這個營地的介紹，所以決定去看看。', lang).commentMark).toBe(false);
  });

  it('ends the article above the comments', () => {
    const { kept } = chooseArticle(['史蒂芬的家', '山上的營地', '2024/12/27', ...POST, '發表留言', ...COMMENTS].join('\n'));
    expect(kept).toEqual(POST);
  });
});
