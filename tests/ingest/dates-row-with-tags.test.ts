/**
 * Text path: a stamp row that ends on the post's tags, a list of short words set off by commas
 * ("Ann Lee 25 March 2025 River towns, Tree planting, Field notes"; "15th Dec 2025•notes•rivers, trees,
 * towns"): the list is one field of the row, as a category is, however many tags it holds. Under the
 * headline it dates the article; under the article, the page's only dated line in that shape does.
 * A list in a sentence, or a row with more words than fields, stays undated. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const HEADLINE = 'New science plan for Africa launched by China';

describe('a stamp row that ends on its tags', () => {
  it('dates the article under its headline', () => {
    const text = `${HEADLINE}\nAnn Lee 25 March 2025 River towns, Tree planting, Field notes\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date?.date).toBe('2025-03-25');
  });

  it("dates the article as the page's only dated line, under the article", () => {
    const text = `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\n# 15th Dec 2025•notes•rivers, trees, towns, field work, maps\n\nAbout\n\nContact\n\nNewsletter`;
    expect(article(text).record.date?.date).toBe('2025-12-15');
  });

  it('does not make a row of a line with many words besides its tags', () => {
    const text = `${HEADLINE}\nThe first fellows from twelve countries met on 25 March 2025 rivers, trees, towns\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date).toBeNull();
  });
});
