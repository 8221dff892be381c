/**
 * Main-text precision: the site's own closing lines under the article (an appeal for donations, "If
 * you enjoyed this article…", an invitation to its forums, a disclaimer on the views expressed, a
 * note on affiliate links, "Have a tip?") read as prose but are furniture: they are left out where
 * they close the article, and kept where the article itself speaks of such things. Invented pages;
 * the closing cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const HEAD = 'Observatory opens its doors to foreign partners\nBy Tom Baker';

describe('main-text precision: the site’s closing lines', () => {
  it('leaves out an appeal for donations and a forum invitation under the last paragraph', () => {
    const appeal = 'Long reports like this one take weeks to prepare. If you enjoyed this article, please support us by donating a small amount to the newsroom.';
    const forum = 'Join our astronomy forums to keep talking about the latest launches, the night sky and more with other readers of the magazine!';
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${appeal}\n${forum}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(appeal)).toMatch(/closing/);
    expect(why.get(forum)).toMatch(/after the article/);
  });

  it('leaves out a disclaimer on the views expressed and a note on affiliate links', () => {
    const disclaimer = 'The views expressed by the contributors of this magazine are their own and do not necessarily reflect the views of the Example Institute.';
    const affiliate = 'Some of the links in this article are affiliate links, which means the editors may receive a small commission when a purchase is made through them.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${affiliate}\n${disclaimer}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('leaves out the tip line that closes a report', () => {
    const tip = 'Have a tip? Tom Baker covers science and the universities for the paper and may be reached by e-mail at the newsroom.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${tip}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('keeps a paragraph of the article that speaks of donations, above more of the article', () => {
    const donations = 'The academy said it would also become a member of the international consortium and support our understanding of the early universe with donations of equipment.';
    const asked = 'Officials asked residents who want to make a donation to the project to contact the regional office, which will list the equipment still needed by the team.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${asked}\n${A2}\n${donations}\n${A3}`);
    expect(kept).toEqual([A1, asked, A2, donations, A3]);
  });
});
