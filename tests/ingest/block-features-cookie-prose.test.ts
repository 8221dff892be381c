/**
 * "Cookie" in the article's prose (a recipe, a bakery's rules, an article on web tracking) is no
 * cookie banner: a banner asks for consent ("accept", "by continuing", "we use"), speaks in the
 * site's voice ("our partners", "help us") or of the site itself ("essential for the website"), or is a label or link with no sentence ("Cookie Policy",
 * "Essential cookies"). A sentence about cookies in none of these stays prose. Both paths read the same
 * mark (lib/page-text/lines/block-features.ts). Failed before the fix: every line of forty words or fewer
 * that named cookies was marked legal.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures, furnitureFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { articleLines } from '../helpers/main-text.ts';
import { PROSE } from './helpers.ts';

const en = detectLanguage(PROSE);

const PROSE_ABOUT_COOKIES = [
  'Bake the cookies on the middle rack for twelve minutes, until the edges turn golden.',
  'Goods sold over the counter, such as sandwiches, cookies and bagels, must be wrapped in food-grade packaging.',
  'Added sugars include table sugar, soda, juice, pastries, cookies, candy and sweetened cereals.',
  'Advertisers place tracking cookies in the browser to follow a reader from one site to the next, the regulator found.',
];

const BANNERS = [
  'We use cookies to improve your experience. By continuing you accept our cookie policy.',
  'This website uses cookies.',
  'By clicking Accept, you agree to the storing of cookies on your device.',
  'These cookies collect data for advertising purposes so that we and our partners can show you relevant ads.',
  'Cookies help us deliver our services.',
  'Cookie Policy',
  'Essential cookies',
  'Manage cookies',
  'Privacy Policy | Cookie Notice | Terms of Use',
  // In other languages: consent ("stimmen Sie … zu"), the site's "we use" ("korzystamy").
  'Durch die Nutzung dieses Angebots stimmen Sie der Verwendung von Cookies zu.',
  'Informujemy, że korzystamy z cookies.',
  // A consent panel's description of each kind of cookie.
  'Necessary cookies are absolutely essential for the website to function properly.',
  'Performance cookies are used to understand how visitors interact with the pages.',
];

describe('a cookie banner is read from its consent, its voice or its shape, not from the word', () => {
  it('does not take a sentence of prose that names cookies for one', () => {
    for (const line of PROSE_ABOUT_COOKIES) {
      expect(furnitureFeatures(line).legal, line).toBe(false);
      expect(blockFeatures(line, en).legal, line).toBe(false);
    }
  });

  it('keeps a banner’s lines legal furniture', () => {
    for (const line of BANNERS) {
      expect(furnitureFeatures(line).legal, line).toBe(true);
      expect(blockFeatures(line, en).legal, line).toBe(true);
    }
  });

  it('keeps a recipe’s step about cookies in the article', () => {
    const intro = 'These brown butter cookies come out crisp at the edges and soft in the middle, and the dough keeps in the fridge for three days.';
    const step = PROSE_ABOUT_COOKIES[0];
    const after = 'Let them cool on the tray for five minutes before moving them to a wire rack, where they firm up as they cool down completely.';
    const page = ['Brown Butter Cookies', intro, 'Heat the oven to 180°C and line two trays with baking paper before you start on the dough itself.', step, after, 'Privacy Policy', 'Cookie Policy'].join('\n');
    expect(articleLines(page)).toContain(step);
    expect(articleLines(page)).not.toContain('Cookie Policy');
  });
});
