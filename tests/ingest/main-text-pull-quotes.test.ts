/**
 * Main-text recall: a pull quote between the article's first paragraphs, its speaker's "Name, trade"
 * under it, looked like a headline over its byline; the paragraphs above it were dropped as "above
 * its headline". The quote's words stand again in a paragraph below: it says nothing of where the
 * article starts. A headline over the article's byline whose words no paragraph repeats still moves
 * the start under it. Invented pages; the pull-quote case failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const FIRST = 'Thousands of nurses marched through the city centre on Saturday morning, filling the avenue from the station to the parliament for more than two hours.';
const SECOND = 'The two largest unions walked side by side for the first time in a decade, and their leaders embraced on the steps of the parliament before the speeches began.';
const QUOTE = 'We will not accept that the minister pretends this march does not matter to him';
const THIRD = `“Twenty thousand people are in the street today,” the union’s president told the crowd. “${QUOTE}.” The minister did not comment on the march on Saturday.`;
const FOURTH = 'The unions have called a general strike for next month if the government does not withdraw its plans to raise the age at which nurses may retire.';
const FIFTH = 'The health ministry said talks with the unions would resume on Tuesday, and that it hoped an agreement could be found before the end of the summer.';

describe('main-text recall: a pull quote is no headline', () => {
  it('keeps the paragraphs above a pull quote that a paragraph below repeats', () => {
    // The headline fused to its kicker (no line of its own), the byline and stamp above it, a caption between the first paragraphs.
    const head = ['City News', 'Sam Reed', '28 June 2025 - 16.03 Uhr', 'National demoThe ninth of July is near: the unions show their strength to the government', 'Raised fists Photo: Sam Reed'];
    const page = [...head, FIRST, 'Raised fists in the wind Photo: Sam Reed', SECOND, QUOTE, 'Ann Lee, NNU-President', THIRD, FOURTH, FIFTH, 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining([FIRST, SECOND, THIRD, FOURTH, FIFTH]));
  });

  it('still starts the article under a headline over its byline that no paragraph repeats', () => {
    const teaser = 'Teachers in the north of the country will strike on Monday over pay, their union said, the third strike this spring across the region.';
    const page = ['City News', teaser, 'Nurses march against the government pension plans', 'By Sam Reed', '28 June 2025', FIRST, SECOND, FOURTH, FIFTH, 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain(teaser);
    expect(kept).toEqual(expect.arrayContaining([FIRST, SECOND, FOURTH, FIFTH]));
  });
});
