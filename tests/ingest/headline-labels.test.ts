/**
 * Lines a page shows near its headline that are never the headline (issue 13, item 3): a share
 * widget's label, a newsroom's staff credit, a masthead with the site's address, a photo's caption
 * over its credit. Small pages written here, shaped as innerText gives them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const HEADLINE = 'Column: New science plan for Africa sends a signal about the future of research';

const titleOf = (page: string) => article(page).record.title;

describe('labels near the headline', () => {
  it('is not a share widget’s label', () => {
    const page = `Opinion\n${HEADLINE}\nJane Smith\nPublished 9:00 a.m. ET Nov. 19, 2019\nFacebook\nTwitter\nShare Close extra sharing options\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is not a newsroom’s staff credit', () => {
    const page = `Science\n5 Places to Visit in October\nDaily Planet Editorial Staff\nNovember 19, 2019\n${BODY}`;
    expect(titleOf(page)).toBe('5 Places to Visit in October');
  });

  it('is not a masthead with the site’s address', () => {
    const page = `AS - www.planet-science.com.br\nHome\nCalendário da ciência 2018\nNovember 19, 2019\n${BODY}`;
    expect(titleOf(page)).toBe('Calendário da ciência 2018');
  });

  it('is not a photo’s caption over its credit', () => {
    const page = `Sports\nNairobi routs Addis Ababa to win the science cup\nJane Smith\nNovember 19, 2019\nNairobi quarterback John Roe\n(Photo: Jane Smith / Daily Planet)\n${BODY}`;
    expect(titleOf(page)).toBe('Nairobi routs Addis Ababa to win the science cup');
  });

  it.each([
    ['a share widget’s label', 'Share Close extra sharing options'],
    ['a masthead with the site’s address', 'AS - www.planet-science.com.br'],
    ['a newsroom’s staff credit', 'Daily Planet Editorial Staff'],
  ])('is never %s, even when no line looks like the headline', (_, label) => {
    const { record } = article(`${label}\n${BODY}`);
    expect(record.title).not.toBe(label);
    expect(record.title).toMatch(/^China has launched/);
  });
});
