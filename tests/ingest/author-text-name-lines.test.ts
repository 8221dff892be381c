/**
 * The text path's byline, more shapes: a credential after the name (kept, as the HTML path keeps it),
 * a separator line between the name and its stamp.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: credentials after the name', () => {
  it('a name whose credential ends in a full stop is no sentence', () => {
    expect(article(page('By', 'Anna Berg, Ph.D.', 'Updated on July 9, 2025')).record.author).toBe('Anna Berg, Ph.D.');
  });

  it('keeps the credentials a byline writes after a comma, and drops an outlet', () => {
    expect(article(page('By Anna Berg, MS, RD', 'March 12, 2025')).record.author).toBe('Anna Berg, MS, RD');
    expect(article(page('By Anna Berg, Example Times', 'March 12, 2025')).record.author).toBe('Anna Berg');
  });
});

describe('text bylines: a name with no label, more places', () => {
  it('reads the name over its stamp with a separator line between', () => {
    expect(article(page('Anna Berg', '•', 'March 17, 2025')).record.author).toBe('Anna Berg');
  });

  it('reads the name beside the article\'s stamp wherever the stamp stands, above the headline too', () => {
    const text = `Menu\nHome\nAnna Berg\nSeptember 4, 2025\nHeadline on joint research in science\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Anna Berg');
  });

  it('a call to act, a label in capitals, a stamp\'s label or a firm\'s names beside the stamp are no name', () => {
    for (const link of ['Find A Location', 'Get Started', 'PRESS RELEASE', 'Date Posted', 'Smith & Jones']) {
      const text = `Menu\nHome\n${link}\nSeptember 4, 2025\nHeadline on joint research in science\n${PROSE}\n${PROSE}\n${PROSE}`;
      expect(article(text).record.author).toBeNull();
    }
  });

  it('the last link of a menu over the stamp above the headline is no name', () => {
    const text = `Menu\nHome\nGet Started\nSeptember 4, 2025\nHeadline on joint research in science\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBeNull();
  });
});

describe('text bylines: a labelled byline away from the header', () => {
  const MENU = Array.from({ length: 16 }, (_, k) => `Section ${k + 1}`);
  const body = `${PROSE}\n${PROSE}\n${PROSE}`;
  it('reads a labelled byline far above the article when the header has none', () => {
    const text = `Menu\nBy Anna Berg\n${MENU.join('\n')}\nHeadline on joint research in science\n${body}`;
    expect(article(text).record.author).toBe('Anna Berg');
  });

  it('reads "Written by" under the article, not a bare "By" there (another story\'s byline)', () => {
    expect(article(`Menu\nHeadline on joint research in science\n${body}\nWritten by Anna Berg\nMore stories`).record.author).toBe('Anna Berg');
    expect(article(`Menu\nHeadline on joint research in science\n${body}\nRelated\nAnother headline on research\nBy Li Wei\nMore stories`).record.author).toBeNull();
  });

  it('a menu entry in capitals or a single word after "By" is no byline', () => {
    expect(article(`Menu\nBY COMPANY TYPE\nBy Topic\n${MENU.join('\n')}\nHeadline on joint research in science\n${body}`).record.author).toBeNull();
  });

  it('the header\'s own byline wins over one far away', () => {
    const text = `Menu\nBy Li Wei\n${MENU.join('\n')}\nHeadline on joint research in science\nBy Anna Berg\n${body}`;
    expect(article(text).record.author).toBe('Anna Berg');
  });
});

describe('text bylines: what a far labelled byline is not', () => {
  const MENU = Array.from({ length: 16 }, (_, k) => `Section ${k + 1}`);
  const body = `${PROSE}\n${PROSE}\n${PROSE}`;
  it('a menu that sorts "By Company Size" or "By Use Case" names nobody', () => {
    expect(article(`Menu\nSolutions\nBy Company Size\nBy Use Case\n${MENU.join('\n')}\nHeadline on joint research in science\n${body}`).record.author).toBeNull();
  });

  it('on an English page, "Door" opens a product\'s name, not a Dutch byline', () => {
    expect(article(`Menu\nSensors\nDoor & Window Sensors\nDoor Check Gas Springs\n${MENU.join('\n')}\nHeadline on joint research in science\n${body}`).record.author).toBeNull();
  });

  it('"Written by" far under the article is another story\'s, in a list to read next', () => {
    const teasers = Array.from({ length: 12 }, (_, k) => `Another story on research number ${k + 1}`);
    expect(article(`Menu\nHeadline on joint research in science\n${body}\nRead this next\n${teasers.join('\n')}\nWritten by Li Wei\nMore stories`).record.author).toBeNull();
  });

  it('a label alone over the name heads the author\'s box, however far under the article', () => {
    const teasers = Array.from({ length: 12 }, (_, k) => `Another story on research number ${k + 1}`);
    expect(article(`Menu\nHeadline on joint research in science\n${body}\nRead this next\n${teasers.join('\n')}\nAuthor:\nAnna Berg\nLast Updated:`).record.author).toBe('Anna Berg');
  });
});

describe('text bylines: the place between the name and the stamp', () => {
  const SPANISH = 'El ayuntamiento decidió el lunes que el nuevo puente sobre el río se construirá el año que viene, y los vecinos se alegraron mucho por la noticia.';
  const far = (...header: string[]) =>
    `Menú\nInicio\nNoticias\nEl nuevo puente sobre el río llegará el año que viene\nUn resumen corto del puente\nRegala esta noticia\nOtra noticia del puente que no es esta\nOtra más sobre el río\n${header.join('\n')}\n${SPANISH}\n${SPANISH}\n${SPANISH}`;

  it('the name over the place the writer files from, over the stamp', () => {
    expect(article(far('Tessa Lund', 'Córdoba', '25/04/2026 Actualizado a las 15:10h.')).record.author).toBe('Tessa Lund');
    expect(article(far('Tessa Lund', 'Sevilla, Los Gallardos', '25/04/2026 Actualizado a las 15:10h.')).record.author).toBe('Tessa Lund');
  });
});
