/**
 * Main-text precision: the lines a closing rule left hanging under the article's last paragraph
 * (main-text/closing/dangling-foot.ts). The filing note under a blog post ends the run right above
 * it, so a box of other posts' headlines between the last paragraph and the note stayed in the
 * article; its lines weigh against the run, and they go. The article's own closing lines above such
 * a note (the writer's signature, a "PS") and a dateline stay. Invented pages, in English and German.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { NOTE, POST } from './blog-post-fixture.ts';

// Under the note, prose enough to draw the run on past it: the author's note, the older post's opening.
const UNDER = [
  'Who writes here?',
  'Mira has written about small gardens for ten years and keeps an allotment by the river, where she tries out every method she describes before she recommends it to anyone who asks her about it at the market on Saturdays.',
  'Three friends write about growing food in small places: balconies, backyards and allotments, with more enthusiasm than space and a lot of trial and error along the way, and with the help of every reader who writes in.',
  '« Older post: Leeks in a cold spring',
  'The leeks went in late this year because the ground stayed cold and wet well into April, and for a while we thought that the whole row would be lost to the slugs before it had a chance to grow.',
  'Then the weather turned, the slugs moved on to the lettuce, and by the end of June the leeks stood as thick as a thumb, which is more than we had hoped for after such a start to the season.',
];
const BOX = ['Related posts:', 'Tomatoes on a north balcony', 'Why our leeks bolted in June', 'A year of keeping worms indoors'];

const GERMAN_POST = [
  'Bohnen am Zaun',
  'Wir haben die Beete am Zaun in diesem Frühjahr angelegt, nachdem der Boden zwei Jahre unter Klee und Stroh geruht hatte.',
  'Zuerst kam der Kompost aus dem Winter hinein, eine dicke Schicht, die die Würmer in wenigen Wochen nach unten zogen, und im Mai folgten die Setzlinge.',
  'Im Juli waren die Bohnen über den ganzen Zaun geklettert, und die Nachbarn fragten, was wir in diesem trockenen Sommer anders gemacht hätten.',
];
const GERMAN_BOX = ['Beliebte Beiträge zum Thema:', 'Tomaten auf dem Nordbalkon', 'Warum der Lauch im Juni schoss', 'Ein Jahr mit Würmern in der Küche'];
const GERMAN_NOTE = 'This entry was posted in Garten and tagged Kompost, Boden. Bookmark the permalink.';
const GERMAN_UNDER = [
  'Wer schreibt hier?',
  'Mira schreibt seit zehn Jahren über kleine Gärten und hat einen Schrebergarten am Fluss, in dem sie jede Methode ausprobiert, bevor sie sie jemandem empfiehlt, der sie samstags auf dem Markt danach fragt.',
  'Drei Freundinnen schreiben hier über Gemüse auf kleinem Raum: auf Balkonen, in Hinterhöfen und Schrebergärten, mit mehr Begeisterung als Platz und mit vielen Versuchen und Irrtümern auf dem Weg dorthin.',
  '« Älterer Beitrag: Lauch im kalten Frühjahr',
  'Der Lauch kam in diesem Jahr spät in die Erde, weil der Boden bis weit in den April hinein kalt und nass blieb, und eine Weile dachten wir, die ganze Reihe würde den Schnecken zum Opfer fallen.',
  'Dann schlug das Wetter um, die Schnecken zogen zum Salat weiter, und Ende Juni stand der Lauch so dick wie ein Daumen, mehr als wir nach einem solchen Start in die Saison erhofft hatten.',
];

describe('main-text precision: a box left hanging above the box a closing rule cut at', () => {
  it('leaves out the box of other posts between the last paragraph and the filing note', () => {
    const { kept, why } = chooseArticle([...POST, ...BOX, NOTE, ...UNDER].join('\n'));
    expect(kept.join('\n')).toContain('neighbours asked');
    for (const line of BOX) expect(kept).not.toContain(line);
    expect(why.get(BOX[2])).toMatch(/^after the article/);
  });

  it('does so on a German page too', () => {
    const { kept } = chooseArticle([...GERMAN_POST, ...GERMAN_BOX, GERMAN_NOTE, ...GERMAN_UNDER].join('\n'));
    expect(kept.join('\n')).toContain('Nachbarn fragten');
    for (const line of GERMAN_BOX) expect(kept).not.toContain(line);
  });

  it("keeps the writer's signature and postscript", () => {
    const own = ['-Mira', 'PS: the clover seed came from the market by the bridge'];
    const { kept } = chooseArticle([...POST, ...own, NOTE, ...UNDER].join('\n'));
    for (const line of own) expect(kept).toContain(line);
  });

  it('stops at a dateline under the last paragraph', () => {
    const dated = ['Garden Notes (Leeds) First published May 3, 2024: 9:10 AM', ...BOX];
    const header = [POST[0], 'By Mira Stone | May 3, 2024'];
    const { kept } = chooseArticle([...header, ...POST.slice(1), ...dated, NOTE, ...UNDER].join('\n'));
    expect(kept.join('\n')).toContain('neighbours asked');
    expect(kept).toContain(dated[0]);
  });
});
