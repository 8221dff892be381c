/**
 * A scraped text may show the page's title bar over the headline: a breadcrumb run into the headline,
 * the site's name after it ("News Region Storm hits the coast! Towns count the cost! - Daily headlines").
 * It is no paragraph of the article. A sentence that names the headline, or a headline copy with
 * words of a sentence before it, stays as dedupe kept it.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const TITLE = 'Storm hits the coast! Towns count the cost!';
const P1 = 'Fishing boats were thrown onto the quay at three harbours overnight, and the coast guard said on Tuesday that the damage would take weeks to clear.';
const P2 = 'The regional council has opened a fund for the families whose homes were flooded, and volunteers have begun to clear the roads.';
const P3 = 'Forecasters expect calmer weather by the weekend, though the wind will stay strong along the northern coast until Friday.';

describe("the page's title bar over the headline", () => {
  it('is taken out, reported', () => {
    const { record, report } = article(`Home\nWorld\nSport\nWeather\nAll news\nNews Region ${TITLE} - Daily headlines\n${TITLE}\n${P1}\n\n${P2}\n\n${P3}\n`);
    expect(record.title).toBe(TITLE);
    expect(record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(rules(report)).toContain('title-bar');
  });

  it('a sentence with the headline inside stays', () => {
    const said = `The mayor read out the words ${TITLE} - Daily headlines`;
    const { record, report } = article(`${TITLE}\n\n${P1}\n\n${said}\n\n${P2}\n\n${P3}\n`);
    expect(record.paragraphs.map((p) => p.text)).toContain(said);
    expect(rules(report)).not.toContain('title-bar');
  });
});
