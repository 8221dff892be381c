/**
 * A page's path (section, kind, the story's subject) whose links the innerText runs together with
 * spaces only, right over the headline: the path ends on the subject the headline names too, and the
 * chooser took the path. The headline is the line under it that writes the path's last steps again
 * and says more. Pages written here; the page test failed on the base.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineUnderItsPath } from '../../scripts/ingest/lib/page-text/headline/headline-under-its-path.ts';

const MENU = ['Harbor Games', 'News', 'Reviews', 'Guides', 'Deals'];
const NOTICE = 'When you buy through links on our site, we may earn a small commission. Here is how it works.';
const HEADLINE = 'Harbor Tycoon review: building doomed ports and loving it';
const HEADER = ['By Jane Roe published 3 May 2025', 'COMMENTS'];
const P1 = 'Harbor Tycoon is a city builder about ports that the tide takes back: you build the docks, the cranes and the warehouses, and every winter the storm takes some of them.';
const P2 = 'The game asks you to plan for the storm from the first dock, and the best ports in Harbor Tycoon are the ones that give ground to the tide rather than fight it.';
const P3 = 'After forty hours with Harbor Tycoon the storm still surprises me, and the ports I build keep getting better at losing well.';
const FOOT = ['Share this story', 'Privacy Policy', '© 2025 Harbor Games'];

const titleOf = (top: string[]) => article([...MENU, NOTICE, ...top, ...HEADER, P1, P2, P3, ...FOOT].join('\n\n')).record.title;

describe('a headline under its path run together', () => {
  it('is the headline, not the path that ends on its subject', () => {
    expect(titleOf(['Reviews Strategy Harbor Tycoon', HEADLINE])).toBe(HEADLINE);
    expect(titleOf(['Games Strategy Harbor Tycoon', '91', HEADLINE])).toBe(HEADLINE);
  });
});

describe('headlineUnderItsPath', () => {
  const headed = () => true;
  const between = (l: string[]) => (i: number) => l[i].split(' ').length <= 3;
  it('moves from the path to the headline that writes its last steps again', () => {
    const lines = ['Reviews Strategy Harbor Tycoon', '91', HEADLINE, HEADER[0]];
    expect(headlineUnderItsPath(lines, 0, between(lines), headed)).toBe(2);
    const capitals = ['Home Reviews Harbor Tycoon', 'HARBOR TYCOON REVIEW', HEADER[0]];
    expect(headlineUnderItsPath(capitals, 0, between(capitals), headed)).toBe(1);
  });
  it('keeps a short headline over its deck: words in lower case, or no step before the words the deck writes', () => {
    const lower = ['Harbor strike ends', 'Harbor strike ends after the board gives way', HEADER[0]];
    expect(headlineUnderItsPath(lower, 0, between(lower), headed)).toBe(0);
    const retold = ['Harbor Strike Ends', 'Harbor Strike Ends After The Board Gives Way', HEADER[0]];
    expect(headlineUnderItsPath(retold, 0, between(retold), headed)).toBe(0);
  });
  it('keeps the path when the line under it has no header, or only one of its words', () => {
    const lines = ['Reviews Strategy Harbor Tycoon', HEADLINE, HEADER[0]];
    expect(headlineUnderItsPath(lines, 0, between(lines), () => false)).toBe(0);
    const one = ['Reviews Strategy Harbor Tycoon', 'Tycoon games we played this spring', HEADER[0]];
    expect(headlineUnderItsPath(one, 0, between(one), headed)).toBe(0);
  });
});
