/**
 * A headline that holds an entry of the site's menu (issue 13, item 3): the menu names the subject,
 * the headline says more ("What is SEO? (Search Engine Optimization)" under a menu with "Search
 * Engine Optimization" in it). Small pages written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Science cooperation programmes join laboratories in two or more countries around a shared research goal, with funding from each of the partners.';
const P2 = 'Most programmes run for five years and train young researchers in each country, the ministry of science and technology said in its annual report.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const MENU = ['Research Services', 'Grant Writing Guide', 'Science Cooperation Programmes', 'Laboratory Partnership Offices', 'Training and Fellowships', 'Contact Our Regional Office'];

const titleOf = (page: string) => article(page).record.title;

describe('a headline that holds a menu entry', () => {
  it('is the headline, not the menu entry beside it', () => {
    const headline = 'What are Science Cooperation Programmes? (A Guide)';
    expect(titleOf(`${MENU.join('\n')}\n${headline}\n${BODY}`)).toBe(headline);
  });

  it('still gives way to the plain headline when it is a path of sections ending in it', () => {
    const headline = 'Science cooperation programmes explained for new partners';
    expect(titleOf(`${MENU.join('\n')}\nBlog » ${headline}\n${headline}\n${BODY}`)).toBe(headline);
  });
});
