/**
 * A Japanese page's note under one of its buttons that the feature is for signed-up members
 * ("記事に『リアクション』ができます。ご利用には会員登録が必要です。"): the page speaking to its reader,
 * never the article. An article's sentence on a service that needs a sign-up stays. Written for the
 * test; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe("a note that a page's button is for members", () => {
  it('is the chrome rule members-feature-note', () => {
    for (const line of [
      '記事に『いいね』ができます。ご利用には会員登録が必要です。',
      '記事をマイページに保存し、『あとで読む』ことができます。ご利用には無料会員登録が必要です。',
      '『トピックをフォロー』すると、マイページで新着記事を読むことができます。会員の方のみご利用いただけます。',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'members-feature-note' });
  });

  it("leaves the article's sentence on a service that needs a sign-up", () => {
    for (const line of [
      '港湾局は電子版『みなと通信』が読めるアプリを公開した。ご利用には会員登録が必要です。',
      '新しいアプリでは『港の天気』を確認できます。',
      'ご利用には会員登録が必要です。',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });
});
