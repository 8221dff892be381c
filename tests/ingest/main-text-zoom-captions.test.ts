/**
 * Main-text precision: the line under a picture's zoom button ("사진 확대", "이미지 확대보기",
 * "Enlarge image", "Bild vergrößern") is the picture's caption. A caption written as a sentence read
 * as a paragraph of the article and was kept. It is left out now, with its reason, and the article
 * runs on past it; a short heading under the button is judged as before. Invented page; failed
 * before the rule (main-text/inside/zoom-captions.ts).
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P1 = '항구시는 12일 시내 어항에 새로운 관광선 선착장을 짓겠다고 발표했다. 총사업비는 약 80억 원으로, 2027년 봄 완공을 목표로 한다.';
const P2 = '시에 따르면 선착장에는 대합실과 매점을 두고, 휠체어로도 타고 내리기 쉬운 부잔교를 갖춘다. 주말에는 섬을 도는 정기편도 운항할 계획이다.';
const P3 = '어항 주변에는 최근 외국인 관광객이 늘고 있어, 지역 상인들 사이에서는 주차장이 부족하다는 걱정의 목소리도 나온다.';
const CAPTION = '김하나 항구시장이 12일 시청에서 열린 기자회견에서 관광선 선착장 건설 계획을 발표하고 있다. 항구일보';

describe('main-text precision: the caption under a picture\'s zoom button', () => {
  it('leaves the caption out and keeps the article on both sides of it', () => {
    const { kept, why } = chooseArticle(['항구일보', '어항에 관광선 선착장 짓는다', '2025.01.12', P1, '이미지 확대보기', CAPTION, P2, P3].join('\n'));
    expect(kept).toEqual([P1, P2, P3]);
    expect(why.get(CAPTION)).toMatch(/caption/);
  });

  it('reads the button in English too', () => {
    const en = [
      'The harbour authority said on Tuesday that it would close the old ferry terminal at the end of the summer, after an inspection found cracks in two of its piers.',
      'Ferries will use a temporary dock on the east side of the bay until a new terminal opens, which the authority expects to happen within three years.',
    ];
    const caption = 'Passengers wait for the morning ferry at the old terminal, which will close at the end of the summer after the inspection.';
    const { kept, why } = chooseArticle(['Harbor Post', 'Old ferry terminal to close', en[0], 'Enlarge image', caption, en[1]].join('\n'));
    // (The button itself is a named chrome rule here, which clean removes.)
    expect(kept).toEqual(expect.arrayContaining(en));
    expect(why.get(caption)).toMatch(/caption/);
  });

  it('keeps a paragraph of several sentences under the button: the picture has no caption', () => {
    const de = [
      'Die Hafenbehörde will das alte Fährterminal am Ende des Sommers schließen. Bei einer Prüfung wurden Risse in zwei Anlegern gefunden. Die Fähren legen bis dahin an einem Behelfsanleger an.',
      'Das neue Terminal soll nach Angaben der Behörde in drei Jahren fertig sein, die Pläne werden im nächsten Monat im Rathaus vorgestellt.',
    ];
    const { kept } = chooseArticle(['Hafenblatt', 'Altes Fährterminal wird geschlossen', 'Bild vergrößern', ...de].join('\n'));
    expect(kept).toEqual(de);
  });
});
