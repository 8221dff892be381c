/**
 * Main-text precision: the box on the author closing the page, as German and Spanish sites print it:
 * her name alone, her trade alone on the next line ("Redakteurin", "Periodista") or a link to her
 * other articles ("Ver más artículos"), then a note on her that need not repeat her name ("Seit 2019
 * im Haus. Schreibt über Verkehr und Wohnen."). Left out only where it closes the run; a quoted
 * person's name and role inside the article, with the article going on under them, stay. Invented
 * pages; the closing cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;

describe('main-text precision: an author box of name, trade and note closing the page', () => {
  it('leaves out the note under "<name> / Redakteurin"', () => {
    const note = 'Seit 2018 im Haus. Schreibt vor allem über Verkehr, Wohnen und die Stadtwerke. Davor Volontariat bei einer Lokalzeitung.';
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${A.join('\n')}\nAnn Lee\nRedakteurin\n${note}`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/author/);
  });

  it('leaves out the note under "<name> / Periodista / Ver más artículos"', () => {
    const es = [
      'El ayuntamiento inauguró este lunes el nuevo puente sobre el río, que une el barrio del puerto con el centro de la ciudad y acorta media hora el viaje de quienes trabajan al otro lado.',
      'Según la concejalía de obras, la construcción costó menos de lo previsto y terminó dos meses antes del plazo, gracias al tiempo seco del invierno y a un equipo más grande.',
      'Los comerciantes de la zona dicen que el movimiento en las tiendas ya aumentó y esperan mejores ventas en las fiestas de fin de año, cuando la ciudad recibe muchos visitantes.',
    ];
    const note = 'Redactora en la sección de ciudad desde 2015. Antes trabajó en la radio local y en varias agencias de noticias del sur.';
    const { kept } = chooseArticle(`Diario del Puerto\nNuevo puente sobre el río\n${es.join('\n')}\nLucía Marín Soto\nPeriodista\nVer más artículos\n${note}`);
    expect(kept).toEqual(es);
  });

  it('keeps a name and role inside the article, with the article going on under them', () => {
    const quote = 'Die Zahlen zeigen, dass das Netz schneller wächst als geplant, und die Schulen können früher angeschlossen werden als gedacht.';
    const page = `${GERMAN_HEAD}\n${A[0]}\n${A[1]}\nJana Berg\nIngenieurin\n${quote}\n${A[2]}\n${A[3]}`;
    expect(chooseArticle(page).kept).toContain(quote);
  });
});
