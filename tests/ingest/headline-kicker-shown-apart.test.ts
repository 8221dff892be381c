/**
 * A text page that shows its kicker apart from its headline (lib/page-text/kicker-apart.ts): the title
 * form "Valley harvest: Rice Farmers Harvest Twice" near the page's heading, where the kicker is an
 * element of its own and the innerText runs the two together without the colon ("Valley harvest Rice
 * Farmers…", "Valley harvestRice Farmers…"). The headline is the part after the kicker; the kicker is
 * reported as removed.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { kickerOverColonLine, withoutKickerShownApart } from '../../scripts/ingest/lib/page-text/kicker-apart.ts';

const headline = 'Rice Farmers of the Valley Harvest Twice a Year';

describe('a kicker shown apart from the headline on a text page', () => {
  it('is no part of the headline when the page also writes the title form', () => {
    const page = `Menu\nHome Farming\nValley harvest: ${headline}\nFarming\nValley harvest ${headline}\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us`;
    expect(titleOf(page)).toBe(headline);
  });

  it('nor when the two elements run together with no space, a quote closing the kicker', () => {
    const page = `Menu\nHome Farming\n"It pays": ${headline}\nFarming\n"It pays"${headline}\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us`;
    expect(titleOf(page)).toBe(headline);
  });

  it('stays when the page shows the title form only', () => {
    const page = `Menu\nHome Farming\nValley harvest: ${headline}\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us`;
    expect(titleOf(page)).toBe(`Valley harvest: ${headline}`);
  });
});

describe('withoutKickerShownApart', () => {
  it('reads either line as the headline line', () => {
    const lines = [`Valley harvest: ${headline}`, 'Farming', `Valley harvest ${headline}`];
    expect(withoutKickerShownApart(lines[0], lines, 0)).toEqual({ headline, kicker: 'Valley harvest' });
    expect(withoutKickerShownApart(lines[2], lines, 2)).toEqual({ headline, kicker: 'Valley harvest' });
  });

  it('finds nothing when no line near shows the two apart', () => {
    const lines = [`Valley harvest: ${headline}`, 'Farming', `Other words ${headline}`];
    expect(withoutKickerShownApart(lines[0], lines, 0)).toBeNull();
    const far = [`Valley harvest: ${headline}`, 'a', 'b', 'c', 'd', 'e', `Valley harvest ${headline}`];
    expect(withoutKickerShownApart(far[0], far, 0)).toBeNull();
  });
});

describe('a kicker and a colon on lines of their own over the headline', () => {
  it('are one headline with it, as the page shows the three', () => {
    const page = `Menu\nHome Farming\nValley harvest\n:\n${headline}\nBy Jane Roe\nMarch 3, 2025\n${BODY}\nAbout us`;
    expect(titleOf(page)).toBe(`Valley harvest: ${headline}`);
  });

  it('not when the line over the colon ends a sentence or is long', () => {
    expect(kickerOverColonLine(headline, ['The valley grows rice.', ':', headline], 2)).toBeNull();
    expect(kickerOverColonLine(headline, ['One two three four five six seven', ':', headline], 2)).toBeNull();
    expect(kickerOverColonLine(headline, ['Valley harvest', 'Farming', headline], 2)).toBeNull();
    expect(kickerOverColonLine(headline, ['Valley harvest', ':', headline], 2)).toBe(`Valley harvest: ${headline}`);
  });
});
