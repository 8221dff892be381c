/**
 * A headline the page prints with its site's name after a separator ("… | Daily Planet", "… – Planet"),
 * where the page shows that name again on a line of its own (its logo's text, a menu) or in its
 * copyright line: the name is the site's, not the headline's. A headline whose last words after a
 * dash are no name the page shows elsewhere ("… – Top Local Movers") keeps them.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('a site name after the headline', () => {
  it('is cut off when the page shows the name on a line of its own', () => {
    const page = `Valley Planet\nMenu\nWorld\nThe Rice Farmers of the Valley Harvest Twice | Valley Planet\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us\nContact`;
    expect(titleOf(page)).toBe('The Rice Farmers of the Valley Harvest Twice');
  });

  it('is cut off when the page names it in its copyright line', () => {
    const page = `Menu\nWorld\nThe Rice Farmers of the Valley Harvest Twice – Planet\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us\n© Planet 2025`;
    expect(titleOf(page)).toBe('The Rice Farmers of the Valley Harvest Twice');
  });

  it('stays when the words after the dash are shown nowhere else', () => {
    const page = `Menu\nWorld\nThe Rice Farmers of the Valley Harvest Twice – Seed Plans Explained\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us\n© Valley Planet 2025`;
    expect(titleOf(page)).toBe('The Rice Farmers of the Valley Harvest Twice – Seed Plans Explained');
  });
});
