/**
 * Main-text precision: Dutch headings of the boxes under an article. "Lees meer over" heads the
 * article's topics (links to more on each), "Aangeboden door onze partners" a box of sponsored
 * stories; under them the site's other stories follow. They end the article as "Meer nieuws" does.
 * A sentence that starts with the same words reads on. Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const NL = [
  'De gemeenteraad heeft maandagavond ingestemd met het plan om de oude haven om te bouwen tot een woonwijk met zeshonderd woningen en een nieuw park aan het water.',
  'Volgens de wethouder kunnen de eerste bewoners over vier jaar in hun huis, als de bodemsanering volgens planning verloopt en er geen bezwaren meer komen.',
  'Buurtbewoners zijn verdeeld: sommigen vrezen meer verkeer in de smalle straten, anderen zijn blij dat het braakliggende terrein eindelijk een bestemming krijgt.',
  'De oppositie wil dat een derde van de woningen betaalbaar blijft voor starters en vroeg de wethouder om daarover voor de zomer met een voorstel te komen.',
];
const HEAD = 'Oude haven wordt woonwijk\nDoor Jan de Vries\n12 maart 2024';

describe('main-text precision: Dutch box headings under the article', () => {
  it('ends the article at "Lees meer over" and leaves out the topics and stories under it', () => {
    const foot = [
      'Lees meer over', 'Haven', 'Woningbouw', 'Aangeboden door onze partners', 'Hoofdpunten',
      'Nieuwe brug over het kanaal gaat volgend jaar open na jaren van vertraging en protest',
      'Wat vinden experts van het nieuwe plan voor de binnenstad? “Geen revolutie, wel een stap”',
      'Burgemeester reageert op kritiek: “We luisteren naar iedereen in de stad”',
    ];
    const { kept } = chooseArticle(`${HEAD}\n${NL.join('\n')}\n${foot.join('\n')}`);
    expect(kept).toEqual(NL);
  });

  it('reads the headings as box headings, and a sentence that opens on the same words not', () => {
    const dutch = detectLanguage(NL.join(' '));
    expect(blockFeatures('Lees meer over', dutch).boxHeading).toBe(true);
    expect(blockFeatures('Aangeboden door onze partners', dutch).boxHeading).toBe(true);
    expect(blockFeatures('Lees meer over de plannen in het raadsvoorstel van vorige week.', dutch).boxHeading).toBe(false);
  });
});
