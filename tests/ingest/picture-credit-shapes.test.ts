/**
 * A picture's credit in shapes the other caption readers miss (lib/page-text/lines/picture-credit-shapes.ts):
 * a credit "via" / "courtesy of" / "by:" a name, a credit's label after the
 * caption's last sentence, a picture's label in brackets closing the line after a word. Each is left out
 * of the article with its reason; a short paragraph that speaks of photos, images or credit stays. Every
 * line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { creditInAnotherShape } from '../../scripts/ingest/lib/page-text/lines/picture-credit-shapes.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';
import { GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const en = detectLanguage(BRIDGE_PARAGRAPHS.join(' '));
const de = detectLanguage(GERMAN_PARAGRAPHS.join(' '));

const ENGLISH_CREDITS = [
  'The old bridge seen from the harbour at dusk. Photos via Jane Roe.',
  '[Image via Harbor Wire]',
  'The new deck on the bridge (Image via Stockpix)',
  'The bridge is the longest in the county. Photo by: \'Jane Roe\'.',
  'Steel cables of the new bridge under a microscope. Image credit: Roe et al., doi: 10.1000/xyz.2024.',
  'A test of the bridge\'s cables in the laboratory. Credit: Harbor Institute (2024). DOI: 10.1000/abc',
  'We walked across the bridge on its first morning. – Photo Credit: Jane Roe (harborpost.com)',
];
const GERMAN_CREDITS = [
  'Wetterbild (Foto: jane_roe/Stockpix.com)',
  'Die neue Fähre legt zum ersten Mal am Kai an (Foto: bildagentur nord/Hafenfoto)',
];

describe('a picture credit in other shapes', () => {
  it('is known as a caption', () => {
    for (const line of ENGLISH_CREDITS) {
      expect(creditInAnotherShape(line), line).toBe(true);
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
    for (const line of GERMAN_CREDITS) {
      expect(creditInAnotherShape(line), line).toBe(true);
      expect(blockFeatures(line, de).caption, line).toBe(true);
    }
  });

  it('leaves prose that speaks of photos, images or credit alone', () => {
    for (const line of [
      'Credit: it will cost the council more than planned, the treasurer said on Monday.',
      'Readers shared their photos via the council\'s app on the bridge\'s first morning.',
      'The bridge cost less than planned. Credit goes to the builders, the mayor said.',
      'Photos: the council will publish them on its website next week.',
      'The council paid for the picture (a photo of the old bridge) out of the arts budget.',
      'Photo by photo, the exhibition tells the story of the bridge from its first drawings.',
      // The label alone is left as it reads (measured: a held-out total went down with it).
      'Photos:',
      'Credit:',
    ]) {
      expect(creditInAnotherShape(line), line).toBe(false);
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out between the article\'s paragraphs, with its reason, and a short paragraph stays', () => {
    const A = BRIDGE_PARAGRAPHS;
    const short = 'Credit goes to the builders, the mayor said.';
    const page = `${BRIDGE_HEAD}\n${A[0]}\n${ENGLISH_CREDITS[0]}\n${A[1]}\n${short}\n${ENGLISH_CREDITS[4]}\n${A[2]}\n${ENGLISH_CREDITS[1]}\n${A[3]}\nImprint`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A[0], A[1], short, A[2], A[3]]);
    for (const c of [ENGLISH_CREDITS[0], ENGLISH_CREDITS[4], ENGLISH_CREDITS[1]]) expect(why.get(c)).toMatch(/caption/);
  });
});
