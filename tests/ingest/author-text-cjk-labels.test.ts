/**
 * The text path's byline on a Chinese or Japanese page: a label before the names on a line of its own
 * ("记者 张三", "作者：张三", "文／山田花子", "取材・文：山田 花子"), bracketed or not
 * (lib/bylines/cjk-labelled-byline.ts). An editor's or a photographer's label, a label run into a
 * sentence, or a long run of characters after a label names nobody.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cjkLabelledByline } from '../../scripts/ingest/lib/bylines/cjk-labelled-byline.ts';

const ZH = '市政府表示，该计划将在未来五年内支持来自多个国家的科学家开展联合研究。有关部门将于年内公布详细方案，并听取各方意见。';
const JA = '市は来年から五年間、各国の研究者による共同研究を支援すると発表した。担当部署は年内に詳しい計画をまとめる予定だという。';
const zhPage = (byline: string) => `首页\n新闻\n港口新码头正式启用\n2025年3月4日\n${byline}\n${ZH}\n${ZH}\n${ZH}\n分享`;
const jaPage = (byline: string) => `ホーム\n港に新しい岸壁が完成\n2025年3月4日\n${JA}\n${JA}\n${JA}\n${byline}\n関連記事`;

describe('text bylines: a Chinese or Japanese label before the names', () => {
  it('reads the names after 记者, 作者 and a bracketed label in a Chinese header', () => {
    expect(article(zhPage('记者 王小明')).record.author).toBe('王小明');
    expect(article(zhPage('作者：王小明')).record.author).toBe('王小明');
    expect(article(zhPage('（记者 王小明、李四）')).record.author).toBe('王小明, 李四');
    expect(article(zhPage('记者 王小明、李四、张伟')).record.author).toBe('王小明, 李四, 张伟');
  });

  it('reads a Japanese name after 文 or 取材・文, closing the article', () => {
    expect(article(jaPage('文／山田花子')).record.author).toBe('山田花子');
    expect(article(jaPage('取材・文：山田 花子')).record.author).toBe('山田 花子');
  });

  it("an editor's label, a label in a sentence, 文 alone before a space, a long run after a label: nobody", () => {
    for (const line of ['编辑：王小明', '摄影：王小明', '记者王小明报道', '文 王小明', '作者：这是一个很长的句子不是名字', '记者', '作者：']) {
      expect(cjkLabelledByline(line)).toBeNull();
    }
    expect(article(zhPage('编辑：王小明')).record.author).toBeNull();
  });
});
