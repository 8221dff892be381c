/**
 * The post's tags in a row under its header ("Harbor Days, Rice Road, The Wet Season Returns, …"): six
 * names or more, each of a few capitalised words, is no headline, though the names are longer than a
 * category's and one of them may have a small word in lower case. The headline over the kicker and the
 * byline is. Small fixtures written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineShaped } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY } from './headline-fixture.ts';

const english = detectLanguage('The programme will fund joint laboratories and train young researchers over the next five years.');
const shaped = (line: string) => headlineShaped(line, blockFeatures(line, english), false);
const TAGS = 'Harbor Days, Rice Fields, Village Council, Paddy Hill, The Wet Season Returns, New Seed, Valley in Bloom';

describe('a long row of tags', () => {
  it('is no headline', () => {
    expect(shaped(TAGS)).toBe(false);
  });

  it.each(['Kenya, Ethiopia, Ghana Join the Science Plan', 'Seeds, Water, Roads, Schools: What the Valley Wants From Its Council'])('"%s" may be one', (line) => {
    expect(shaped(line)).toBe(true);
  });

  it('gives way to the headline over the kicker and byline', () => {
    const headline = 'Valley Market 2025: From Harbor Town to Park City';
    const page = `Newsletter\nLog in\nSubscribe\n${headline}\nRice Road\n\nby Jane Roe\nin Farming & Food\non Dec 17, 2025\n\n${TAGS}\n\n${BODY}`;
    expect(article(page).record.title).toBe(headline);
  });
});
