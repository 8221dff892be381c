/**
 * Main-text precision: a disclaimer under the article that it is no professional advice ("This post
 * is for informational purposes only and does not constitute legal advice", "…not evaluated by the
 * Food and Drug Administration") is the site's closing note: left out where it closes the article,
 * with the reason reported, and kept where the article itself goes on under such words. Invented
 * pages; the closing cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEAD = 'How to read a tenancy agreement before you sign\nMarch 3, 2026';
const A1 = 'A tenancy agreement runs to many pages, and most tenants sign it after a quick look at the rent and the dates, which is where the trouble usually starts.';
const A2 = 'Look first for the clauses on repairs and on the deposit: they decide who pays when the boiler breaks and how much of your money comes back when you leave.';
const A3 = 'If a clause seems unfair, ask for it to be changed before you sign; landlords agree more often than tenants expect, especially when the flat has been empty for a while.';

describe('main-text precision: a disclaimer that the page is no professional advice', () => {
  it('leaves out a legal disclaimer under the last paragraph', () => {
    const note = 'This article is intended for general informational purposes only and does not constitute legal, tax or financial advice. Consult a qualified professional about your own situation.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${note}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/closing/);
  });

  it('leaves out a health disclaimer and a supplement note under the last paragraph', () => {
    const health = 'The information on this site is not intended to be a substitute for professional medical advice, diagnosis or treatment.';
    const supplement = '*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose or treat any disease.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${health}\n${supplement}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('keeps such words inside the article', () => {
    const own = 'The leaflet the council hands out says it is for information purposes only and is no substitute for legal advice, so tenants with a dispute should still see a lawyer.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${own}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, own, A2, A3]);
  });
});
