/**
 * "Am 13. November 2019 Von Anna In Aktuell", "May 5, 2024 by Jane Roe in News": a post's header row
 * that opens on its date and goes on with the byline. It is the header, no headline, and the line
 * over it is the headline, however few of the article's words it uses.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'Ein „Netflix“ für Journalismus? Wonach Online-Nutzer rufen, danach scheinen sich die Verlage nicht zu sehnen, und doch gibt es erste Versuche.',
  'Der Ruf nach einer Flatrate für ein ganzes Bündel journalistischer Online-Angebote ist nicht ganz neu, sagt die Medienforscherin Anna Berg, die aktuell dazu forscht.',
  'Musik und Filme gibt es längst im Monatspaket, und auch die Mediatheken der Sender verzeichnen steigende Zugriffszahlen.',
].join('\n\n');

describe('a header row of a date, then a byline', () => {
  it('is the header under the headline, not the headline', () => {
    const page = `Zum Inhalt springen\nhafenblog\nNotizen zur Medienkultur [seit 2006]\nStartseite\nÜber\nImpressum | Kontakt\nEinmal zahlen, alles lesen\nAm 13. November 2019 Von Anna In Aktuell\n${BODY}`;
    expect(article(page).record.title).toBe('Einmal zahlen, alles lesen');
  });
});
