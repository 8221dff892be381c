/**
 * Text path: a teaser's date several lines over the article's headline (the site's latest story in a
 * strip above it) and the article's own stamp under its headline. The article's header is its
 * headline's neighbourhood: a stamp under the headline wins over a date further above it than a
 * stamp stands over a title. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const HEADLINE = 'New science plan for Africa launched by China';
const STANDFIRST = 'Twelve countries join a five-year programme of shared laboratories and training for young researchers.';
const TEASER = 'Latest\n\nWhy river towns are planting trees again\n\nMar 13, 2026\n\nNews\n\nFeatures\n\nOpinion\n\nPodcasts';

describe("a teaser's date over the headline", () => {
  it("yields to the article's stamp under its headline", () => {
    const text = `${TEASER}\n\n${HEADLINE}\n\n${STANDFIRST}\n\nAnn Lee\n\nOctober 24, 2024\n\n6 Min Read\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date?.date).toBe('2024-10-24');
  });

  it('still dates a page that shows no stamp under its headline', () => {
    const text = `${TEASER}\n\n${HEADLINE}\n\n${STANDFIRST}\n\nAnn Lee\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date?.date).toBe('2026-03-13');
  });

  it('keeps a stamp right over the headline before one under it', () => {
    const text = `News\n\nFeatures\n\nMar 13, 2026\n\n${HEADLINE}\n\n${STANDFIRST}\n\nAnn Lee\n\nUpdated October 24, 2026\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date?.date).toBe('2026-03-13');
  });

  it("yields, right over the headline, to the date of the byline row under it (the site's date in its masthead)", () => {
    const text = `News\n\nFeatures\n\nWednesday, 03 December 2025\n\nHome > News > ${HEADLINE}\n\n${HEADLINE}\n\nby Ann Lee | 5 November 2024\n\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(text).record.date?.date).toBe('2024-11-05');
  });
});
