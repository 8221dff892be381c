/**
 * A shop's price button alone on its line ("$26 AT SEPHORA", "$19 $14 AT GLOSSIER", "29,99 € bei Amazon"),
 * set by a buying guide under each product between its paragraphs: short, the run kept it as a heading.
 * With no price, the button that asks to see the price or the deal ("Check price at REI", "View Deal") too.
 * A sentence that names a price and a shop, a price "at the door" and another English button with no price stay.
 * Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article, rules } from './helpers.ts';

describe("a shop's price button alone on its line", () => {
  const buttons = [
    '$26 AT HARBOR BEAUTY',
    '$19 $14 AT HARBOR GOODS',
    "$285 AT TRAILHOUSE (MEN'S REGULAR)",
    '$380 AT TRAILHOUSE (REGULAR)',
    "$1,599.00 from Harbor Home's",
    '$878.00 from Dockside Depot',
    'US$49 at Harbor Electronics',
    '£25 at Quayside',
    '$1,795 at harborfit.com',
    '29,99 € bei Hafenmarkt',
    'ab 19,99 € bei Kaiversand',
    '19.99 EUR bei Kaiversand',
    '24,90 € chez Librairie du Port',
    'Check price at Trailhouse',
    'Check price at Trailhouse (on sale!)',
    'See price at Quayside',
    'See it at Quayside',
    'View Deal',
  ];
  it('is page chrome', () => {
    for (const line of buttons) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'shop-price-button' });
  });

  it("leaves an article's sentences and lines that name a price and a place", () => {
    const prose = [
      '$26 at Harbor Beauty is a steal for a gloss this good.',
      '$26 at Harbor Beauty.',
      '$10 at the door',
      '$5 from each sale goes to the lifeboat crew',
      'Tickets: $10 at the door',
      'The gloss costs $26 at Harbor Beauty',
      'View at Harbor Beauty',
      'Buy on Quayside',
      'See the price list at the harbour office for the summer timetable.',
      'Check prices at the harbour office',
      'View deals',  // a box's link to a page of deals: only the one product's button is taken
      '2024 at Harbor Hall',
      'Für 29,99 € bei Hafenmarkt gibt es das Set nur noch diese Woche.',
    ];
    for (const line of prose) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });

  it("is left out between a buying guide's paragraphs, which stay, a short paragraph with a price among them", () => {
    const paragraphs = [
      'The harbour shop has stocked three lip glosses this winter, and we tried each of them for a week on the windy quay to see which one lasts the longest.',
      'The first is a clear gloss with a cooling feel that stayed put through two cups of coffee and a long walk along the pier in the rain.',
      'It costs $26 at the shop.',
      'The second is tinted and a little stickier, but its colour held up best of the three after a whole afternoon of wind and salt spray.',
    ];
    const { body, report } = article(
      ['Harbor Beauty Notes', 'Three lip glosses tested on a windy quay', paragraphs[0], 'Cooling Clear Gloss', '$26 AT HARBOR BEAUTY', '$26 AT QUAYSIDE', paragraphs[1], paragraphs[2], 'Tinted Sea Gloss', '$19 $14 AT HARBOR GOODS', paragraphs[3]].join('\n'),
    );
    expect(body).not.toContain('AT HARBOR BEAUTY');
    expect(body).not.toContain('AT QUAYSIDE');
    expect(body).not.toContain('AT HARBOR GOODS');
    for (const p of paragraphs) expect(body).toContain(p);
    // Each button removed is in the report, with its rule.
    const removed = report.entries.filter((e) => e.rule.endsWith('shop-price-button')).map((e) => e.text);
    expect(removed.sort()).toEqual(['$19 $14 AT HARBOR GOODS', '$26 AT HARBOR BEAUTY', '$26 AT QUAYSIDE']);
    expect(rules(report)).toContain(report.entries.find((e) => e.text === '$26 AT QUAYSIDE')!.rule);
  });

  it('weighs as the short line it reads: a product list under the paragraphs is no menu, and the paragraph under it stays', () => {
    // Removed as chrome, the button still breaks the list's stretch of one- to three-word lines as its four words
    // do; counted into the stretch, the lines under it weighed as a menu and the run stopped above the list.
    const paragraphs = [
      'The harbour shop has stocked three winter jackets this year, and we wore each of them for a week on the windy quay to see which one keeps out the cold.',
      'The first is a light quilted jacket that packs into its own pocket and stayed warm through a long walk along the pier in the rain and wind.',
      'The second is heavier and a little stiff, but it kept the spray out best of the three after a whole afternoon on the open deck of the ferry.',
    ];
    const list = ['Bay Jacket', '$59 AT HARBOR OUTFITTERS', 'Check price', 'Pros', 'Light and warm', 'Packs small', 'Cons', 'Small hood', 'Best for travel', 'Weight 300 g', 'Max Berg'];
    const last = 'All three are sold at the harbour shop until March, and the staff will let you try them on the quay.';
    const { body, report } = article(['Harbor Outdoor Notes', 'Three winter jackets tested on a windy quay', ...paragraphs, ...list, last].join('\n'));
    expect(body).not.toContain('AT HARBOR OUTFITTERS');
    expect(report.entries.find((e) => e.text === '$59 AT HARBOR OUTFITTERS')?.rule).toMatch(/shop-price-button$/);
    for (const p of paragraphs) expect(body).toContain(p);
    expect(body).toContain(last);
  });
});
