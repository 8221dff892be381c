/**
 * Main-text recall: a number with its unit ("$449K on", "5G networks") is no junction of two texts
 * run together. The paragraph that says it stays in the article; a headline run into its summary
 * after a year ("…Opens in 2019The new telescope will…") is still another story's teaser. Written
 * here; failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { articleLines } from '../helpers/main-text.ts';

const en = detectLanguage('The government said on Monday that the new campaign would run for a year and that it would be paid for by the state.');
// A sub-heading between paragraphs, with no full stop: nothing but its features vouches for it.
const UNIT = "'Smog. We've Got It.': North Vale spends $312K on new anti-smog ad campaign";
const A1 = 'The state government launched a new advertising campaign against methamphetamine on Monday, with billboards, radio spots and a website aimed at young people.';
const A2 = 'Critics said the slogan was confusing, but the governor defended it, saying that the campaign had already got people talking about the problem.';

describe('main-text recall: a number with its unit', () => {
  it('is no junction of two texts', () => {
    expect(blockFeatures(UNIT, en).fusedTeaser).toBe(false);
    expect(blockFeatures('Carriers In Europe Race To Build 5G networks before the auction ends next spring, regulators said.', en).fusedTeaser).toBe(false);
  });

  it('keeps the line between the article’s paragraphs', () => {
    expect(articleLines(['Governor Defends Anti-Meth Campaign', A1, UNIT, A2].join('\n'))).toEqual([A1, UNIT, A2]);
  });

  it('still finds a headline run into its summary after a year', () => {
    expect(blockFeatures('New Radio Observatory Opens Its Doors In 2019The telescope will study the southern sky with partners from twelve countries.', en).fusedTeaser).toBe(true);
  });
});
