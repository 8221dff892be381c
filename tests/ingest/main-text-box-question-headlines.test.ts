/**
 * "Das könnte Sie auch interessieren" under the article, then other stories, each a stamp, a
 * headline and a summary: a headline that ends on a question mark ("Ab wann ist ein Streik zu
 * lang?") reads as a sentence, and with its summary under it made two paragraphs in a row, which
 * ended the box: the stories joined the article. Right under a teaser's stamp, a short sentence is
 * the next story's headline; a long paragraph under a stamp is an article's first, under its own
 * date. (The box is read so after an article of some length: 250 words.) Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const MORE = [
  'Die Stadtwerke rechnen damit, dass die ersten Häuser der Nordstadt schon im kommenden Winter an das Netz angeschlossen werden, wenn die Leitungen unter der Hauptstraße bis zum Sommer liegen.',
  'Für die Eigentümer älterer Häuser will die Stadt eine Beratung anbieten, weil viele Heizungen im Keller erst umgebaut werden müssen, bevor sie die Wärme aus dem Netz nutzen können.',
  'Die Umweltverbände begrüßen den Plan, fordern aber, dass das Kraftwerk am Fluss so bald wie möglich ohne Gas auskommt und die Abwärme der Fabriken im Hafen mit einspeist.',
  'Im Rathaus rechnet man damit, dass die Preise für die Wärme in den ersten Jahren etwas höher liegen als beim Gas, danach aber stabil bleiben, weil das Kraftwerk der Stadt selbst gehört.',
  'Die Opposition im Gemeinderat will vor der Abstimmung im Herbst noch ein unabhängiges Gutachten über die Kosten sehen und hat dafür bereits einen Antrag an die Verwaltung gestellt.',
];
const ARTICLE = [...GERMAN_PARAGRAPHS, ...MORE];

const TEASERS = [
  'Heute, 12:34 Uhr',
  'Ab wann ist ein Streik zu lang?',
  'Derzeit sind die Menschen im Land mit etlichen Streiks konfrontiert. Bei allem Verständnis für die Beschäftigten fragen sich viele, wie lange das noch gehen soll.',
  'Vor 3 Stunden',
  'Fähren bleiben wegen Sturm im Hafen',
  'Die Fähren zu den Inseln fahren auch am Mittwoch nicht. Die Reederei rechnet damit, dass der Sturm erst am Donnerstag nachlässt und der Fahrplan wieder gilt.',
  'Heute, 07:09 Uhr',
  'Wo wird heute im Land geblitzt?',
  'Heute findet der landesweite Blitzermarathon statt. Die Polizei kontrolliert an mehr als tausend Stellen, vor allem vor Schulen und auf Landstraßen.',
];

describe('a box of other stories whose headlines end on a question mark', () => {
  it('is left out under its heading', () => {
    const page = ['Talheim plant neues Wärmenetz', 'Von Ann Lee', '12.03.2024, 10:15 Uhr', ...ARTICLE, 'Das könnte Sie auch interessieren', ...TEASERS, 'Impressum'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(ARTICLE);
    for (const line of [TEASERS[1], TEASERS[2], TEASERS[8]]) expect(why.get(line), line).toMatch(/after the article|box of other stories/);
  });

  it('leaves a long first paragraph under its own date the article’s, below a box of other stories', () => {
    const box = ['Mehr zum Thema', 'Neue Fähre für die Inseln', 'Ann Lee', '12.01.2024', 'Der Hafen wird größer', 'Tom Baker', '03.02.2024'];
    const page = ['Talheim plant neues Wärmenetz', ...box, ...ARTICLE, 'Impressum'].join('\n');
    expect(chooseArticle(page).kept).toEqual(ARTICLE);
  });
});
