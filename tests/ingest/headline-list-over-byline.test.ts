/**
 * A list of other stories set between the article's headline and its byline (a box beside the
 * header that innerText runs in, issue 13): its last entry stands right over the byline as a
 * headline does, and took the byline's credit. A line above it, none of such entries, that uses
 * twice the share of the article's lead is the headline.
 */
import { describe, expect, it } from 'vitest';
import { chooseOnClassedLines, type ClassedLine } from './headline-fixture.ts';

describe('the last entry of a list of other stories over the byline', () => {
  it('yields to the headline above the list, in English', () => {
    const page: ClassedLine[] = [
      ['Farming', 'short'],
      ['Valley marks five years of two rice harvests', 'short'],
      ['> The council plan for the valley is doomed to fail', 'short'],
      ['> Storm hits the valley coast, at least 70 farms flooded', 'short'],
      ['By Ann Lee', 'short'],
      ['October 21, 2025 17:07', 'bad'],
      ['Farmers in the valley have started to harvest rice twice a year, and the village council wonders what the future holds for the fields.', 'good'],
      ['The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.', 'good'],
      ['Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.', 'good'],
    ];
    expect(chooseOnClassedLines(page)).toBe('Valley marks five years of two rice harvests');
  });

  it('leaves the headline the last line of a like run over its byline, in Spanish', () => {
    const page: ClassedLine[] = [
      ['Agricultura', 'short'],
      ['El valle celebra cinco años de doble cosecha de arroz', 'short'],
      ['> El plan del consejo para la comarca va a fracasar', 'short'],
      ['> Una tormenta azota la costa, al menos 70 granjas inundadas', 'short'],
      ['Por Ana Lima', 'short'],
      ['21/10/2025 17:07', 'bad'],
      ['Los agricultores del valle cosechan arroz dos veces al año desde hace cinco años, y el consejo del pueblo se pregunta qué futuro tienen los campos.', 'good'],
      ['El cambio llegó despacio. Los primeros agricultores que probaron la nueva semilla en el valle fueron objeto de burlas, hasta que su segunda cosecha pagó un techo nuevo.', 'good'],
      ['Hoy la mayoría de los arrozales del valle se siembran dos veces, y el consejo dice que los ingresos se duplicaron en cinco años.', 'good'],
    ];
    expect(chooseOnClassedLines(page)).toBe('El valle celebra cinco años de doble cosecha de arroz');
    // A menu's like lines over the article's own headline and byline: the headline shares the lead most, and stays.
    const underMenu: ClassedLine[] = [
      ['Puerto gana la final de la copa', 'short'],
      ['El consejo vota las nuevas rutas de autobús', 'short'],
      ['Los agricultores del valle cosechan arroz dos veces', 'short'],
      ['Por Ana Lima', 'short'],
      ['21/10/2025 17:07', 'bad'],
      ...page.slice(6),
    ];
    expect(chooseOnClassedLines(underMenu)).toBe('Los agricultores del valle cosechan arroz dos veces');
  });
});
