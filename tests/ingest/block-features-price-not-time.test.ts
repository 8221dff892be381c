/**
 * "$99.99", "£12.50", "USD 14.95", "12.50 €", "0:00": a price or a video player's timer, which the date
 * line feature read as a clock time, so a book list's or a shop's items and a player read as a dated
 * header (lib/page-text/lines/price-not-time.ts). They are read as prices instead: furniture, no stamp. Invented lines, several languages; the first case
 * failed before.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const en = detectLanguage('The harbour board voted on Tuesday to keep the old quay open to the trade fairs for another ten years.');
const de = detectLanguage('Der Hafenrat hat am Dienstag beschlossen, den alten Kai für weitere zehn Jahre für die Messen offen zu halten.');
const fr = detectLanguage('Le conseil du port a voté mardi pour garder le vieux quai ouvert aux foires pendant encore dix ans.');

describe('block features: a price or a timer is no time', () => {
  it('reads prices and a resting player as no date line', () => {
    const lines: [string, ReturnType<typeof detectLanguage>][] = [
      ['$99.99', en],
      ['£12.50', en],
      ['USD 14.95', en],
      ['Price: $24.99', en],
      ['$18.00 – $22.50', en],
      ['0:00', en],
      ['0:00 / 3:45', en],
      ['Preis: 19.90 €', de],
      ['ab 12.50 EUR', de],
      ['Prix : 14.90 €', fr],
      ['€ 9.99', fr],
    ];
    for (const [line, lang] of lines) {
      expect(blockFeatures(line, lang).dateLine, line).toBe(false);
      // Furniture all the same, weighed as a date line: a shop card's price is no article's text.
      expect(blockFeatures(line, lang).price, line).toBe(true);
    }
  });

  it('still reads clock times and stamps as date lines', () => {
    const lines: [string, ReturnType<typeof detectLanguage>][] = [
      ['14:30', en],
      ['Updated 10.30 am', en],
      ['09:15 CET', en],
      ['12:00 EST', en],
      ['March 3, 2024 $', en],
      ['Stand: 14.30 Uhr', de],
      ['Mis à jour : 10:45', fr],
      ['3:45', en],
    ];
    for (const [line, lang] of lines) {
      expect(blockFeatures(line, lang).dateLine, line).toBe(true);
      expect(blockFeatures(line, lang).price, line).toBe(false);
    }
  });
});
