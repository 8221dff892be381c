/**
 * Main-text precision: the writer's biography an author box prints over the article ("Marta Ellory is
 * a senior reporter covering …", beside her byline) is the site's furniture, not the article's opening:
 * among the run's first lines, above its first paragraph, it is left out with its reason reported and the
 * article starts under it. A profile that opens on its subject ("Hanna Brisk is a ferry captain…"), whose
 * paragraphs name her again, stays whole. Invented pages; the bio cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A1 = 'A ferry operator on the northern coast has cut two of its winter routes, saying too few passengers used them last season to pay for the fuel and the crews.';
const A2 = 'Residents of the smaller islands said the decision would leave them with one crossing a day, and their council has asked the regional government to step in.';
const A3 = 'The operator said it would review the timetable in the spring, when the number of visitors usually rises again and the summer routes are planned.';
const HEAD = 'Ferry routes to the islands cut for the winter';

describe('main-text precision: a writer’s biography over the article', () => {
  it('leaves out the bio the author box prints under the byline, the article starting under it', () => {
    const bio = 'Marta Ellory is a senior reporter covering ports, shipping and the coast. She has written for several regional papers and holds a degree in geography.';
    const { kept, why } = chooseArticle(`${HEAD}\nBy\n${bio}\n${A1}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(bio)).toMatch(/biography/);
  });

  it('leaves out the bio and the box’s links between it and the first paragraph', () => {
    const bio = 'Jonah Pell is a writer who has been covering ferries and harbours for more than a decade, and once crossed every route on the coast in a week.';
    const { kept } = chooseArticle(`${HEAD}\n${bio}\nOur editorial process\nFollow\nShare\n${A1}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('keeps a profile that opens on its subject, whom the paragraphs under it name again', () => {
    const p1 = 'Hanna Brisk is a ferry captain and a freelance writer who has steered the winter crossing to the islands for twenty years.';
    const p2 = 'Brisk started on the boats as a deckhand and learned to read the weather from the old captains, who still call her on stormy nights.';
    const { kept } = chooseArticle(`The captain who keeps the islands connected\n${p1}\n${p2}\n${A2}\n${A3}`);
    expect(kept).toEqual([p1, p2, A2, A3]);
  });

  it('keeps a bio-shaped opening the article does not go on under in paragraphs', () => {
    const bio = 'Marta Ellory is a senior reporter covering ports, shipping and the coast. She has written for several regional papers and holds a degree in geography.';
    const { kept } = chooseArticle(`${HEAD}\n${bio}\n${A1}`);
    expect(kept).toEqual([bio, A1]);
  });
});

describe('main-text precision: an opening shaped as a bio that says what someone did, not what she is', () => {
  it('keeps a lead that opens on a name and what it joined ("… joined the conversation this week")', () => {
    const lead = 'Harbor Radio joined the debate this week with a long segment on the winter timetable, which the islanders called a betrayal of the coast.';
    const { kept } = chooseArticle(`${HEAD}\n${lead}\n${A1}\n${A2}`);
    expect(kept).toEqual([lead, A1, A2]);
  });
});
