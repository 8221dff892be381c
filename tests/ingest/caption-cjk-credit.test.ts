/**
 * A Chinese or Japanese photo's caption ends on its credit: the photographer or the source in
 * brackets ("（山田太郎撮影）", "（市提供）", "（记者 王小明 摄）") or the agency after "＝" ("＝ＮＡ").
 * Such a caption has no full stop and is as long as a line of prose: it was kept in the article. It is
 * a caption now, left out with its reason; prose that names a photographer stays. Invented lines.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const JA = '港町市は１２日、市内の漁港に新しい観光船の発着場を整備すると発表した。総事業費は約８億円で、２０２７年春の完成を目指す。';
const ZH = '港城市政府十二日宣布，将在市内渔港兴建新的观光船码头，总投资约八亿元，预计二〇二七年春季完工。';

describe('a Chinese or Japanese caption signed with its credit', () => {
  it('is a caption', () => {
    const ja = detectLanguage(JA);
    for (const line of [
      '記者会見で質問に答える山田花子市長＝１２日午後、港町市役所で（佐藤一郎撮影）',
      '観光船の発着場が整備される漁港（港町市提供）',
      '漁港に停泊する観光船＝ＮＡ',
      '完成予想図＝港町市提供',
    ]) expect(blockFeatures(line, ja).caption, line).toBe(true);
    const zh = detectLanguage(ZH);
    for (const line of ['港城市长在记者会上回答提问（记者 王小明 摄）', '渔港的新码头效果图（港城市政府供图）']) expect(blockFeatures(line, zh).caption, line).toBe(true);
  });

  it('leaves prose that names a photographer or a source alone', () => {
    const ja = detectLanguage(JA);
    for (const line of [JA, '写真は佐藤一郎さんが撮影した。', '市によると、発着場の設計図は港町市が提供した。']) expect(blockFeatures(line, ja).caption, line).toBe(false);
    const zh = detectLanguage(ZH);
    for (const line of [ZH, '这张照片由记者王小明拍摄。']) expect(blockFeatures(line, zh).caption, line).toBe(false);
  });
});
