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
/** The byline read on a page that shows it among the page's other lines, as the text path reads it. */
const read = (byline: string, page = PAGE) => bylineInCapitals(byline, `${page}\n${byline}`);

describe('bylines: a byline in capitals, its names in the page case', () => {
  it('ends the name where the page writes it, cutting what ran on after it', () => {
    expect(read('BY ANNA BERGLONG READ')).toEqual({ byline: 'BY Anna Berg', cut: 'LONG READ' });
    expect(read('BY LI WEIDATA AND GRAPHICS JOURNALIST')).toEqual({ byline: 'BY Li Wei', cut: 'DATA AND GRAPHICS JOURNALIST' });
    expect(read('ANNA BERG HARBOR GAZETTE')).toEqual({ byline: 'Anna Berg', cut: 'HARBOR GAZETTE' });
    // A role after one word is cut too: "Staff" is no surname.
    expect(read('JO PARK STAFF')).toEqual({ byline: 'Jo Park', cut: 'STAFF' });
  });

  it('reads a second name after a joining word, in the page case or a name case', () => {
    expect(read('BY ANNA BERG AND JO PARK')).toEqual({ byline: 'BY Anna Berg and Jo Park', cut: null });
    expect(read('BY ANNA BERG AND MARIA DOS SANTOS')).toEqual({ byline: 'BY Anna Berg and Maria dos Santos', cut: null });
    expect(read("BY KATE O'NEIL AND TOM HILL-BRANDT")).toEqual({ byline: "BY Kate O'Neil and Tom Hill-Brandt", cut: null });
  });

  it('leaves what the page does not settle', () => {
    // One word after the name the page writes may be the name's own last one.
    expect(read('ANNA BERG SMITH')).toBeNull();
    expect(read('JO PARKER')).toBeNull();
    // Two words after it the page shows nowhere else may be the rest of the name: no outlet, no role.
    expect(read('ANNA BERG SMITH JONES')).toBeNull();
    // The page never writes the name in mixed case: where the name ends is not known.
    expect(read('MARA LUND USA TODAY')).toBeNull();
    // A newsroom's words after the outlet's name.
    expect(read('HARBOR GAZETTE EDITORIAL BOARD', 'Read the Harbor Gazette every day')).toBeNull();
    // A byline in mixed case is no byline in capitals.
    expect(read('Anna Berg Harbor Gazette')).toBeNull();
    // A first name alone in mixed case says nothing of where the surname ends.
    expect(read('ANNA BERG HARBOR GAZETTE', 'Anna said the tide was high at the Harbor Gazette')).toBeNull();
  });

  it('reads the byline under the headline on the text path, and reports the cut', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nBY ANNA BERGLONG READ\nMarch 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n\nAnna Berg is a science writer at the Harbor Gazette.\n`;
    const { record, report } = article(text, 'page.txt');
    expect(record.author).toBe('Anna Berg');
    expect(rules(report)).toContain('byline-in-capitals');
  });

  it('never takes a name of the prose or a caption for the writer: the spelling only ends the byline\'s own name', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nBY ANNA BERG HARBOR GAZETTE\nMarch 3, 2024\nThe buoy off the pier. Photo: Li Wei / Harbor Gazette\n\nJo Park, who leads the survey, said the buoys ${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    // No mixed-case "Anna Berg" on the page: the byline stays whole, and neither Jo Park nor Li Wei is taken.
    expect(article(text, 'page.txt').record.author).toBe('ANNA BERG HARBOR GAZETTE');
  });

  it('keeps a byline in capitals the page never writes otherwise', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nBY ANNA BERG\nMarch 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('ANNA BERG');
  });
});
