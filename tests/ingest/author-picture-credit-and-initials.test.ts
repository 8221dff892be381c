/**
 * A picture's credit in a byline's place names nobody, in capitals too ("PHOTOGRAPHY BY ANNA BERG") and
 * in the words for a picture of more languages ("Immagine di Freepik", "Imagen de Li Wei")
 * (lib/bylines/credit-or-label.ts). A name's initials one after another ("Nelson C.J.") end in an
 * abbreviation's full stop, not a sentence's (lib/bylines/author.ts withoutClosingAbbreviation), so
 * the header reads the byline.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor, withoutClosingAbbreviation } from '../../scripts/ingest/lib/bylines/author.ts';

describe("bylines: a picture's credit", () => {
  it('names nobody, in capitals or in other languages', () => {
    expect(cleanAuthor('PHOTOGRAPHY BY ANNA BERG')).toBeNull();
    expect(cleanAuthor('Immagine di Freepik')).toBeNull();
    expect(cleanAuthor('Imagen de Li Wei')).toBeNull();
  });

  it('leaves a name in capitals, and a surname a credit word opens', () => {
    expect(cleanAuthor('BY ANNA BERG')).toBe('ANNA BERG');
    expect(cleanAuthor('Anna Imagesmith')).toBe('Anna Imagesmith');
    expect(cleanAuthor('ANNA FOTOPOULOS')).toBe('ANNA FOTOPOULOS');
  });
});

describe("bylines: a name's initials one after another", () => {
  it('end in no sentence', () => {
    expect(withoutClosingAbbreviation('BY NELSON C.J.')).toBe('BY NELSON');
    expect(withoutClosingAbbreviation('Anna B.')).toBe('Anna');
    expect(withoutClosingAbbreviation('The talks ended.')).toBe('The talks ended.');
  });

  it('reads the byline over the credit, under the headline on the text path', () => {
    const text = `Home\nNews\n\nHarbor tides and the new research buoys at sea\n\nBY ANNA B.C.\n\nPHOTOGRAPHY BY LI WEI\n\nMARCH 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('ANNA B.C.');
  });
});
