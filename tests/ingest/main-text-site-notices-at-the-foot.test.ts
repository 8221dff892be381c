/**
 * The site's notices at the foot of the article (main-text/closing/site-notices-at-the-foot.ts): an
 * offer of the print issue, how readers send letters or comments, the page's licence or copyright, an
 * advertising disclosure. Each is left out where it closes the article, with its reason; the same
 * words with the article going on under them, or in a long paragraph, stay. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const HEAD = 'Observatory opens its doors to foreign partners\nBy Tom Baker';

const ENGLISH_NOTICES = [
  ['We want your view on this story. Submit a letter to the editor or write to letters@harborgazette.example.'],
  [
    'We welcome reader comments on the top stories of the day. Some comments may be republished in the paper.',
    'Please understand that comments are moderated and it is not always possible to publish all that have been submitted.',
  ],
  ['Advertising disclosure: We may receive compensation for some of the links in our stories. Thank you for supporting the Gazette.'],
  ['If you are seeing this message but you are already a subscriber, you can log in for immediate access to this story.'],
];

const GERMAN_NOTICES = [
  ['Die aktuelle Ausgabe des Hafenmagazins jetzt am Kiosk, im Abo und als E-Paper erhältlich.'],
  ['Ihre Meinung zu diesem Thema', 'Jetzt 3 Ausgaben GRATIS erhalten!'],
  ['Lesen Sie das Hafenmagazin. Digital in der App oder bestellen Sie es im Shop als Abo oder Einzelheft:'],
  ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.'],
  ['Alles über nachhaltige Heiznetze findest Du hier.'],
  ['Weitere Infos unter www.hafenblatt.example.'],
  ['Gefällt dir unser Magazin? Wir haben keine Bezahlschranke eingeführt, und das wird auch so bleiben.'],
  ['Kostenlos registrieren und weiterlesen', 'Schon registriert? Hier einloggen'],
];

const POLISH = [
  'Rada miasta zdecydowała w poniedziałek o budowie nowego terminalu promowego w porcie, a prace mają się rozpocząć jeszcze tej jesieni.',
  'Według urzędu budowa będzie kosztować około czterdziestu milionów złotych, z czego znaczną część pokryje państwo, jeśli wniosek zostanie złożony na czas.',
  'Mieszkańcy starego miasta od miesięcy skarżą się na hałas z budowy i domagają się teraz, aby prace wstrzymywano w nocy od przyszłego tygodnia.',
];

describe('the site’s notices at the foot of the article', () => {
  it('are left out where they close an English article, each with its reason', () => {
    for (const notices of ENGLISH_NOTICES) {
      const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${notices.join('\n')}`);
      expect(kept, notices[0]).toEqual([A1, A2, A3]);
      for (const n of notices) expect(why.get(n), n).toMatch(/after the article|notice of the site/);
    }
  });

  it('are left out where they close a German article', () => {
    for (const notices of GERMAN_NOTICES) {
      const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${GERMAN_PARAGRAPHS.join('\n')}\n${notices.join('\n')}`);
      expect(kept, notices[0]).toEqual(GERMAN_PARAGRAPHS);
      for (const n of notices) expect(why.get(n), n).toMatch(/after the article|notice of the site/);
    }
  });

  it('are left out where they close a Polish article', () => {
    const notices = [
      'Zapraszamy też do subskrypcji tygodnika i oglądania ciekawych audycji naszej telewizji.',
      'Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.',
    ];
    for (const n of notices) {
      const { kept } = chooseArticle(`Nowy terminal promowy w porcie\nAutor: Anna Nowak\n${POLISH.join('\n')}\n${n}`);
      expect(kept, n).toEqual(POLISH);
    }
  });

  it('takes the site’s lines under the topmost notice with it', () => {
    const notice = 'We want your view on this story. Submit a letter to the editor or write to letters@harborgazette.example.';
    const bio = 'Jane Roe is a professor of astronomy at the state university and the author of two books on radio telescopes.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${notice}\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(bio)).toMatch(/after the article/);
  });

  it('are left out where they close a Spanish article', () => {
    const article = [
      'El ayuntamiento decidió el lunes construir una nueva terminal de ferris en el puerto, y las obras comenzarán este otoño según el plan aprobado.',
      'Según la ciudad, la obra costará unos cuarenta millones de euros, de los que el Estado pagará una gran parte si la solicitud se presenta a tiempo.',
      'Los vecinos del casco antiguo se quejan desde hace meses del ruido de las obras y piden ahora que se detengan por la noche a partir de la próxima semana.',
    ];
    const notice = 'Tú también puedes hacer periodismo independiente. Suscríbete desde un euro al mes. Cancela cuando quieras.';
    expect(chooseArticle(`Nueva terminal en el puerto\nPor Ana López\n${article.join('\n')}\n${notice}`).kept).toEqual(article);
  });

  it('keeps such words where the article goes on under them', () => {
    const inside = 'The magazine said comments are moderated by two editors, who read every one of them before the observatory’s forum shows it to the public.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${inside}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, inside, A2, A3]);
    const german = 'Die aktuelle Ausgabe der Stadtchronik, die am Kiosk erhältlich ist, widmet dem Wärmenetz und seinen Kosten ein ganzes Kapitel mit vielen Karten.';
    const paragraphs = [GERMAN_PARAGRAPHS[0], GERMAN_PARAGRAPHS[1], german, GERMAN_PARAGRAPHS[2], GERMAN_PARAGRAPHS[3]];
    expect(chooseArticle(`${GERMAN_HEAD}\n${paragraphs.join('\n')}`).kept).toEqual(paragraphs);
  });
});
