/**
 * A kicker that innerText ran into the headline with a mark no headline writes there: the section's
 * name before a colon with a space in front of it ("Kultur : Ehrengast der Buchmesse: Was …", a label
 * element, a colon element, the headline element), or a quotation closed right against the
 * headline's first word ("»Es wird bald beginnen«Trump spricht …"). The headline is what follows.
 * French writes a space before every colon ("Guerre en Ukraine : la Russie …"): there the colon is
 * the headline's own. A label the page shows nowhere alone is no section's name, and a quotation
 * that a space follows is the headline's own words.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BODY } from './headline-fixture.ts';
import { kickerRunIntoHeadline } from '../../scripts/ingest/lib/page-text/headline/kicker-run-in.ts';

const MENU = ['Home', 'News', 'Farming', 'Weather', 'Markets', 'Schools', 'Roads', 'Health', 'Sport', 'Music'].join('\n');

describe('a kicker run into its headline', () => {
  it("drops a section's name before a spaced colon, the section shown alone in the menu", () => {
    const page = [MENU, 'Farming : Valley harvest: farmers plant rice twice a year', 'By Jane Smith', 'November 19, 2025', BODY].join('\n');
    const { record, report } = article(page);
    expect(record.title).toBe('Valley harvest: farmers plant rice twice a year');
    expect(report.entries.some((e) => e.rule === 'headline-kicker' && e.action === 'removed')).toBe(true);
  });

  it('drops a quotation closed right against the first word', () => {
    const page = [MENU, '“It will start soon”Farmers plant rice twice a year in the valley', 'By Jane Smith', 'November 19, 2025', BODY].join('\n');
    expect(article(page).record.title).toBe('Farmers plant rice twice a year in the valley');
    // An exclamation closing the quote, an apostrophe inside its word.
    expect(kickerRunIntoHeadline('“Don’t stop!”Farmers plant rice twice a year', [], 'en')?.headline).toBe('Farmers plant rice twice a year');
  });

  it('keeps the colon and the quotation a headline writes itself', () => {
    const lines = MENU.split('\n');
    // No space before the colon: the headline's own kicker.
    expect(kickerRunIntoHeadline('Farming: Valley farmers plant rice twice a year', lines, 'en')).toBeNull();
    // A label shown nowhere alone: not a section's name.
    expect(kickerRunIntoHeadline('Rice : Valley farmers plant rice twice a year', lines, 'en')).toBeNull();
    // French spaces its colons.
    expect(kickerRunIntoHeadline('Farming : les paysans plantent le riz deux fois', lines, 'fr')).toBeNull();
    // Too little after it to be a headline.
    expect(kickerRunIntoHeadline('Farming : Rice twice', lines, 'en')).toBeNull();
    // A space after the quotation: the headline opens on a quote.
    expect(kickerRunIntoHeadline('“It will start soon” Farmers plant rice twice a year', lines, 'en')).toBeNull();
    // A headline that is a quotation, whole.
    expect(kickerRunIntoHeadline('“Farmers plant rice twice a year in the valley”', lines, 'en')).toBeNull();
    // A paragraph that opens on a quote: a sentence ends inside it, and an apostrophe inside a word closes nothing.
    expect(kickerRunIntoHeadline('“Rain came early. Harry’s farm flooded again this year and the rice rotted', lines, 'en')).toBeNull();
    // A quotation inside the line, not opening it.
    expect(kickerRunIntoHeadline('Farmers say “twice”Rice grows in the valley now', lines, 'en')).toBeNull();
  });
});
