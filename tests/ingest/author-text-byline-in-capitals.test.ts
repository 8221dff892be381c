/**
 * A byline the text path reads in capitals (lib/bylines/byline-in-capitals.ts): the page's style set it
 * in capitals, so the case tells nothing of where the name ends and the role or outlet after it begins,
 * and the row's elements may have lost their gap ("BY ANNA BERGLONG READ"). Where the page writes the
 * name elsewhere in mixed case, that spelling ends the name and what ran on after it is cut; a second
 * name after "AND" keeps its place in the list. Guards: a tail of one word may be the name's own, a
 * newsroom's words after an outlet's name are its byline, a byline the page never writes in mixed case
 * stays as it is, and a byline in mixed case is not read at all.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE, rules } from './helpers.ts';
import { bylineInCapitals } from '../../scripts/ingest/lib/bylines/byline-in-capitals.ts';

const PAGE = 'Follow Anna Berg on the social networks\nPhoto: Li Wei / Harbor Gazette\nJo Park is our science editor.';

describe('bylines: a byline in capitals, its names in the page case', () => {
  it('ends the name where the page writes it, cutting what ran on after it', () => {
    expect(bylineInCapitals('BY ANNA BERGLONG READ', PAGE)).toEqual({ byline: 'BY Anna Berg', cut: 'LONG READ' });
    expect(bylineInCapitals('BY LI WEIDATA AND GRAPHICS JOURNALIST', PAGE)).toEqual({ byline: 'BY Li Wei', cut: 'DATA AND GRAPHICS JOURNALIST' });
    expect(bylineInCapitals('ANNA BERG HARBOR GAZETTE', PAGE)).toEqual({ byline: 'Anna Berg', cut: 'HARBOR GAZETTE' });
    // A role after one word is cut too: "Staff" is no surname.
    expect(bylineInCapitals('JO PARK STAFF', PAGE)).toEqual({ byline: 'Jo Park', cut: 'STAFF' });
  });

  it('reads a second name after a joining word, in the page case or a name case', () => {
    expect(bylineInCapitals('BY ANNA BERG AND JO PARK', PAGE)).toEqual({ byline: 'BY Anna Berg and Jo Park', cut: null });
    expect(bylineInCapitals('BY ANNA BERG AND MARIA DOS SANTOS', PAGE)).toEqual({ byline: 'BY Anna Berg and Maria dos Santos', cut: null });
    expect(bylineInCapitals("BY KATE O'NEIL AND TOM HILL-BRANDT", PAGE)).toEqual({ byline: "BY Kate O'Neil and Tom Hill-Brandt", cut: null });
  });

  it('leaves what the page does not settle', () => {
    // One word after the name the page writes may be the name's own last one.
    expect(bylineInCapitals('ANNA BERG SMITH', PAGE)).toBeNull();
    expect(bylineInCapitals('JO PARKER', PAGE)).toBeNull();
    // Two words after it the page shows nowhere else may be the rest of the name: no outlet, no role.
    expect(bylineInCapitals('ANNA BERG SMITH JONES', PAGE)).toBeNull();
    // The page never writes the name in mixed case: where the name ends is not known.
    expect(bylineInCapitals('MARA LUND USA TODAY', PAGE)).toBeNull();
    // A newsroom's words after the outlet's name.
    expect(bylineInCapitals('HARBOR GAZETTE EDITORIAL BOARD', 'Read the Harbor Gazette every day')).toBeNull();
    // A byline in mixed case is no byline in capitals.
    expect(bylineInCapitals('Anna Berg Harbor Gazette', PAGE)).toBeNull();
    // A first name alone in mixed case says nothing of where the surname ends.
    expect(bylineInCapitals('ANNA BERG HARBOR GAZETTE', 'Anna said the tide was high')).toBeNull();
  });

  it('reads the byline under the headline on the text path, and reports the cut', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nBY ANNA BERGLONG READ\nMarch 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n\nAnna Berg is a science writer at the Harbor Gazette.\n`;
    const { record, report } = article(text, 'page.txt');
    expect(record.author).toBe('Anna Berg');
    expect(rules(report)).toContain('byline-in-capitals');
  });

  it('keeps a byline in capitals the page never writes otherwise', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nBY ANNA BERG\nMarch 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('ANNA BERG');
  });
});
