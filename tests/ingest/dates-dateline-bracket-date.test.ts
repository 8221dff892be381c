/**
 * A dateline that writes its day in the agency's brackets ("WASHINGTON (January 24, 2017) –", "PARÍS
 * (3 de diciembre de 2024) –"): the day the reporter filed, as a dateline's day before it is
 * (stages/metadata.ts). Only a whole date with its year, and only when the page shows no stamp: a
 * bracket's date is read from one line's shape, a stamp is the page's own word.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (dateline: string, stamp = '') =>
  `Council approves the new river bridge\n\n${stamp ? `${stamp}\n\n` : ''}${dateline} The council approved the new bridge over the river after two years of debate about its cost and the route of the road.\n\n${PROSE}\n\n${PROSE}`;

describe('day: a date in the dateline\'s brackets dates a page that shows no other', () => {
  it.each([
    ['WASHINGTON (January 24, 2017) –', '2017-01-24'],
    ['SAMPLETOWN (Jan. 24, 2017) -', '2017-01-24'],
    ['SAMPLETOWN (24 January 2017) —', '2017-01-24'],
    ['SAMPLETOWN (2017-01-24) –', '2017-01-24'],
  ])('%s', (dateline, day) => {
    const { record } = article(page(dateline));
    expect(record.date?.date).toBe(day);
    expect(record.date?.source).toBe('dateline');
    expect(record.outlet).toBeNull();
  });

  it('in another language, its month word read as the page\'s language', () => {
    const text = `El consejo aprueba el nuevo puente\n\nSAMPLEVILLE (3 de diciembre de 2024) – El consejo aprobó el nuevo puente sobre el río después de dos años de debate sobre su coste y el trazado de la carretera.\n\nEl ministerio dijo que el programa apoyaría la investigación conjunta de científicos de muchos países durante los próximos cinco años.\n\nEl ministerio dijo que el programa apoyaría la investigación conjunta de científicos de muchos países durante los próximos cinco años.`;
    expect(article(text).record.date?.date).toBe('2024-12-03');
  });

  it('nasty: a stamp on the page wins over a date in brackets (an event\'s, as often)', () => {
    const { record } = article(page('SAMPLETOWN (March 3, 2025) –', 'Published: March 1, 2025'));
    expect(record.date?.date).toBe('2025-03-01');
  });

  it('nasty: no year, a range or a number alone in the brackets is no day', () => {
    for (const dateline of ['SAMPLETOWN (Jan. 24) –', 'SAMPLETOWN (June 3-5, 2025) –', 'SAMPLETOWN (2025) –']) {
      expect(article(page(dateline)).record.date).toBeNull();
    }
  });

  it('nasty: an agency in the brackets still dates nothing', () => {
    const { record } = article(page('SAMPLETOWN (Reuters) –'));
    expect(record.date).toBeNull();
    expect(record.outlet).toBe('Reuters');
  });
});
