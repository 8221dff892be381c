/**
 * A run that opens on a paragraph apart from the article (issue 13, item 3): a notice about the
 * reader's browser, a site's disclosure ("We buy all the products we test…"). The headline stands
 * under it, over paragraphs that use its words and not the notice's. A lead paragraph under the
 * article's byline or date is no such notice: the sub-heading under it stays a sub-heading.
 * Small pages written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const MENU = 'Events\nPublications\nScience News\nAcademic Journals\nAbout Us\nSearch';
const NOTICE = 'We noticed that you are using an old browser that is not supported any longer. Please consider using a newer one for the best experience on our site.';

const titleOf = (page: string) => article(page).record.title;

describe('a headline under a notice the run opened on', () => {
  it('is found under the notice', () => {
    const headline = 'What is the new science programme for Africa?';
    expect(titleOf(`${MENU}\n${NOTICE}\nDismiss notification\n${headline}\n${BODY}`)).toBe(headline);
  });

  it('is not a sub-heading under the article’s own lead', () => {
    const headline = 'Five science trends from Africa';
    const page = `${MENU}\n${headline}\nJane Smith\nPublished Jun 4, 2025\nThe annual meeting brought together leading voices from the whole continent to share their newest work and plans for the coming year.\n1. Laboratories in twelve countries of Africa\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is not a sub-heading under a lead that names its subject', () => {
    const headline = 'The Rich History of Science in Africa';
    const page = `${MENU}\n${headline}\nYou are signed out\nThe rich history of science in Africa\n5 mins\nScience in Africa is older than most histories tell, and the legend of its observatories has drawn visitors for centuries.\nAdd to Favourites\nThe legend of science begins in Timbuktu\nTimbuktu held libraries of manuscripts on astronomy and medicine, and scholars came from far away to read them in its legend.\n\n${P2}\n\n${P3}`;
    expect(titleOf(page)).not.toBe('The legend of science begins in Timbuktu');
  });
});
