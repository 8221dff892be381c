/**
 * Main-text recall: "Story continues below" under an advertisement says the article goes on there.
 * A box of other stories ("Read More" over two headlines) set between the article's paragraphs, above
 * the advertisement, was read as the box that follows the article, and every paragraph under it as
 * its teasers (the page parts them with a repeated label, so no two stand in a row). The note ends the
 * box: the paragraphs under it are the article's. Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const ABOVE = [
  'The harbour authority said on Tuesday that it would close the old ferry terminal at the end of the summer, after an inspection found cracks in two of its piers.',
  'Ferries will use a temporary dock on the east side of the bay until a new terminal opens, which the authority expects to happen within three years.',
  'The authority’s chair, Ann Lee, said the decision had not been easy, because the terminal has served the town’s island communities for more than sixty years.',
  'About four thousand passengers use the terminal on a busy summer day, most of them commuters who live on the islands and work in the town’s offices and shops.',
];
const BELOW = [
  'Island residents have asked the authority to keep a waiting room open at the old terminal during the winter, when the temporary dock offers little shelter from the wind.',
  'Lee said the authority would look at the request, but that safety came first and that the old piers could not carry the weight of a crowd for much longer.',
  'A public meeting on the plans for the new terminal will be held at the town hall next month, where residents can see the designs and put questions to the engineers.',
];
const LABEL = 'Article content';

describe('main-text recall: the article goes on under "Story continues below"', () => {
  it('reads the note as chrome that ends nothing', () => {
    const en = detectLanguage(ABOVE.join(' '));
    for (const line of ['Story continues below advertisement', 'Story continues below', 'This advertisement has not loaded yet, but your article continues below.']) {
      const chrome = blockFeatures(line, en).chrome;
      expect(chrome?.id, line).toBe('continues-below');
      expect(chrome?.endsArticle, line).toBeFalsy();
    }
    expect(blockFeatures('The story continues below the fold of the newspaper, where the editors put it.', en).chrome).toBeUndefined();
  });

  it('keeps the paragraphs under the note', () => {
    const page = [
      'Harbor Post',
      'Old ferry terminal to close after inspection',
      ...ABOVE.flatMap((p) => [LABEL, p]),
      LABEL,
      'Read More',
      'Town council approves budget for new library',
      'Storm damages fishing boats along the coast',
      'Advertisement',
      'Story continues below',
      ...BELOW.flatMap((p) => [LABEL, p]),
      LABEL,
      'Trending',
      'Local bakery wins national award for its sourdough',
    ].join('\n');
    const { kept } = chooseArticle(page);
    for (const p of [...ABOVE, ...BELOW]) expect(kept).toContain(p);
    expect(kept).not.toContain('Storm damages fishing boats along the coast');
  });
});
