/**
 * More shapes of a caption that ends on its photo's credit (lib/page-text/lines/caption-credit-tails.ts):
 * a © right after the last sentence (with or without a space, the agency in lower case, an initial
 * in the photographer's name), "Foto:" after a German noun, "Photo by" with an initial, the label in
 * capitals, a slashed credit ending on an agency in lower case, "Supplied", and the German label
 * "Legende:". Each is left out of the article with its reason; prose that mentions a photo, a © or a
 * slash stays. Every line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const de = detectLanguage(GERMAN_PARAGRAPHS.join(' '));
const en = detectLanguage('The new ferry docks in the harbour for the first time on Monday, and the mayor says the town has waited for it for years.');

const GERMAN_CAPTIONS = [
  'Um die Pflanzen vor dem Frost zu schützen, greifen viele Gärtner auf Folien zurück.© Jana Rose/hafenbild',
  'Der Kapitän sichert die Leinen am Kai. Die Fähre bleibt über Nacht im Hafen. © bildagentur nord / Foto Lee',
  'Die Karte zeigt die Route der neuen Fähre. © Hafenblatt Grafik/OSM | C. Lee /Hafenblatt Grafik',
  'Die Bürgermeisterin und der Kapitän bei der Vorstellung des Fahrplans Foto: Jana Rose/hafenbild',
  'Demonstration am Hafen nach der Schließung der Werft im vergangenen Jahr. Unbekannt/Hafenfoto/dpa',
  'Legende: Die Bürgermeisterin bei der Eröffnung der neuen Fähre am Montag. Hafenfunk',
  'Legende:',
];
const ENGLISH_CAPTIONS = [
  'Missiles were launched towards the coast on Wednesday. Photo by Jane S. Roe /Harbor Wire',
  'PHOTOGRAPH: JANE ROE; HARBOR IMAGES',
  'The lodge’s new terrace overlooks the lake and the mountains beyond it. Supplied',
];

describe('a caption ending on its credit in more shapes', () => {
  it('is known by its credit', () => {
    for (const line of GERMAN_CAPTIONS) expect(blockFeatures(line, de).caption, line).toBe(true);
    for (const line of ENGLISH_CAPTIONS) expect(blockFeatures(line, en).caption, line).toBe(true);
  });

  it('leaves prose alone', () => {
    for (const line of [
      'Der Fotograf sagte, er habe das Bild am Montag im Hafen gemacht, als die Fähre zum ersten Mal anlegte.',
      'Die Legende besagt, dass im Hafen einst ein Schatz versunken ist, den bis heute niemand gefunden hat.',
      'Das Unternehmen meldet seine Marke © Hafenblatt seit Jahren beim Amt an, sagte der Sprecher am Montag.',
    ]) {
      expect(blockFeatures(line, de).caption, line).toBe(false);
    }
    for (const line of [
      'The mayor supplied the figures herself. The council had asked for them twice.',
      'Photos by local children will hang in the new terminal from next month, the council said.',
      'The council says the pier was supplied by a yard in the north of the country.',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out of the article between its paragraphs, with its reason', () => {
    const A = GERMAN_PARAGRAPHS;
    const page = `${GERMAN_HEAD}\n${A[0]}\n${GERMAN_CAPTIONS[0]}\n${A[1]}\n${A[2]}\n${GERMAN_CAPTIONS[3]}\n${A[3]}\nImpressum`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    for (const c of [GERMAN_CAPTIONS[0], GERMAN_CAPTIONS[3]]) expect(why.get(c)).toMatch(/caption/);
  });
});
