/**
 * The page's only dated line inside the article's run is the text's own (an event's day) and dates
 * nothing, unless it is written as a stamp writes it: the date with its time and nothing else ("28. 4.
 * 2023, 18:41 Uhr", or "30. Juni 2025," over "15:59 Uhr"), under a name or a section's label. Under a
 * title it is a teaser's, and a date in a sentence stays the text's. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { dateWithItsTime } from '../../scripts/ingest/lib/dates/sole-date-line.ts';
import { article } from './helpers.ts';

const HEADLINE = 'Neue Radwege für die Altstadt';
const P1 = 'Die Stadt baut in diesem Sommer drei neue Radwege durch die Altstadt, wie der Bürgermeister am Montag im Rathaus mitteilte.';
const P2 = 'Die Arbeiten sollen im Juli beginnen und bis zum Herbst dauern, dabei bleiben die Straßen für Anwohner weiterhin befahrbar.';
const P3 = 'Der Verkehrsclub begrüßte die Pläne, forderte aber zusätzlich mehr Abstellplätze für Fahrräder an den Haltestellen der Stadt.';

describe('the only dated line, inside the article, written with its time', () => {
  it('dates the page when the time stands on the next line, under the author', () => {
    const { record } = article(`${HEADLINE}\n${P1}\n\n${P2}\n\nAnna Berg\n30. Juni 2025,\n15:59 Uhr\n\n${P3}\n\n${P1}`);
    expect(record.date?.date).toBe('2025-06-30');
  });

  it('dates the page when the time is on the line, under a section label', () => {
    const { record } = article(`${HEADLINE}\n${P1}\n\n${P2}\n\n${P3}\n\nVerkehr\n28. 4. 2023, 18:41 Uhr\nKommentar von\nAnna Berg`);
    expect(record.date?.date).toBe('2023-04-28');
  });

  it("leaves a teaser's date under its title alone", () => {
    const { record } = article(`${HEADLINE}\n${P1}\n\n${P2}\n\nDer Stadtrat streitet weiter über die Parkgebühren in der Innenstadt\n31. 10. 2025 17:46\n\n${P3}\n\n${P1}`);
    expect(record.date).toBeNull();
  });

  it('leaves a date alone without its time, or in a sentence, to the text', () => {
    expect(article(`${HEADLINE}\n${P1}\n\n${P2}\n\nAnna Berg\n30. Juni 2025\n\n${P3}\n\n${P1}`).record.date).toBeNull();
    expect(article(`${HEADLINE}\n${P1}\n\nDie Sitzung beginnt am 30. Juni 2025, 15:59 Uhr, im Rathaus der Stadt, teilte die Verwaltung mit.\n\n${P3}\n\n${P2}`).record.date).toBeNull();
  });

  it('reads the shape', () => {
    expect(dateWithItsTime(['Anna Berg', 'March 3, 2025 2:05 PM'], 1, 'en')).toBe(true);
    expect(dateWithItsTime(['Anna Berg', 'March 3, 2025', '9.30 h'], 1, 'en')).toBe(true);
    expect(dateWithItsTime(['Anna Berg', 'March 3, 2025 in Berlin'], 1, 'en')).toBe(false);
    expect(dateWithItsTime(['Anna Berg', 'Since March 3, 2025 10:00'], 1, 'en')).toBe(false);
  });
});
