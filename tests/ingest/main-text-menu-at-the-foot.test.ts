/**
 * Main-text precision: the site's menu repeated at the page's foot (main-text/closing/menu-at-the-foot.ts).
 * Near the run's foot, two short lines or more in a row that the page also shows above the article
 * (its sections, "About us", "Kontakt"): the site's navigation again in its footer, which the run
 * crossed to reach the footer's blurb. The article ends above the first of them and each line from
 * there on is reported. One line again (a section's name as a signature), a forum's labels repeated
 * under each post, the article's own headings its contents above repeat, and the lines between the
 * last paragraph and the menu stay. Invented pages; the menu cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';

const A = PIER_PARAGRAPHS.slice(0, 5);
const BLURB = 'The paper was founded in 1921 by a fisherman and his wife, who printed it in their kitchen on the north shore.';
const MENU = ['Home', 'Harbor', 'Sport', 'Culture', 'Opinion', 'Weather'];
const FOOT = ['Harbor', 'Sport', 'Culture', 'Opinion', 'Weather', BLURB];
const page = (head: string[], ...foot: string[]) => [...head, PIER_HEAD, ...A, ...foot].join('\n');

describe("main-text precision: the site's menu again at the page's foot", () => {
  it('leaves out the menu past the last paragraph, its entries shown above the article too, and the blurb under it, with the reason', () => {
    const { kept, why } = chooseArticle(page(MENU, ...FOOT));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of FOOT) {
      expect(kept).not.toContain(line);
      expect(why.get(line)).toMatch(/^after the article \(the page's foot: the site's menu again/);
    }
  });

  it('reads a menu in any language: the words are the page\'s own, from its header', () => {
    const menu = ['Startseite', 'Hafen', 'Kultur', 'Meinung', 'Wetter'];
    const foot = ['Hafen', 'Kultur', 'Meinung', 'Wetter', BLURB];
    const { kept } = chooseArticle(page(menu, ...foot));
    for (const line of foot) expect(kept).not.toContain(line);
    expect(kept).toEqual(expect.arrayContaining(A));
  });

  it('keeps the lines between the last paragraph and the menu', () => {
    const source = 'Source: Harbor Town council minutes';
    const { kept } = chooseArticle(page(MENU, source, ...FOOT));
    expect(kept).toContain(source);
    expect(kept).not.toContain('Culture');
  });

  it('keeps one line the header shows again under the last paragraph', () => {
    const close = ['Harbor', BLURB];
    expect(chooseArticle(page(MENU, ...close)).kept).toEqual(expect.arrayContaining(close));
  });

  it("keeps the article's own last headings that its contents above repeat", () => {
    const contents = ['Contents', 'The vote', 'The cost', 'Who pays'];
    const body = [A[0], A[1], 'The vote', A[2], A[3], 'The cost', 'Who pays', A[4]];
    const { kept } = chooseArticle([...contents, PIER_HEAD, ...body].join('\n'));
    expect(kept).toEqual(expect.arrayContaining(['The vote', 'The cost', 'Who pays', A[4]]));
  });

  it("keeps labels shown under the page's stamp, over the article's first item (a gallery's), and again over its next", () => {
    const item = ['Download', 'Movies', 'Images'];
    const lines = ['Harbor town votes on a new ferry pier', 'March 12, 2024', ...item, A[0], A[1], A[2], A[3], ...item, A[4]];
    const { kept } = chooseArticle(lines.join('\n'));
    expect(kept).toContain(A[4]);
  });

  it("keeps a forum's labels repeated under each post: the run showed them already", () => {
    const record = (name: string) => [name, 'Member since', 'Posts'];
    const posts = [...record('harbor_fan'), A[0], A[1], ...record('ann_lee'), A[2], A[3], ...record('bay_walker'), A[4], ...record('harbor_fan'), PIER_PARAGRAPHS[5]];
    const { kept } = chooseArticle([...MENU, 'Ferry pier thread', ...posts].join('\n'));
    expect(kept).toContain(PIER_PARAGRAPHS[5]);
  });
});
