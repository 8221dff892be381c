/**
 * Main-text precision: "Weitere Videos" ("more videos") over other stories' headlines is a box's
 * heading in German, as "More videos" is in English ("weitere Artikel" was one already): the
 * headlines under it stay out, even after a line that introduces a list. "Weitere Informationen"
 * (more information, often over the article's own contacts) is not taken. Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P = [
  'Der Verein hat am Dienstag bestätigt, dass der Trainer auch in der kommenden Saison an der Seitenlinie stehen wird, nachdem die Gespräche über den Winter gut verlaufen sind.',
  'Das Team liegt nach der Hinrunde auf dem dritten Platz und hat in den letzten zehn Spielen nur einmal verloren, was im Umfeld des Vereins für viel Zuversicht sorgt.',
  'Der Sportdirektor sagte, man wolle im Sommer keine großen Veränderungen im Kader vornehmen und stattdessen auf die jungen Spieler aus der eigenen Akademie setzen.',
];
const HEADLINES = ['Rudern - Regatta: Hafenstadt gewinnt das Rennen knapp', 'Fußball - Pokal: Küstenklub zieht ins Halbfinale ein', 'Tennis - Turnier: Titelverteidigerin scheitert früh', 'Eishockey - Liga: Zwei Neuzugänge für die Möwen'];

describe('main-text precision: a German box heading for more videos', () => {
  it('leaves out the headlines under "Weitere Videos"', () => {
    const page = ['Hafenblatt', 'Trainer bleibt auch in der neuen Saison', ...P, 'Das sagt der Trainer zu Transfers, Verletzten und Zielen:', 'Weitere Videos', ...HEADLINES, 'Textquelle: Hafenblatt'].join('\n');
    const { kept } = chooseArticle(page);
    for (const h of HEADLINES) expect(kept).not.toContain(h);
    for (const p of P) expect(kept).toContain(p);
  });

  it('reads "Weitere Videos" and "Weitere Beiträge" as box headings, "Weitere Informationen" not', () => {
    const german = detectLanguage(P.join(' '));
    expect(blockFeatures('Weitere Videos', german).boxHeading).toBe(true);
    expect(blockFeatures('Weitere Beiträge', german).boxHeading).toBe(true);
    expect(blockFeatures('Weitere Informationen', german).boxHeading).toBe(false);
  });
});
