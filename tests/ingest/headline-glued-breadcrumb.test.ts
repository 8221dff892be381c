/**
 * A breadcrumb whose steps innerText ran together, the headline at its end
 * ("HomeProductsRice FarmingRice Farmers Harvest Twice…"), over the headline on its own line: the line
 * on its own is the headline, the run-together one the page's path to it. Links a bullet parts,
 * run together on one line under the stamp ("•Starter Plan•Weekly Plan•…"), are no headline either.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('text headline under a breadcrumb run together with it', () => {
  it('is the headline on its own line', () => {
    const page = ['Seeds', 'Tools', 'HomeHome ProductsResource centreRice FarmingRice Farmers Harvest Twice in the Valley', 'Rice Farmers Harvest Twice in the Valley', BODY].join('\n');
    expect(titleOf(page)).toBe('Rice Farmers Harvest Twice in the Valley');
  });

  it('is not a list of links run together by bullets under the stamp', () => {
    const page = [
      'Farming',
      'Go From One Harvest to Two with This 24-Week Rice Plan',
      'If you’ve never planted rice before, two harvests can feel like an impossible goal—but it’s more than doable with our one to two harvest plan',
      'Share',
      'Save',
      'This 8-24-week rice plan adjusts and scales to fit any farmer in the valley, whether beginner or advanced. (Photo: Getty Images)',
      'Published June 23, 2025 10:39AM',
      '8-24 Week Rice Harvest Program',
      '•Seed to Field Plan•Field to Harvest Plan•One Harvest to Two Plan•Valley Rice Plan',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Go From One Harvest to Two with This 24-Week Rice Plan');
  });
});
