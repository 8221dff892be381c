/**
 * A byline is never a headline, also when the article's first paragraphs share no word with the real
 * headline over it: the title chooser (lib/page-text/headline/title.ts) scores a line by the words it shares
 * with the opening and by how near it stands to the article, and a byline stands nearer than the
 * headline. It took "Anna Berg and Li Wei" (two full names, no label) and "Autrice : Claire Dubois",
 * "Texte : Claire Dubois", "Autorin/Autor: Anna Berg" (an author or text noun, its colon, a name) for
 * the headline, and for the title of a page that shows no headline line at all. Headlines that name
 * people stay headlines, and so does a title-case headline shaped as a list of names ("Rice Prices &
 * Harvest Plans"), whose words the article writes in lower case.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { chooseTitle, notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';

// Bodies that share no word with the headlines above them.
const EN = 'The harbour authority said on Tuesday that the new pier will let twice as many ferries call at the port over the summer season.';
const DE = 'Die Hafenbehörde teilte am Dienstag mit, dass am neuen Anleger im Sommer doppelt so viele Fähren anlegen können wie bisher im ganzen Hafen.';
const FR = "L'autorité du port a annoncé mardi que le nouveau quai permettra d'accueillir deux fois plus de ferries pendant l'été dans toute la baie.";
const IT = "L'autorità portuale ha annunciato martedì che il nuovo molo permetterà di accogliere il doppio dei traghetti durante l'estate in tutta la baia.";
const ES = 'La autoridad del puerto anunció el martes que el nuevo muelle permitirá recibir el doble de ferris durante el verano en toda la bahía.';

const HEADLINES = {
  en: 'Mountain villages vote on a new school calendar',
  de: 'Bergdörfer stimmen über einen neuen Schulkalender ab',
  fr: 'Les villages de montagne votent un nouveau calendrier scolaire',
  it: 'I paesi di montagna votano un nuovo calendario scolastico',
  es: 'Los pueblos de montaña votan un nuevo calendario escolar',
};

describe('the title chooser: a byline under the headline is not the headline', () => {
  const cases: [string, string, string][] = [
    [HEADLINES.en, 'Anna Berg and Li Wei', EN],
    [HEADLINES.en, 'Anna Berg, Li Wei and Jan Roe', EN],
    [HEADLINES.de, 'Anna Berg und Li Wei', DE],
    [HEADLINES.de, 'Autorin/Autor: Anna Berg', DE],
    [HEADLINES.fr, 'Autrice : Claire Dubois', FR],
    [HEADLINES.fr, 'Texte : Claire Dubois', FR],
    [HEADLINES.it, 'Autore: Marco Rossi', IT],
    [HEADLINES.es, 'Autor/a: Ana García', ES],
  ];
  for (const [headline, byline, body] of cases) {
    it(`takes "${headline}" over "${byline}"`, () => {
      const choice = chooseTitle([headline, byline], [body, body, body]);
      expect(choice?.title).toBe(headline);
      expect(choice?.others).toContain(byline);
      // A labelled byline is furniture wherever it stands; an unlabelled list of names, where the article never writes its words in lower case.
      if (/[:：]/.test(byline)) expect(notAHeadline(byline)).toBe(true);
    });
  }

  it('chooses no byline where the header holds nothing else', () => {
    for (const [, byline, body] of cases) {
      const choice = chooseTitle([byline], [body, body, body]);
      expect(choice?.title ?? '').not.toBe(byline);
      expect(choice?.others ?? [byline]).toContain(byline);
    }
  });
});

describe('a text page without a headline line does not take its byline for the title', () => {
  const page = (byline: string, body: string) => `Home\nNews\n${byline}\n${[body, body, body, body].join('\n')}`;
  it('leaves the names to the byline (English, German, French)', () => {
    for (const [byline, body] of [['Anna Berg and Li Wei', EN], ['Anna Berg und Li Wei', DE], ['Autrice : Claire Dubois', FR], ['Texte : Claire Dubois', FR]]) {
      expect(article(page(byline, body)).record.title).not.toBe(byline);
    }
  });

  it('still finds the headline over such a byline', () => {
    const { record } = article(`Home\nNews\n${HEADLINES.fr}\nAutrice : Claire Dubois\n${[FR, FR, FR, FR].join('\n')}`);
    expect(record.title).toBe(HEADLINES.fr);
    expect(record.author).toBe('Claire Dubois');
  });
});

describe('headlines that name people stay headlines', () => {
  const named = [
    'Anna Berg and Li Wei win the Nobel prize',
    'Merkel und Macron: ein Treffen',
    'Merkel and Macron',
    'Reporter: I was held for ten hours at the border',
    'Autor: Wie ich meinen Roman in zehn Tagen schrieb',
    'Texte : ce que dit vraiment la loi sur le climat',
  ];
  for (const headline of named) {
    it(`"${headline}"`, () => {
      expect(notAHeadline(headline)).toBe(false);
      expect(chooseTitle([headline], [EN])?.title).toBe(headline);
    });
  }

  it('keeps a title-case headline of two noun phrases, whose words the article writes in lower case', () => {
    const body = 'Rice prices rose again this month, and the harvest plans of most farms in the valley now count on a second crop.';
    for (const headline of ['Rice Prices & Harvest Plans', 'Rice Prices and Harvest Plans']) {
      expect(chooseTitle([headline], [body])?.title).toBe(headline);
      expect(chooseTitle(['Career Links', headline], [body])?.title).toBe(headline);
    }
  });

  it('is chosen on a text page over its byline', () => {
    const { record } = article(`Home\nNews\nAnna Berg and Li Wei win the Nobel prize\nBy Jane Roe\n${[EN, EN, EN, EN].join('\n')}`);
    expect(record.title).toBe('Anna Berg and Li Wei win the Nobel prize');
    expect(record.author).toBe('Jane Roe');
  });
});
