/**
 * Headings of boxes of other stories in more of the words Spanish, German, French and Polish pages
 * use ("Seguí leyendo", "Mirá también", "Últimas notas", "Verwandte Themen
 * auf unserem Blog:", "Articles en relation", "Najpopularniejsze"): box headings, so the teasers under
 * them past a whole article weigh against the run. The same words opening an article's own heading
 * ("Más de cien muertos…", "Najpopularniejsze smartfony 2023") stay none. Lines written here.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const S = [
  'La ciudad pondrá en servicio cuatro nuevos transbordadores el año próximo, informó el martes la autoridad portuaria, que venderá los barcos viejos a medida que lleguen los nuevos al puerto.',
  'Los primeros transbordadores navegarán en primavera, cuando estén terminados los muelles de la orilla norte y las tripulaciones hayan completado los cursos de formación que empezaron en enero.',
  'La mayor parte del costo la asume la provincia, que el año pasado creó un fondo especial para renovar la flota, según explicó un portavoz de la autoridad portuaria a los periodistas.',
  'Los vecinos que cruzan el puerto todos los días se quejaron durante años de las demoras y de los barcos averiados, y las asociaciones de usuarios pidieron varias veces una flota nueva.',
  'El gobierno provincial prometió además que los nuevos barcos funcionarán con motores eléctricos, lo que reducirá el ruido y las emisiones en la bahía, según el proyecto presentado en marzo.',
  'La autoridad portuaria estima que el servicio transportará cerca de diez mil pasajeros por día cuando la flota esté completa, el doble de los que viajan hoy entre las dos orillas del puerto.',
];
const lang = detectLanguage(S.join(' '));

describe('box headings in more languages', () => {
  it('reads the headings of boxes of other stories', () => {
    for (const line of ['Seguí leyendo', 'Leé también', 'Mirá también', 'ÚLTIMAS NOTAS', 'Imperdibles', 'Más sobre Puerto Hoy', 'Noch mehr Stories und Workshops …', 'Weitere Topthemen des Monats:', 'Verwandte Themen auf unserem Blog:', 'Weiterführende Artikel zu diesem Thema', 'Articles en relation', 'najpopularniejsze'])
      expect(blockFeatures(line, lang).boxHeading, line).toBe(true);
  });
  it('leaves an article\'s own heading that opens on the same words', () => {
    for (const line of ['Más de cien muertos en el puerto', 'Imperdibles de Buenos Aires', 'Najpopularniejsze smartfony 2023', 'Mehrere Fähren fallen aus', 'Últimamente más barcos'])
      expect(blockFeatures(line, lang).boxHeading, line).toBe(false);
  });
  it('leaves "Mehr aus dem Ressort" as it reads: a box set between the article\'s sections, the article going on under it past questions as sub-headings', () => {
    expect(blockFeatures('Mehr aus dem Ressort', lang).boxHeading).toBe(false);
  });
  it('leaves out the teasers under "Seguí leyendo" past a whole article', () => {
    const teasers = [
      'Exceso de demoras. El puerto vecino suspendió su servicio de lanchas por una semana',
      'Diálogo. Los gremios portuarios y el gobierno se reunieron para bajar la tensión tras la huelga',
      'Obras en la costa. Acusaciones cruzadas en la primera auditoría sobre la compra de las grúas del muelle',
    ];
    const { kept } = chooseArticle(`Nuevos transbordadores para el puerto\n${S.join('\n')}\nPUERTO HOY\nSeguí leyendo\n${teasers.join('\n')}`);
    expect(kept).toEqual(S);
  });
});
