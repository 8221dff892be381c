/**
 * "Flood inquiry Two resign, many questions": innerText runs the kicker's element into the headline's
 * with a space, no mark between. The page writes the pair again with its colon ("Flood inquiry: Two
 * resign, many questions", in its title strip or a breadcrumb): that form is the headline as written.
 * Only a colon differs; a line that says more or less is no form of it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BODY } from './headline-fixture.ts';
import { colonFormOf } from '../../scripts/ingest/lib/page-text/headline/title.ts';

const MENU = ['Home', 'News', 'Farming', 'Weather', 'Markets', 'Schools', 'Roads', 'Health', 'Sport', 'Music'].join('\n');

describe('a kicker run into its headline', () => {
  it('takes the colon the page writes between them elsewhere', () => {
    const page = ['Valley harvest: Farmers plant rice twice a year', MENU, 'Valley harvest Farmers plant rice twice a year', 'By Jane Smith', 'November 19, 2025', BODY].join('\n');
    const { record, report } = article(page);
    expect(record.title).toBe('Valley harvest: Farmers plant rice twice a year');
    expect(report.entries.some((e) => e.rule === 'headline-colon-form')).toBe(true);
  });

  it('keeps the headline when no other line differs from it by a colon alone', () => {
    const lines = ['Valley harvest: Farmers plant rice twice a year in the north', 'Valley harvest Farmers plant rice twice a year', 'Valley: harvest: Farmers plant rice twice a year'];
    expect(colonFormOf('Valley harvest Farmers plant rice twice a year', lines)).toBeNull();
    expect(colonFormOf('Valley harvest Farmers plant rice twice a year', ['Valley harvest: Farmers plant rice twice a year'])).toBe('Valley harvest: Farmers plant rice twice a year');
  });
});
