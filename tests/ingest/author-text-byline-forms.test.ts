/**
 * The text path's byline in forms it did not read: the kind of piece before the label ("Kommentar von
 * …"), Italian "di" in lower case, "by" in lower case run into the name, the name after the stamp
 * and a spaced slash, and a one-word label over a stamp row that names the writer itself.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const GERMAN = 'Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss im nächsten Jahr gebaut wird, und die Bürger haben sich darüber sehr gefreut.';
const ITALIAN = 'Il comune ha deciso lunedì che il nuovo ponte sul fiume sarà costruito il prossimo anno, e i cittadini ne sono stati molto contenti per tutta la settimana.';
const page = (body: string, ...header: string[]) => `Menu\nStartseite\nNachrichten\nDie neue Brücke über den Fluss kommt im nächsten Jahr\n${header.join('\n')}\n${body}\n${body}\n${body}`;

describe('text bylines: more forms under the headline', () => {
  it('the kind of piece before the label: "Kommentar von", "Eine Analyse von"', () => {
    expect(article(page(GERMAN, 'Kommentar von Tessa Lund', '12.03.2025, 10:00 Uhr')).record.author).toBe('Tessa Lund');
    expect(article(page(GERMAN, 'Eine Analyse von Ivo Brandt')).record.author).toBe('Ivo Brandt');
  });

  it('Italian "di" in lower case before the name; "Di" capitalised is a name\'s', () => {
    expect(article(page(ITALIAN, 'di Tessa Lund', '05 GENNAIO 2025')).record.author).toBe('Tessa Lund');
    expect(article(page(ITALIAN, 'Di Lorenzo Neri', '05 GENNAIO 2025')).record.author).not.toBe('Lorenzo Neri');
  });

  it('"by" in lower case run into the name', () => {
    expect(article(page(PROSE, 'byTessa Lund', 'December 23, 2024')).record.author).toBe('Tessa Lund');
  });

  it('the name after the stamp and a spaced slash', () => {
    expect(article(page(GERMAN, '9. September 2025 um 15:46 Uhr / Tessa Lund-Brandt')).record.author).toBe('Tessa Lund-Brandt');
  });

  it('a one-word label over a stamp row that names the writer is no name', () => {
    expect(article(page(GERMAN, 'Anzeige', 'Tessa Lund, 26.04.2024 10:00 Uhr')).record.author).toBe('Tessa Lund');
  });
});
