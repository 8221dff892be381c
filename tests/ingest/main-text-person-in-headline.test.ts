/**
 * A sub-heading with a person's name over a paragraph that opens on it, at the article's foot: a
 * note on the article's writer when the header names her as a byline does ("Von" / "Anna Berg",
 * "By Jane Smith | Science Desk"), but not when only the headline names her, further in ("Tomorrow
 * night: Ortega returns to the ring against Liam Walsh!"): the article is about her, and the
 * paragraph is its own. Invented pages; the first case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P1 = 'Marco Ortega steps into the ring again this weekend, eight months after his last fight, and the former champion says he has never trained as hard as he has this winter.';
const P2 = 'The two fighters have traded insults on social media for weeks, and the promoter expects a full arena on Saturday night, with tickets sold out within two days.';
const P3 = 'Ortega has won his last four fights by knockout and is ranked second by two of the sport’s governing bodies, one step away from a title fight later in the year.';
const ABOUT = 'Liam spent most of last year recovering from a hand injury and has fought only once since then, winning a close decision against a younger opponent in his home town.';
const LAST = 'A clear win on Saturday would put Ortega first in line for the title, and the champion has already said he would take the fight before the summer begins.';

describe('a paragraph under a person’s name at the article’s foot', () => {
  it('stays when only the headline names the person', () => {
    const page = ['Boxing', 'Tomorrow night: Ortega returns to the ring against Liam Walsh!', 'By', 'Patrick Lane', '4 February 2022', P1, P2, P3, 'Liam Walsh', ABOUT, LAST, 'Rate this post', 'Share'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(ABOUT);
    expect(kept).toContain(LAST);
  });

  it('is a note on the writer when the byline names her', () => {
    const note = 'Liam is a sports reporter for the Daily Example and has covered boxing for ten years.';
    const page = ['Boxing', 'Tomorrow night: Ortega returns to the ring', 'By Liam Walsh | Sports Desk', '4 February 2022', P1, P2, P3, LAST, 'Liam Walsh', note].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(note);
    expect(why.get(note)).toMatch(/author/);
  });

  it('is a note on the writer when the byline names her after its date and label', () => {
    const note = 'Liam is a sports reporter for the Daily Example and has covered boxing for ten years.';
    const page = ['Boxing', 'Tomorrow night: Ortega returns to the ring', '4.02.2022 by Liam Walsh', P1, P2, P3, LAST, 'About Liam Walsh', note].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(note);
    expect(why.get(note)).toMatch(/author/);
  });

  it('is a note on the writer when the header’s stamp row runs its date into her name', () => {
    const note = 'Liam founded the boxing club in 2014 to share his love of the sport with the young people of the town.';
    const page = ['Boxing', 'Tomorrow night: Ortega returns to the ring', 'September 1, 2016September 8, 2016Liam Walsh', P1, P2, P3, LAST, 'Author', 'Liam Walsh', note].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(note);
    expect(why.get(note)).toMatch(/author/);
  });
});
