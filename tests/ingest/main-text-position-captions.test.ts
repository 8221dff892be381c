/**
 * Main-text precision: a picture's caption that says who stands where in it ("Jana Rose (links) und
 * Ole Berg im Rathaus.", "V. l.: …", "The mayor, second left, …", "(à gauche)", "(izq.)") or that the
 * picture is an old or a stand-in one ("(Archivbild)"). A sentence with no credit reads as a short
 * paragraph, so the run kept it; only a caption points at a picture so. Left out with its reason
 * (main-text/inside/position-captions.ts). A long paragraph that names sides ("… on the left, …", a column of
 * figures "(left)") and a short sentence with brackets of another kind stay. Invented pages; the
 * caption cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const A = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;
const EN_HEAD = BRIDGE_HEAD;

describe('main-text precision: a caption that says who stands where in the picture', () => {
  it('leaves out German captions with "(links)", "(v. l.)", "V. l.:" and "(Archivbild)"', () => {
    const caps = [
      'Jana Rose (links) und Ole Berg bei der Eröffnung im Rathaus.',
      'Starkes Team: Jana Rose, Ole Berg und Lea Kim (v. l.).',
      'V. l.: Jana Rose (SPD), Ole Berg (CDU) und Lea Kim (Grüne) im Studio',
      'Das Fährschiff "Hanna" (Archivbild): Es fährt seit 1998 über den Fluss.',
    ];
    const page = [GERMAN_HEAD, A[0], caps[0], A[1], caps[1], A[2], caps[2], caps[3], A[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    for (const c of caps) expect(why.get(c)).toMatch(/who stands where|old or stand-in/);
  });

  it('leaves out an English caption with "second left"', () => {
    const cap = 'Mayor Ann Lee, second left, and council members walk over the bridge on Sunday.';
    const page = [EN_HEAD, EN[0], EN[1], cap, EN[2], EN[3]].join('\n');
    expect(chooseArticle(page).kept).toEqual(EN);
  });

  it('keeps a long paragraph that names sides, and a short sentence with other brackets', () => {
    const long = 'The two columns of the table (left) show what each district paid for the bridge, and the council says the figures on the right will change once the final bill for the night shifts and the extra steel arrives in the spring, while the districts on the north bank, which pay the most, have asked for a second vote on the cycle path before any more money is spent on it.';
    const short = 'The bridge (its second) opens in May.';
    const page = [EN_HEAD, EN[0], long, EN[1], short, EN[2], EN[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(long);
    expect(kept).toContain(short);
  });
});
