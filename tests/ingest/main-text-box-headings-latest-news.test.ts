/**
 * Main-text precision: more headings of boxes of other stories in Spanish, French, German and Dutch:
 * the latest news ("Últimas noticias", "Lo último"), the newsroom's picks ("Te recomendamos",
 * "Recomendado", "La rédaction vous conseille", "À découvrir également"), "Aktuelles: Schlagzeilen",
 * "Weitere Nachrichten", "Meest gelezen". The box's headlines stay out, and the article runs on under a
 * box set between its paragraphs. "Schlagzeilen" and "Am beliebtesten" alone are left alone: pages
 * set them between the article's paragraphs over a box whose end the text does not show. Invented
 * pages; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const ES = [
  'El ayuntamiento inauguró este lunes el nuevo puente sobre el río, que une el barrio del puerto con el centro de la ciudad y acorta media hora el viaje de quienes trabajan al otro lado.',
  'Según la concejalía de obras, la construcción costó menos de lo previsto y terminó dos meses antes del plazo, gracias al tiempo seco del invierno y a un equipo más grande.',
  'Los comerciantes de la zona dicen que el movimiento en las tiendas ya aumentó y esperan mejores ventas en las fiestas de fin de año, cuando la ciudad recibe muchos visitantes.',
  'Los vecinos pidieron además un carril para bicicletas, que el ayuntamiento promete estudiar durante el próximo año junto con las asociaciones del barrio y los comerciantes.',
];
const spanish = detectLanguage(ES.join(' '));

describe('main-text precision: box headings of the latest news and the newsroom\'s picks', () => {
  it('reads them as box headings, in several languages', () => {
    for (const heading of ['Últimas noticias', 'ÚLTIMAS NOTICIAS', 'Lo último', 'Te recomendamos', 'Recomendado', 'La rédaction vous conseille', 'À découvrir également', 'Aktuelles: Schlagzeilen', 'Weitere Nachrichten', 'Meest gelezen']) {
      expect(blockFeatures(heading, spanish).boxHeading, heading).toBe(true);
    }
    for (const heading of ['Últimas noticias del puerto llegan tarde a la reunión.', 'Schlagzeilen', 'Am beliebtesten']) expect(blockFeatures(heading, spanish).boxHeading, heading).toBe(false);
  });

  it('leaves out a box of headlines headed "Últimas noticias" between paragraphs, and the article runs on', () => {
    const box = ['Últimas noticias', 'Cierra el mercado del pescado por obras de verano', 'El festival de música del puerto agota las entradas', 'La alcaldesa presenta el nuevo plan de tráfico'];
    const { kept } = chooseArticle(['Diario del Puerto', 'Nuevo puente sobre el río', ES[0], ES[1], ...box, ES[2], ES[3], 'Aviso legal'].join('\n'));
    expect(kept).toEqual(ES);
  });
});
