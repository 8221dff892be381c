/**
 * More of the labels news pages write before a date, in the languages they are written in: Swiss
 * German "Publiziert" (run into its date as a page's fields lose their spaces: "Publiziert6. November
 * 2025"), German "Erstellt am", Polish "Publikacja", say the day is the publication; German "Akt.",
 * "Geändert am", Polish "Aktualizacja", Turkish "Son Güncelleme", French "Modifié le", Dutch "Gewijzigd
 * op", Norwegian "Sist endret" say the page changed then. Invented pages and names.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { datesAChange, labelledAsPublication } from '../../scripts/ingest/lib/dates/date-labels.ts';

const DE = [
  'Die Gemeinde Seewil hat am Dienstag beschlossen, das alte Schulhaus am See zu einem Zentrum für Vereine und Musikschulen umzubauen.',
  'Die Arbeiten sollen im Frühling beginnen und rund zwei Jahre dauern, wie der Gemeindepräsident an einer Versammlung im Dorf sagte.',
  'Einige Anwohner fürchten mehr Verkehr im Quartier, andere freuen sich auf Konzerte und Kurse gleich neben dem Ufer des Sees.',
];
const HEADLINE = 'Altes Schulhaus in Seewil wird zum Vereinszentrum';
const MENU = 'Startseite\nSchweiz\nWirtschaft\nSport';
const caption = 'Das alte Schulhaus am Ufer des Sees, aufgenommen an einem Abend im Herbst vom Wasser aus.';

describe('more date labels in other languages', () => {
  it('reads "Publiziert" run into its date as the publication label', () => {
    const { record } = article(`${MENU}\n\n${HEADLINE}\n\n${caption}\nFoto: Urs Meier\nNina Keller\nPubliziert6. November 2025, 12:26\n\n${DE.join('\n\n')}`);
    expect(record.date?.date).toBe('2025-11-06');
    expect(record.date?.source).not.toBe('update');
  });

  it('tells the publication labels from the change labels', () => {
    const cases: [string, string, 'publication' | 'change'][] = [
      ['Publiziert: 01.07.2023, 11:16', '01.07', 'publication'],
      ['Erstellt am 28.04.2023, 18:16 Uhr', '28.04', 'publication'],
      ['Aktualizacja: 19.04.2026 19:45 Publikacja: 19.04.2026 19:05', '19.04.2026 19:05', 'publication'],
      ['Aktualizacja: 19.04.2026 19:45 Publikacja: 19.04.2026 19:05', '19.04.2026 19:45', 'change'],
      ['Akt.: 29. Juni 2025 - 21.18 Uhr', '29. Juni', 'change'],
      ['Geändert am 5. März 2025', '5. März', 'change'],
      ['Son Güncelleme : 30.04.2024 - 16:49', '30.04', 'change'],
      ['Modifié le 5 mars 2025 à 10h12', '5 mars', 'change'],
      ['Gewijzigd op 5 maart 2025', '5 maart', 'change'],
      ['Sist endret 5. mars 2025', '5. mars', 'change'],
    ];
    for (const [line, date, what] of cases) {
      const at = line.indexOf(date);
      expect([line, labelledAsPublication(line, at), datesAChange(line, at)]).toEqual([line, what === 'publication', what === 'change']);
    }
  });
});
