/**
 * A headline may share no word with its article's lead as written, only as a compound's part or
 * another form of the word ("Hafenausbau" over "Hafen", "verzögert" over "Verzögerungen"): such a
 * line is still a candidate and, when nothing better stands over the article, the headline. A path of
 * links innerText ran together ("HomeNewsHafen") is no compound, and English words count as written.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { gluedWord, kinWords } from '../../scripts/ingest/lib/page-text/headline/kin-words.ts';

const titleOf = (page: string) => article(page).record.title;

const BODY = [
  'Der Hafen im Norden der Stadt sollte schon im Frühjahr größere Schiffe aufnehmen, doch die Bagger stehen seit Wochen still und die Kaimauer ist erst zur Hälfte erneuert.',
  'Die Verzögerungen haben mehrere Gründe: Lieferungen von Stahl kommen später als geplant, und ein Gutachten zum Grundwasser liegt noch nicht vor.',
  'Im Rathaus rechnet man nun mit einer Eröffnung im Herbst, falls der Winter mild bleibt und die Firmen genug Arbeiter finden.',
].join('\n\n');

describe('a headline that shares its words with the lead only as their kin', () => {
  it('is chosen over the tagline that shares a word as written', () => {
    const page = `Startseite\nNachrichten aus dem Norden\nPolitik\nWirtschaft\nHafenausbau verzögert sich erneut\n${BODY}`;
    expect(titleOf(page)).toBe('Hafenausbau verzögert sich erneut');
  });

  it('tells a compound or another form from a glued path of links', () => {
    expect(kinWords('hafenausbau', 'hafen')).toBe(true);
    expect(kinWords('verzögert', 'verzögerungen')).toBe(true);
    expect(kinWords('bundesregierung', 'regierung')).toBe(true);
    // Short words are parts of too many compounds.
    expect(kinWords('gartenhaus', 'haus')).toBe(false);
    expect(kinWords('hafen', 'kaimauer')).toBe(false);
    expect(gluedWord('StartseiteWirtschaftHafen', 'startseitewirtschafthafen', 'startseitewirtschafthafen')).toBe(true);
    expect(gluedWord('Hafenausbau verzögert', 'hafenausbau verzögert', 'hafenausbau')).toBe(false);
  });
});

// Korean writes a word's endings on it: "지방선거를" over "지방선거", "앞둔" over "앞두고". A
// Hangul syllable is two or three letters, so the stem is measured in letters, not syllables.
const KO_BODY = [
  '국민의힘은 석 달 앞으로 다가온 지방선거를 앞둔 가운데 인재영입위원회를 꾸리고 후보 발굴에 나서기로 했다고 밝혔다.',
  '당 지도부는 이번 주 안에 위원장을 정하고, 청년과 여성 후보를 중심으로 외부 인사를 적극적으로 영입하겠다는 방침이다.',
  '다만 당내에서는 공천 기준이 아직 정해지지 않아 영입 작업이 속도를 내기 어렵다는 지적도 나온다.',
].join('\n\n');

describe('a Korean headline that shares its words with the lead only with other endings', () => {
  it('is chosen over the menu lines above it', () => {
    const page = `뉴스 바로가기\n전체메뉴\n정치\n경제\n사회\n국민의힘은 오늘\n지방선거 앞두고 인재영입위원회 출범\n${KO_BODY}`;
    expect(titleOf(page)).toBe('지방선거 앞두고 인재영입위원회 출범');
  });

  it('measures a Hangul stem in letters, and finds a part in syllables', () => {
    expect(kinWords('지방선거', '지방선거를')).toBe(true);
    expect(kinWords('앞두고', '앞둔')).toBe(true);
    // One syllable alike is no stem: "대통령" (president) and "대학생" (student).
    expect(kinWords('대통령', '대학생')).toBe(false);
    // Jamo across two syllables spell no word: "각하" (ㄱㅏㄱㅎㅏ) is not in "가격하락".
    expect(kinWords('가격하락', '각하')).toBe(false);
  });
});
