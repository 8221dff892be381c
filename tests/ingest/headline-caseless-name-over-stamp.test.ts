/**
 * A byline of a name alone in a script without capitals (Hindi "राहुल शर्मा", Arabic "محمد أحمد")
 * between the headline and the date stamp: the headline chooser read no name there (its test is a
 * capitalised one), so the headline had no header under it, stood among "like lines" and lost; the
 * stamp's place ("नई दिल्ली,") was published as the headline. The name right over a stamp is the
 * header's, as a capitalised name is.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = 'भारत और चीन ने समुद्री अनुसंधान पर समझौता किया';
const BODY = [
  'भारत और चीन ने सोमवार को समुद्री अनुसंधान पर एक समझौते पर हस्ताक्षर किए, मंत्रालय ने कहा। दोनों देशों के वैज्ञानिक पांच वर्षों तक समुद्र के तापमान और धाराओं के आंकड़े साझा करेंगे।',
  'समझौते में शोधकर्ताओं का आदान-प्रदान भी शामिल है।',
];
const titleOf = (...header: string[]) => article([HEADLINE, ...header, ...BODY].join('\n')).record.title;

describe('a Hindi byline between the headline and the date stamp', () => {
  it('leaves the headline the headline, the stamp opening on its place or not', () => {
    expect(titleOf('राहुल शर्मा', 'नई दिल्ली, 14 मार्च 2025')).toBe(HEADLINE);
    expect(titleOf('राहुल कुमार शर्मा', 'नई दिल्ली | 14 मार्च 2025')).toBe(HEADLINE);
    expect(titleOf('राहुल शर्मा', 'नई दिल्ली, 14 मार्च 2025 10:30 IST')).toBe(HEADLINE);
    expect(titleOf('राहुल शर्मा', '14 मार्च 2025')).toBe(HEADLINE);
  });

  it('as without the byline', () => {
    expect(titleOf('नई दिल्ली, 14 मार्च 2025')).toBe(HEADLINE);
  });

  it('a line of words with a mark or a digit in it is no name: "नई दिल्ली," over the stamp reads as before', () => {
    expect(titleOf('नई दिल्ली, भारत', '14 मार्च 2025')).toBe(HEADLINE);
  });
});
