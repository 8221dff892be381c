/**
 * "Lo más leído" over "1. Un juez investiga a una maestra en el barrio por presuntos malos tratos a
 * dieciocho niños", "2. …": under a box's heading, other stories' headlines long enough (fifteen
 * words) to be read as near-prose. Three of them in a row were taken for the article going on under a
 * box set inside it, so the box ended at once and the headlines joined the article. The article goes
 * on in sentences; a headline ends on none. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ARTICLE = [
  'El ayuntamiento de Villamar aprobó el lunes el proyecto para renovar el puerto pesquero, que llevaba más de una década esperando una reforma completa de sus muelles.',
  'Según el alcalde, las obras comenzarán en otoño y durarán dos años, durante los cuales los barcos usarán un muelle provisional al otro lado de la bahía.',
  'Los pescadores celebraron la noticia, aunque piden que las obras no coincidan con la campaña de la sardina, la más importante para la economía del pueblo.',
];

const MOST_READ = [
  '1. Un juez investiga a una maestra del barrio norte por presuntos malos tratos a dieciocho niños de la escuela infantil',
  '2. La representación de los vecinos del puerto abre una brecha en la instrucción de la causa por el incendio del mercado',
  '3. Escrache al restaurante del paseo marítimo en el que almorzó el presidente antes de su visita a la comarca del interior',
  '4. El equipo de baloncesto de la ciudad encara en casa la primera final por el ascenso ante el líder de la categoría',
  '5. La brigada de la base naval celebra cuarenta años de vida con una espectacular parada militar en el puerto viejo de la ciudad',
];

const LATEST = [
  'Un conocido humorista dice lo que muchos piensan sobre la corrupción en la política y el comportamiento de los políticos de siempre',
  'Parece una gran catarata tropical, pero está muy cerca de aquí: una cascada de más de cincuenta metros en medio de un parque natural',
  'Un profesor de instituto, indignado con los sueldos de los docentes frente a los de otros países de Europa: «Es exigir lo que merecemos»',
];

describe('a box of other stories whose headlines run long', () => {
  it('is left out under its heading, with its reason', () => {
    const page = ['Villamar renovará su puerto pesquero', 'Por Ana López', ...ARTICLE, 'Lo más leído', ...MOST_READ, 'Últimas noticias', ...LATEST, 'Aviso legal'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(ARTICLE);
    for (const line of [...MOST_READ, ...LATEST]) expect(why.get(line), line).toMatch(/after the article|box of other stories/);
  });

  it('still lets an article go on in sentences under a box set inside it', () => {
    const rest = [
      'El proyecto incluye también una nueva lonja, más amplia que la actual, y un aparcamiento para los camiones que cargan el pescado cada madrugada.',
      'La oposición votó en contra porque considera que el presupuesto es demasiado alto y que el puerto deportivo debería haberse renovado antes.',
      'El alcalde respondió que el puerto pesquero da trabajo a más de trescientas familias y que por eso era la prioridad del gobierno municipal.',
    ];
    const page = ['Villamar renovará su puerto pesquero', ...ARTICLE, 'Lo más leído', MOST_READ[0], MOST_READ[1], ...rest, 'Aviso legal'].join('\n');
    // The heading itself is a named chrome rule's: the clean stage removes it (clean.ts).
    const { kept } = chooseArticle(page);
    expect(kept.filter((l) => l !== 'Lo más leído')).toEqual([...ARTICLE, ...rest]);
  });

  it('leaves the article’s own points alone when a short line parts them from a box-worded label', () => {
    const points = [
      'El proyecto cuesta cuarenta millones de euros y el gobierno regional pagará más de la mitad si se aprueba a tiempo',
      'Las obras comenzarán en otoño y durarán dos años, con un muelle provisional al otro lado de la bahía para los barcos',
      'Los pescadores piden que las obras no coincidan con la campaña de la sardina, la más importante del año para el pueblo',
    ];
    const page = ['Villamar renovará su puerto pesquero', ARTICLE[0], 'Recomendado para', 'Pescadores y armadores', 'Puntos clave', ...points, ARTICLE[1], ARTICLE[2], 'Aviso legal'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([...points, ...ARTICLE]));
  });
});
