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
});
