/**
 * Bylines as innerText gives them when the page wrote the label and the name in two elements (issue
 * 13, item 3): run together ("ByJane Smith Mar 5, 2025") or on two lines ("By" / "Jane Smith"). The
 * headline is the line the byline stands under. Small fixtures written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The programme will fund joint laboratories and train young researchers over the next five years.');
const byline = (line: string) => isAuthorLine(line, blockFeatures(line, english));

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

describe('a byline split by the page’s markup', () => {
  it.each(['ByJane SmithMar 5, 2025 | 6 comments', 'ByJane Smith', 'By', 'Written By', 'By:'])('"%s" is a byline', (line) => {
    expect(byline(line)).toBe(true);
  });

  it.each(['Byzantine Science Returns', 'ByteDance Opens a Lab in Nairobi', 'Bylines', 'Buy'])('"%s" is none', (line) => {
    expect(byline(line)).toBe(false);
  });

  it('leaves the headline over its own standfirst, not the promotion above it', () => {
    const headline = 'The Twelve-Country Science Plan for Africa';
    const page = `Accept All Reject All\nThe Science Issue featuring Jane Roe & John Roe\n${headline}\nHere's how the plan will work for researchers.\nBy\nJane Smith\n${BODY}`;
    expect(article(page).record.title).toBe(headline);
  });
});
