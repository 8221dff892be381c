/**
 * Main-text precision: the appeal to support the site's journalism that closes an article ("Enjoyed
 * this story? Support our award-winning journalism by becoming a member.", "Invest in journalism",
 * "Unterstützen Sie unabhängigen Journalismus!", "Apoya el periodismo local"): a closing note of the
 * site's, left out where it closes the run. An article's own sentence on supporting journalism, with
 * more of the article under it, stays. Invented pages; the closing cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { CLOSING_NOTE } from '../../scripts/ingest/lib/page-text/boxes/closing-note.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const HEAD = 'Observatory opens its doors to foreign partners\nBy Tom Baker';

describe('main-text precision: an appeal to support the site\'s journalism', () => {
  it('is a closing note, in several languages', () => {
    for (const line of [
      'Enjoyed this story? Support our award-winning journalism by becoming a member.',
      'Stay informed with the Harbor Gazette for only $5 a month. Invest in journalism, invest in your town.',
      'Support independent journalism by subscribing to our digital edition.',
      'Unterstützen Sie unabhängigen Journalismus!',
      'Apoya el periodismo local con tu suscripción.',
      'Soutenez le journalisme indépendant.',
    ]) expect(CLOSING_NOTE.test(line), line).toBe(true);
  });

  it('is left out under the last paragraph', () => {
    const appeal = 'Enjoyed this story? Support our award-winning journalism by becoming a member of the Harbor Gazette today.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${appeal}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(appeal)).toMatch(/closing/);
  });

  it('keeps a sentence of the article on supporting journalism, above more of the article', () => {
    const own = 'The foundation said it would support local journalism in the region as well, with grants for reporters who cover science and the universities.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${own}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, own, A2, A3]);
  });
});
