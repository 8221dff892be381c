/**
 * "… festgenommen. (Symbolfoto: Harbor Images | Jane Roe)": German writes the credit's label as a
 * compound ("Symbolfoto", "Archivbild"), and a caption that ends on it is a caption all the same: no
 * headline, and no paragraph of the article. In brackets that close the line, the label says it is a
 * credit whatever case the agency's name is written in ("picture alliance/dpa").
 */
import { describe, expect, it } from 'vitest';
import { endsOnPhotoCredit } from '../../scripts/ingest/lib/page-text/lines/caption-credit.ts';
import { isPhotoCredit } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

describe('a credit labelled with a compound of "Foto" or "Bild"', () => {
  it('ends a caption', () => {
    expect(endsOnPhotoCredit('Die Bauern pflanzen im Tal den neuen Reis. (Symbolfoto: Harbor Images | Jane Roe)')).toBe(true);
    expect(endsOnPhotoCredit('Die Bauern pflanzen im Tal den neuen Reis. (Archivbild: Jane Roe)')).toBe(true);
    expect(isPhotoCredit('Symbolbild: Jane Roe/Harbor', 3)).toBe(true);
  });

  it('is a label of a picture only', () => {
    expect(endsOnPhotoCredit('Das Tal erntet zweimal im Jahr (Vorbild: die Bauern im Norden)')).toBe(false);
  });

  it('marks the line a caption, in brackets at its end, whatever the case of the name after it', () => {
    const de = detectLanguage('Die Bauern im Tal ernten ihren Reis jetzt zweimal im Jahr, mit Saatgut, das in der Regenzeit schneller wächst.');
    expect(blockFeatures('Zwei Bauern wurden im Tal beim Pflanzen fotografiert. (Symbolfoto: harbor images/dpa | Jane Roe)', de).caption).toBe(true);
    expect(blockFeatures('Zwei Bauern wurden im Tal beim Pflanzen fotografiert. (Foto: Jane Roe)', de).caption).toBe(true);
    expect(blockFeatures('Die Bauern im Tal ernten zweimal (Vorbild: die Bauern im Norden)', de).caption).toBe(false);
  });
});
