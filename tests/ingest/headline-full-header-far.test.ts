/**
 * The article's full header (a headline with a byline and a date under it) far above a line the
 * chooser liked better: a teaser of another story, which has a byline of its own but no date, or a
 * line of a long page's later part, where the run main-text found is (a list, a table) and whose
 * paragraphs use few of the headline's words. A page shows its article's full header once.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BODY } from './headline-fixture.ts';

/** Fifty entries of a site's menu, a word or three each. */
const MENU = Array.from({ length: 50 }, (_, i) => ['Weather', 'Markets', 'Schools', 'Roads', 'Health', 'Sport', 'Farming', 'Music', 'Rivers', 'Towns'][i % 10] + ` Desk ${i + 1}`).join('\n');

describe('a headline over the article’s full header, far above', () => {
  it('wins over another story’s teaser that has a byline but no date', () => {
    const page = [
      'Valley Farmers Harvest Rice Twice a Year',
      'By Jane Smith',
      'Published: Nov. 19, 2025',
      MENU,
      'More from the valley',
      'Village Council Opens Its New School Building',
      'By John Doe',
      'Wheat Prices Fall Again in the Northern Towns',
      'By Ann Lee',
      BODY,
    ].join('\n');
    expect(article(page).record.title).toBe('Valley Farmers Harvest Rice Twice a Year');
  });

  it('wins when the paragraphs under it, not the run’s, use its words', () => {
    const later = [
      'Each of the trucks on the list below was driven for a month on the roads of the north, loaded with grain, and weighed at the end of each week.',
      'Buyers told us the trucks they liked best were the ones they could repair themselves, with parts sold in the market towns of the region.',
      'The cheapest of the trucks costs less than a used car from the city and carries two tonnes of grain without trouble on the mountain roads.',
      'Drivers said that the new engines used less fuel on the long roads, though the seats were hard and the cabins cold in the winter months.',
      'Dealers in the market towns said that sales of the trucks rose by a third this year, mostly to cooperatives of small growers in the north.',
    ].join('\n\n');
    const rows = Array.from({ length: 60 }, (_, i) => `Truck ${i + 1} ${['Diesel', 'Petrol', 'Electric'][i % 3]} ${1000 + i * 10} kg`).join('\n');
    const page = [
      'Valley Rice Farmers Double Their Harvest',
      'By Jane Smith',
      'Published: Nov. 19, 2025',
      'Farmers in the valley now harvest their rice twice a year, and the harvest pays for the village school.',
      rows,
      'Trucks for the Grain Harvest',
      later,
    ].join('\n');
    expect(article(page).record.title).toBe('Valley Rice Farmers Double Their Harvest');
  });
});
