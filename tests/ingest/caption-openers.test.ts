/**
 * A picture's caption known by the mark it opens on (lib/page-text/lines/caption-openers.ts): a wire's
 * "FILE - " label, a gallery's "[1/2]" index, "(L-R)", a zoom button's "Enlarge / " run into it. Such a
 * caption between paragraphs or over the article is left out with its reason; a paragraph that opens on
 * like words (a file, a fraction, a zoom in a sentence) stays. Every line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { opensOnACaptionMark } from '../../scripts/ingest/lib/page-text/lines/caption-openers.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const en = detectLanguage(BRIDGE_PARAGRAPHS.join(' '));

const CAPTIONS = [
  'FILE - Cars cross the old bridge over the river in the harbour district, March 4, 2023. The council agreed on Monday to open the new one before the summer.',
  'FILE: Jane Roe, shown here at the town hall, led the council when the bridge was first planned.',
  'FILE PHOTO: Workers lay the last part of the deck on the new bridge in the harbour district, February 9, 2024. HARBOR WIRE/Jane Roe',
  'ARCHIVO - Vista del puente viejo sobre el río en el barrio del puerto, el 4 de marzo de 2023.',
  '[1/3]Mayor Jane Roe walks across the new bridge with the builders in the harbour district, March 11, 2024.',
  '(L-R) Jane Roe, Ole Berg and Mia Kim stand on the new bridge before it opens to traffic.',
  '(L–R): Ann Lee, Tom Hale and Sam Park at the opening of the cycle path.',
  'Enlarge / The new bridge seen from the railway station at night.',
];

describe('a caption known by the mark it opens on', () => {
  it('is known as a caption', () => {
    for (const line of CAPTIONS) {
      expect(opensOnACaptionMark(line), line).toBe(true);
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
  });

  it('leaves a paragraph that opens on like words alone', () => {
    for (const line of [
      'FILE-sharing networks carried the plans of the bridge before the council published them, officials said.',
      'File - or rather the council\'s folder on the bridge - ran to three thousand pages by the time the work began.',
      '[1/2] cup of sugar goes into the cake the bakers sell on the bridge on its opening day.',
      '(l-r) is how the builders marked the lanes on the drawings, the engineer said on Monday.',
      'Enlarge / shrink the map with the buttons to see where the new bridge crosses the river.',
      'Enlarge the picture to see the bridge, the council wrote under the photograph on its website.',
    ]) {
      expect(opensOnACaptionMark(line), line).toBe(false);
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out between the article\'s paragraphs, with its reason, and a short paragraph stays', () => {
    const A = BRIDGE_PARAGRAPHS;
    const short = 'File it under good news, one driver said.';
    const page = `${BRIDGE_HEAD}\n${A[0]}\n${CAPTIONS[0]}\n${A[1]}\n${short}\n${CAPTIONS[4]}\n${A[2]}\n${CAPTIONS[5]}\n${A[3]}\nImprint`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A[0], A[1], short, A[2], A[3]]);
    for (const c of [CAPTIONS[0], CAPTIONS[4], CAPTIONS[5]]) expect(why.get(c)).toMatch(/caption/);
  });
});
