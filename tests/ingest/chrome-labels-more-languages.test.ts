/**
 * The labels of a page's furniture in more languages: the advertisement's label (Nordic, Dutch,
 * Finnish, Hungarian, Greek, Turkish; "sponsored" in German, Spanish, French and Italian), the share
 * buttons' label and the button that copies the article's link, and the button that opens a picture
 * full screen. Each stood alone between an article's paragraphs and was kept as one. Every line here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

const rule = (line: string) => ({ line, rule: chromeRuleOf(line)?.id });

describe('an advertisement label in more languages', () => {
  const lines = ['Annons', 'ANNONSE', 'Annonce', 'REKLAM', 'Reklame', 'Mainos', 'Advertentie', 'Hirdetés', 'Διαφήμιση', 'ANNONSØRINNHOLD', 'Sponset', 'Gesponsert', 'Contenido patrocinado', 'Contenu sponsorisé'];
  it('is the advertisement placeholder', () => {
    for (const line of lines) expect(rule(line)).toEqual({ line, rule: 'ad-label' });
  });
  it('leaves a sentence that opens with the word', () => {
    for (const line of ['Annonsen publicerades i tidningen i går.', 'Reklame für Zigaretten ist verboten.', 'Annonce faite par le maire hier soir.']) expect(chromeRuleOf(line)?.id).not.toBe('ad-label');
  });
});

describe("the share buttons' label and the copy-link button, in more languages", () => {
  const lines = ['Dela artikel', 'Dela', 'Del artikkelen', 'Sdílet', 'Share this article', 'SHARE THIS STORY', 'Share this post:', 'Social Sharing', 'Copy link', 'Link kopieren', 'Copiar enlace', 'Copier le lien', 'Copia link', 'Kopiuj link', 'Kopiera länk', 'Kopier lenke', 'Kopírovat odkaz'];
  it('is the share label', () => {
    for (const line of lines) expect(rule(line)).toEqual({ line, rule: 'share-label' });
  });
  it('leaves a sentence that reads on', () => {
    for (const line of ['Share this article with anyone who asks about the ferry.', 'Dela ut flygblad vid hamnen, sa hon.', 'Copy link budgets were cut.']) expect(chromeRuleOf(line)).toBeUndefined();
  });
  it('is left out between paragraphs, and the article runs on past it', () => {
    const sv = [
      'Den nya färjan går nu tre gånger om dagen mellan hamnen och de två öarna, och resan tar bara en halvtimme i stället för nästan en timme som tidigare.',
      'Dela artikel',
      'Kopiera länk',
      'Annons',
      'Kommunen köpte fartyget tillsammans med grannkommunerna, eftersom den gamla färjan ställdes in flera gånger under vintern och eleverna inte kom till skolan.',
      'Kaptenen säger att passagerarna framför allt berömmer de större fönstren och de uppvärmda sätena, och att cyklar får följa med gratis under sommaren.',
    ];
    const { record } = article(['Hamnbladet', 'Ny färja förbinder öarna', ...sv].join('\n'));
    expect(record.paragraphs.map((p) => p.text)).toEqual([sv[0], sv[4], sv[5]]);
  });
});

describe('the button that opens a picture full screen', () => {
  const lines = ['View image in fullscreen', 'Open photo in full screen', 'Öppna bild i helskärm', 'Vis bilde i fullskjerm', 'Bild im Vollbild anzeigen'];
  it('is one of the article\'s tools', () => {
    for (const line of lines) expect(rule(line)).toEqual({ line, rule: 'article-tools' });
  });
});
