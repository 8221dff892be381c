/**
 * Main-text precision: the author's note at the foot whose opening names her otherwise than by her
 * whole name and a verb (main-text/closing/note-opens-on-the-author.ts): her whole name and an apposition
 * ("Dr Lena Hartwig, the site's lead editor, …"), or her first name alone under a line of the box's own
 * ("Author", her trade). A title-case heading over the article's last paragraph that opens on the
 * heading's first word stays, and so does a last section whose paragraph opens on the heading's words
 * and a comma when the article goes on under it. Invented pages; the two box cases failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { noteOpensOnThePerson } from '../../scripts/ingest/stages/main-text/closing/note-opens-on-the-author.ts';

const HEAD = 'Town plans a new heating network\nBy Sam Porter\nMarch 12, 2024';
const A = [
  'The town council wants every public building connected to the new heating plant by the river before the end of the decade, officials said on Monday.',
  'Officials point to other towns where similar networks lowered the cost of heating within a few years, and say the savings will pay for the loans.',
  'The council is to vote on the plan in the autumn, after residents have had two meetings to raise their objections and the experts have reported.',
  'Work on the first pipes is to start next spring on the east side, where the old boilers of two schools and the town hall are the first to go.',
];
const BODY = A.join('\n');

describe("main-text precision: an author's note that opens on her first name or an apposition", () => {
  it('ends the article above her name, "Author" and a note that opens on her first name', () => {
    const note = 'Lena is building the paper’s data desk, with a passion for public budgets and the small print of council minutes.';
    const { kept, why } = chooseArticle(`${HEAD}\n${BODY}\nLena Hartwig\nAuthor\n${note}\nShare\nPrint`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
    expect(why.get('Lena Hartwig')).toMatch(/note on the author/);
  });

  it('ends the article above her name alone and a note that opens on her whole name and an apposition', () => {
    const note = 'Lena Hartwig, the paper’s lead reporter on energy, grew up on the east side and still swims in the river every morning of the year.';
    const { kept, why } = chooseArticle(`${HEAD}\n${BODY}\nLena Hartwig\n${note}\nShare`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
  });

  it('reads a name with two particles ("Dr Lena van der Berg") over her title and a note opening on it and an apposition', () => {
    const note = 'Dr Lena van der Berg, the institute’s lead on energy, grew up on the east side and still swims in the river every morning of the year.';
    const { kept, why } = chooseArticle(`${HEAD}\n${BODY}\nDr Lena van der Berg\nResearch & Insights Lead\n${note}`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
  });

  it('takes a note of some ninety words, four sentences on her life and career, under her name (the byline\'s) and her title', () => {
    const note =
      'Grew up on the east side of the town, where the old boilers of two schools still smoke every winter morning. ' +
      'Trained at a trade journal on district heating, then spent six years at the regional radio station before coming to the paper. ' +
      'Two books on how small towns pay for their pipes, a regional prize in 2021 for the reporting on the river plant. ' +
      'Lives on the east side with a family, two cats, a garden of beans and a very old bicycle that has seen every street of the town.';
    const { kept, why } = chooseArticle(`Town plans a new heating network\nBy Lena Hartwig\nMarch 12, 2024\n${BODY}\nTHE AUTHOR\nLena Hartwig\nVP - Energy Desk\n${note}`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
  });

  it('keeps a last section of some ninety words under a name the page gives no author\'s label nor byline', () => {
    const last =
      'Grew up on the east side of the town, where the old boilers of two schools still smoke every winter morning. ' +
      'Trained as an engineer, then spent six years at the plant by the river before the council hired her to run the project. ' +
      'She wants the pipes under River Street before the first frost and says the grant for the shops is already in the budget. ' +
      'Residents can ask her questions at the town hall every Thursday evening until the vote in the autumn.';
    const { kept } = chooseArticle(`${HEAD}\n${BODY}\nMara Lindqvist\nProject Lead\n${last}`);
    expect(kept).toContain(last);
  });

  it('keeps a title-case heading over the last paragraph that opens on its first word, no trade line between', () => {
    const last = 'River Street is the first to be dug up, and shops there have been promised a grant for the weeks their doors are blocked.';
    const { kept } = chooseArticle(`${HEAD}\n${BODY}\nRiver Works\n${last}\nShare\nPrint`);
    expect(kept).toContain(last);
  });

  it('keeps a name and its paragraph opening on the name and a comma when the article goes on under it', () => {
    const profile = 'Lena Hartwig, who chairs the residents’ group, said the plan was welcome but the timetable far too tight for the east side.';
    const more = 'The council said it would publish a timetable for each street by the summer and hold a third meeting for the east side in June.';
    const { kept } = chooseArticle(`${HEAD}\n${BODY}\nLena Hartwig\nResidents' chair\n${profile}\n${more}\nShare`);
    expect(kept).toContain(profile);
    expect(kept).toContain(more);
  });
});

describe('noteOpensOnThePerson', () => {
  it('reads the whole name and a verb or a comma, the first name and a verb only under a line of the box', () => {
    expect(noteOpensOnThePerson('Jana Berg schreibt über Verkehr.', 'Jana Berg', false)).toBe(true);
    expect(noteOpensOnThePerson('Jana Berg, Redakteurin, schreibt…', 'Jana Berg', false)).toBe(true);
    expect(noteOpensOnThePerson('Jana has covered the town since 2010.', 'Jana Berg', true)).toBe(true);
    expect(noteOpensOnThePerson('Jana has covered the town since 2010.', 'Jana Berg', false)).toBe(false);
    expect(noteOpensOnThePerson('J. has covered the town.', 'J. Berg', true)).toBe(false);
    expect(noteOpensOnThePerson('Jana Berg’s third book is out.', 'Jana Berg', true)).toBe(false);
    expect(noteOpensOnThePerson('Janaina Silva has covered…', 'Jana Berg', true)).toBe(false);
  });
});
