/**
 * A news photo's caption signed the wire's way: the agency's name before the photo word, in brackets
 * ("… on Tuesday. (NA Photo/Jane Smith, File)"), or the photographer and the agency after the last
 * sentence, parted by a slash ("… oppose it. Jane SMITH / NA"); or a caption shown cut with the button
 * that expands it ("… The chain opened its ... more") and whole with the one that collapses it
 * ("… in 1990. less"). All are captions, left out of the article with their reason; prose that names an
 * agency or a photo stays. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const A1 = 'The valley’s largest hardware chain said on Tuesday that its sales grew more slowly than it had planned, as the warm autumn kept shoppers away from its stores.';
const A2 = 'The chain expects its sales to grow by less than two percent this year, down from the three percent it forecast in the spring, its chief executive said.';
const A3 = 'Its shares fell by five percent in early trading, while the shares of its main rival rose after that company raised its own forecast for the year.';

const CAPTIONS = [
  'A worker loads timber into his pickup truck outside a store of the chain in Riverside, Calif. (NA Photo/Jane Smith, File)',
  'Shoppers queue at the entrance of a store in the valley on Monday, before the doors open. Jane SMITH / NA',
];

describe('a caption signed by a wire agency', () => {
  it('is known by the agency before the photo word, or by the name and the agency after its last sentence', () => {
    const en = detectLanguage(A1);
    for (const line of [...CAPTIONS, 'The mayor speaks in the town hall on Monday. (NA Photos: Jane Smith)', 'The dish at dusk. Fot. Jan Kowalski / Agencja Foto']) {
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
    for (const line of [
      A1,
      'The agency said the photo was taken in May (NA Photo Desk said it would check the date).',
      'Sales grew, the company said. Prices per unit rose / fell with the season.',
      'The chain sells timber, tools and paint. Read more / Share',
      'Prices rose in the valley. Home / Business',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out of the article between its paragraphs, with its reason', () => {
    const page = `Hardware chain cuts its forecast\n${A1}\n${CAPTIONS[0]}\n${A2}\n${CAPTIONS[1]}\n${A3}\nMore from Business`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    for (const c of CAPTIONS) expect(why.get(c)).toMatch(/caption/);
  });

  it('is known by the buttons that expand and collapse it ("… more", "… less")', () => {
    const en = detectLanguage(A1);
    for (const line of [
      'Shoppers queue at the entrance of a store in the valley on Monday. The chain opened its ... more',
      'Shoppers queue at the entrance of a store in the valley on Monday. The chain opened its first store there in 1990. (NA Photo/Jane Smith) less',
      'Shoppers queue at the entrance of a store in the valley on Monday, before the doors open. less',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
    for (const line of ['Customers said they would spend less', 'The chain now sells more, and spends less.', 'Prices rose by two percent, or more']) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });
});
