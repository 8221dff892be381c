/**
 * The text path's byline on a Chinese or Japanese page, the forms past a label at the line's start
 * (lib/bylines/cjk-labelled-byline.ts): the outlet run into the reporter's label ("本报记者 张三",
 * "新华社记者 张三 李四"), the reporter's noun after the name ("山田太郎記者", "共同通信 山田太郎記者",
 * the outlet left), the name in brackets under the headline ("（山田太郎）"). An outlet, a desk or a
 * picture's credit names nobody; the headline is never the byline, and the byline never the headline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { bracketedCjkName, cjkBylineLine, cjkLabelledByline, nameBeforeReporterNoun } from '../../scripts/ingest/lib/bylines/cjk-labelled-byline.ts';

const ZH = '市政府表示，该计划将在未来五年内支持来自多个国家的科学家开展联合研究。有关部门将于年内公布详细方案，并听取各方意见。';
const JA = '市は来年から五年間、各国の研究者による共同研究を支援すると発表した。担当部署は年内に詳しい計画をまとめる予定だという。';
const KO = '시는 내년부터 다섯 해 동안 여러 나라의 연구자들이 함께하는 공동 연구를 지원하겠다고 밝혔다. 담당 부서는 올해 안에 세부 계획을 내놓을 예정이다.';
const under = (headline: string, byline: string, paragraph: string) => `${headline}\n${byline}\n2025-03-04\n${paragraph}\n${paragraph}\n${paragraph}\n`;

describe('text bylines: Chinese and Japanese names past a label', () => {
  it("reads the names after an outlet's reporter label, and takes the byline for no headline", () => {
    for (const [line, names] of [
      ['记者 张三', '张三'],
      ['作者：张三', '张三'],
      ['本报记者 张三', '张三'],
      ['新华社记者 张三 李四', '张三, 李四'],
    ]) {
      const a = article(under('港口新码头正式启用', line, ZH));
      expect(a.record.author, line).toBe(names);
      expect(a.record.title, line).toBe('港口新码头正式启用');
      expect(a.body, line).not.toContain(line);
    }
  });

  it('reads the name before the reporter\'s noun, the outlet before it left', () => {
    expect(nameBeforeReporterNoun('共同通信 山田太郎記者')).toBe('山田太郎');
    expect(nameBeforeReporterNoun('山田太郎記者')).toBe('山田太郎');
    expect(nameBeforeReporterNoun('山田 はなこ 記者')).toBe('山田 はなこ');
    const a = article(under('港に新しい岸壁が完成', '共同通信 山田太郎記者', JA));
    expect(a.record.author).toBe('山田太郎');
    expect(a.record.title).toBe('港に新しい岸壁が完成');
  });

  it('reads a name in brackets right under the headline', () => {
    expect(article(under('港に新しい岸壁が完成', '（山田太郎）', JA)).record.author).toBe('山田太郎');
    expect(article(`港に新しい岸壁が完成\n2025-03-04\n(山田 太郎)\n${JA}\n${JA}\n${JA}\n`).record.author).toBe('山田 太郎');
  });

  it('an outlet, a desk, a role or a picture credit alone names nobody', () => {
    for (const line of ['朝日新聞記者', '共同通信記者', '社会部記者', '特派記者', '新聞記者']) expect(nameBeforeReporterNoun(line), line).toBeNull();
    for (const line of ['（共同）', '（時事通信）', '（新華社）', '（資料写真）', '（本社撮影）', '（编辑部）']) expect(bracketedCjkName(line), line).toBeNull();
    for (const line of ['作者：编辑部', '记者：', '本报记者', '记者 新华社']) expect(cjkLabelledByline(line), line).toBeNull();
    expect(article(under('港に新しい岸壁が完成', '（共同）', JA)).record.author).toBeNull();
  });

  it('a headline that holds 记者 stays the headline and names nobody', () => {
    for (const headline of ['记者节里的坚守与担当', '一线记者讲述抗疫故事', '记者 走访企业']) {
      const a = article(`首页\n新闻\n${headline}\n2025-03-04\n${ZH}\n${ZH}\n${ZH}\n分享`);
      expect(a.record.title, headline).toBe(headline);
      expect(a.record.author, headline).toBeNull();
    }
    // Either a headline or a byline by its words alone: the headline's reader is left to judge it.
    expect(cjkBylineLine('记者 走访企业')).toBe(false);
    expect(cjkBylineLine('记者 张三')).toBe(true);
  });

  it('a Korean sign-off under the headline is no headline', () => {
    const a = article(under('바다 연구 협력 확대', '홍길동 기자', KO));
    expect(a.record.author).toBe('홍길동');
    expect(a.record.title).toBe('바다 연구 협력 확대');
  });
});
