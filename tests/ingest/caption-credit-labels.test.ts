/**
 * A picture's credit named by its label in shapes the other caption rules miss
 * (lib/page-text/lines/caption-credit-labels.ts): the label with "Credits", a credit alone on its
 * line whose agency writes its name in lower case, a whole line in brackets, a credit closed by a
 * full stop or with a web address in it, a video's credit, a credit run into a caption that ends on
 * a name in capitals, a credit run on to the stylist's and the make-up artist's names, a German
 * compound label ("Beitragsbild:"), and a © run into the caption or before a slashed credit. Each is
 * left out of the article with its reason; prose that names a photo, a picture or a video stays.
 * Every line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const de = detectLanguage(GERMAN_PARAGRAPHS.join(' '));
const en = detectLanguage('The new ferry docks in the harbour for the first time on Monday, and the mayor says the town has waited for it for years.');
const no = detectLanguage('Fergen legger til kai i havna for første gang på mandag, og ordføreren sier byen har ventet på den i mange år.');

const GERMAN_CAPTIONS = [
  'Bild: hafenbild_nord/bildagentur',
  'Foto: dpa',
  '(Bild: Hafenblatt.de / Kartendienst)',
  'Die Karte zeigt den Weg der neuen Fähre über den Fluss. Bild: Screenshot: hafenblatt.de',
  'Die Fähre legt am Montag zum ersten Mal am neuen Kai an. Foto: bildagentur nord / Hafenfoto | Jana Rose',
  'Die Kapitänin trägt eine Jacke von HAFENMODEFoto: Jana Rose. Styling: Ole Berg. Haare: Lea Kim. Make-up: Mia Roth',
  'Mantel und Mütze, beides von NORDWIND.Foto: Jana Rose. Styling: Ole Berg',
  'Beitragsbild: Titelseite des Hafenblatts vom 2.4.2019, Ausriss.',
  'Neue Regeln für den Winterdienst am Hafen© Jana Rose/hafenbild.de',
  'Stau © hafenbild / Bildagentur',
];
const ENGLISH_CAPTIONS = [
  'Image Credits: Harbor Wire',
  'Photo Credit: Jane Roe via Harbor Images (license)',
  'Image: Jane Roe, Harborpost.com',
  'The mayor opens the new pier on Monday morning. Photo: Jane Roe.',
];
const NORWEGIAN_CAPTIONS = ['Havnevesenet har publisert en video av fergen som legger til kai. Video: Havnevesenet.'];

describe('a picture credit named by its label, in more shapes', () => {
  it('is known as a caption', () => {
    for (const line of GERMAN_CAPTIONS) expect(blockFeatures(line, de).caption, line).toBe(true);
    for (const line of ENGLISH_CAPTIONS) expect(blockFeatures(line, en).caption, line).toBe(true);
    for (const line of NORWEGIAN_CAPTIONS) expect(blockFeatures(line, no).caption, line).toBe(true);
  });

  it('leaves prose alone', () => {
    for (const line of [
      'Das Bild: ein leerer Kai, eine Fähre und kein einziger Fahrgast am Montagmorgen.',
      'Der Kapitän sagte: Foto und Video vom Anleger gebe es erst am Montag. Dann komme die Presse.',
      'Die Jacke stammt von NORDWIND. Styling und Fotos übernahm das Team der Werft selbst.',
      'Das Beitragsbild zeigt die Fähre: Sie legt am Montag zum ersten Mal am neuen Kai an.',
      'Die Marke Hafenblatt© ist geschützt, sagte der Sprecher. Das gelte auch für das Logo.',
    ]) {
      expect(blockFeatures(line, de).caption, line).toBe(false);
    }
    for (const line of [
      'Image credits are listed at the foot of every page, the editor said.',
      'The council posted a video of the pier on Monday. Video: it shows the crane at work.',
      'Photo: the mayor at the pier. She opened it on Monday, a year late.',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out of the article between its paragraphs, with its reason', () => {
    const A = GERMAN_PARAGRAPHS;
    const page = `${GERMAN_HEAD}\n${A[0]}\n${GERMAN_CAPTIONS[5]}\n${A[1]}\n${A[2]}\n${GERMAN_CAPTIONS[0]}\n${A[3]}\nImpressum`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    for (const c of [GERMAN_CAPTIONS[5], GERMAN_CAPTIONS[0]]) expect(why.get(c)).toMatch(/caption/);
  });
});
