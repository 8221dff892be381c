/**
 * The text path's byline on a Korean page: the article signed with the name before the reporter's
 * noun ("홍길동 기자"), an e-mail after it or on its own line, a place before it, one line per writer
 * (lib/bylines/reporter-sign-off.ts). A role before the noun ("사진 기자") is nobody, and a sentence
 * that mentions a reporter is no sign-off.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { reporterSignOff, signedReporter } from '../../scripts/ingest/lib/bylines/reporter-sign-off.ts';

const PARAGRAPH = '시는 내년부터 다섯 해 동안 여러 나라의 연구자들이 함께하는 공동 연구를 지원하겠다고 밝혔다. 담당 부서는 올해 안에 세부 계획을 내놓을 예정이다.';
const BODY = [PARAGRAPH, PARAGRAPH, PARAGRAPH].join('\n\n');
const page = (over: string, under: string) => `홈\n정치\n경제\n사회\n바다 연구 협력 확대\n${over}\n2025-03-04 10:00\n\n${BODY}\n\n${under}\n공유\n댓글`;

describe('text bylines: a Korean sign-off, the name before 기자', () => {
  it('reads the name of a sign-off under the article, a place before it and an e-mail after it', () => {
    expect(article(page('', '순천, 광양 가나다 기자 gnd@example.kr')).record.author).toBe('가나다');
    expect(article(page('', '마바사 기자 (mbs@example.kr)')).record.author).toBe('마바사');
  });

  it('lists the writers signed one a line, each with an e-mail line under the name', () => {
    const over = '가나다 기자\ngnd@example.kr\n마바사 기자\nmbs@example.kr\n아자차 기자\najc@example.kr';
    expect(article(page(over, '')).record.author).toBe('가나다, 마바사, 아자차');
  });

  it('a role before the noun, the noun alone, a sentence or a line in Latin letters is no sign-off', () => {
    for (const line of ['사진 기자', '기자', '가나다 기자는 현장에서 이렇게 전했다', 'Anna Berg 기자', '가나다라마바 기자', '가나다 기자 외 1명']) {
      expect(signedReporter(line)).toBeNull();
    }
    expect(article(page('', '사진 기자')).record.author).toBeNull();
  });

  it('reads nothing where no line signs, and stops a list at the first line that does not', () => {
    expect(reporterSignOff(['제목', PARAGRAPH], 0, 1)).toBeNull();
    expect(reporterSignOff(['가나다 기자', '', '추천 기사', '마바사 기자'], 0, 3)).toEqual({ names: '가나다', line: 0 });
  });
});
