/**
 * A paragraph that names a brand written in camel case after a few capitalised words ("The OSA
 * TrustKeeper membership…") looks like another story's headline run into its summary; beside the
 * article's paragraphs it is one of them. Teasers run together stay out. Small pages written here;
 * each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A1 = 'Brushing twice a day for two full minutes remains the simplest habit that dentists recommend, and most people still stop long before the time is up, a survey of patients found this year.';
const BRAND = 'The Brightwell Sonora SoftGuard or a similar brush has a built-in timer and a pressure sensor that help you brush for the full two minutes without pressing too hard.';
const A3 = 'Floss picks and water flossers can be easier to use than string floss for people with braces or bridges, and they clean the gaps that a brush does not reach at all.';

describe('main-text: a paragraph with a camel-case brand inside the article', () => {
  it('keeps the paragraph between the article\'s paragraphs', () => {
    const { kept, why } = chooseArticle(['Healthy teeth, step by step', 'By Jane Smith', A1, BRAND, A3, 'Share this article', 'Privacy policy'].join('\n'));
    expect(why.get(BRAND)).toBeUndefined();
    expect(kept).toEqual([A1, BRAND, A3]);
  });

  it('still takes teasers run into their summaries, one after another, as other stories', () => {
    const teasers = [
      'Seven Habits Of People With Healthy TeethA new study looks at what the cleanest mouths have in common, and the answer may surprise you.',
      'Why Your Dentist Wants You To Stop Rinsing After BrushingLeaving the paste on your teeth for a while lets the fluoride do its work.',
      'The Best Electric Toothbrushes We Tested This YearWe spent three months brushing with twelve models to find the ones worth buying.',
    ];
    const { kept } = chooseArticle(['Healthy teeth, step by step', 'By Jane Smith', A1, A3, 'More stories', ...teasers, 'Privacy policy'].join('\n'));
    for (const t of teasers) expect(kept).not.toContain(t);
  });
});
