/**
 * A path of the page's sections right over a line ("Sie sind hier: > <headline>", "Home › News ›
 * <headline>") ends on it: a path names the page it leads to last, so that line is the article's
 * headline, over the subtitle under it that stands nearer the article (lastStepOfAPathAbove in
 * headline.ts). A path that ends on a section's name of a word or two names no article.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const MENU = ['Startseite', 'Themen', 'Tierschutz', 'Vegetarismus und Veganismus', 'Zoo und Zirkus'];

const GERMAN_ARTICLE = [
  'Rentner haben wenig Zeit, heißt es. Ewald Berger verbringt seine Zeit seit vierzig Jahren mit verletzten Wildvögeln, die er in seinem Garten in Dortmund aufpäppelt und wieder auswildert.',
  'Der 67-Jährige betreibt die private Auffangstation für Wildvögel allein, mit einer Genehmigung der Behörde für streng geschützte Arten und viel Geduld.',
  'Im Sommer leben in den Volieren im Garten bis zu dreihundert Vögel, von der kleinen Meise bis zum Graureiher, und jeder wird nach der Pflege wieder ausgewildert.',
].join('\n\n');

describe('the line a path right above ends on', () => {
  it('is the headline over the subtitle under it (German, a kicker between)', () => {
    const page = [...MENU, 'Sie sind hier: > Eine private Auffang- und Auswilderungsstation für Wildvögel', 'Wildvogelstation Berger in Dortmund', 'Eine private Auffang- und Auswilderungsstation für Wildvögel', 'Ewald Berger und sein Leben für die Vögel', GERMAN_ARTICLE].join('\n');
    expect(titleOf(page)).toBe('Eine private Auffang- und Auswilderungsstation für Wildvögel');
  });

  it('is the headline over the subtitle under it (English, path steps split by ›)', () => {
    const article = [
      'Tom Marlow and the farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.',
      'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
      'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
    ].join('\n\n');
    const page = ['Home', 'News', 'Farming', 'Home › Farming › A second rice harvest for the valley farmers', 'Marlow rice farm in the valley', 'A second rice harvest for the valley farmers', 'Tom Marlow and his life among the rice', article].join('\n');
    expect(titleOf(page)).toBe('A second rice harvest for the valley farmers');
  });

  it('is the headline over the subtitle under it (Spanish, path steps split by /)', () => {
    const article = [
      'Tomás Marlow y los agricultores del valle cosechan arroz dos veces al año desde que el consejo del pueblo repartió una semilla que crece más rápido en la temporada de lluvias.',
      'El cambio llegó despacio. Los primeros agricultores que probaron la semilla nueva fueron objeto de burlas, hasta que su segunda cosecha pagó el techo de la escuela.',
      'Hoy casi todos los campos de arroz del valle se siembran dos veces, y el consejo dice que los ingresos se han duplicado en cinco años.',
    ].join('\n\n');
    const page = ['Inicio', 'Noticias', 'Campo', 'Inicio / Campo / La segunda cosecha de arroz llega al valle', 'La granja Marlow en el valle', 'La segunda cosecha de arroz llega al valle', 'Tomás Marlow y su vida entre el arroz', article].join('\n');
    expect(titleOf(page)).toBe('La segunda cosecha de arroz llega al valle');
  });
});

describe('no credit from a path', () => {
  it('for a section name of two words the path ends on', () => {
    const page = [...MENU, 'Startseite > Tierschutz > Wildvögel', 'Wildvögel', 'Ewald Berger päppelt verletzte Wildvögel in seinem Garten auf', 'Von Anna Schmidt', '12. März 2024', GERMAN_ARTICLE].join('\n');
    expect(titleOf(page)).toBe('Ewald Berger päppelt verletzte Wildvögel in seinem Garten auf');
  });
});
