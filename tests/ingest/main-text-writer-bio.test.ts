/**
 * Main-text precision: a writer's short biography closing the page ("Jane Smith is a freelance
 * travel writer…", "Tom joined the magazine in 2017…") is furniture even when the text shows no
 * byline to tie it to the article's author (the byline was an image, a link the text lost, or sits
 * far from the article). It is left out only where it closes the run and reads as a biography (a
 * name, then what the person is by trade), with the reason reported; a paragraph on a person inside
 * the article, or one that goes on with the news, stays. Invented pages; the closing cases failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEAD = 'Ferry routes to the islands cut for the winter\nMarch 3, 2026';
const A1 = 'A ferry operator on the northern coast has cut two of its winter routes, saying too few passengers used them last season to pay for the fuel and the crews.';
const A2 = 'Residents of the smaller islands said the decision would leave them with one crossing a day, and their council has asked the regional government to step in.';
const A3 = 'The operator said it would review the timetable in the spring, when the number of visitors usually rises again and the summer routes are planned.';

describe('main-text precision: a writer’s biography under the article, with no byline in the text', () => {
  it('leaves out a biography that names the person’s trade', () => {
    const bio = 'Marta Ellory is a freelance travel writer and editor based on the coast. She has written for several magazines and holds a degree in geography.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(bio)).toMatch(/biography/);
  });

  it('leaves out a biography that opens on what the writer joined or covers', () => {
    const bio = 'Jonah joined the magazine in March 2019. He has been reporting on shipping and the coast since 2011.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(bio)).toMatch(/biography/);
  });

  it('leaves out a biography whose trade is written as a title', () => {
    const bio = 'Marta Ellory is a Senior Staff Writer at the magazine, covering ports and shipping. She is based on the coast.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('keeps a paragraph on a person inside the article', () => {
    const person = 'Hanna Brisk is a ferry captain who has worked the island routes for twenty years, and she said the winter crossings were often the busiest for the islanders.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${person}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, person, A2, A3]);
  });

  it('keeps a last paragraph on a person that is no biography', () => {
    const last = 'Hanna Brisk, the council’s leader, said on Tuesday that the islanders would protest at the harbour if the routes were not restored by the summer.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${last}`);
    expect(kept).toEqual([A1, A2, A3, last]);
  });
});

describe('main-text precision: a writer’s biography whose name the header shows alone, as a byline without its "By"', () => {
  it('leaves out the biography when the header shows the name alone on its line', () => {
    const bio = 'Marta Ellory is a senior reporter at the Coast Herald. Follow her on social media and write to her with tips.';
    const { kept, why } = chooseArticle(`${HEAD}\nMarta Ellory\n${A1}\n${A2}\n${A3}\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(bio)).toMatch(/biography/);
  });

  it('leaves out the biography when the header shows the name run into the stamp ("Marta Ellory•Updated on …")', () => {
    const bio = 'Marta Ellory is an experienced writer and the owner of a small agency on the coast.';
    const { kept } = chooseArticle(`Ferry routes to the islands cut for the winter\nMarta Ellory•Updated on Mar 3, 2026 •4 min read\n${A1}\n${A2}\n${A3}\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('leaves out the biography when her name line stands over her social links, further than the note’s own heading', () => {
    const bio = 'Marta Ellory covers ports and shipping for the Coast Herald. She started at the paper in 2016 and has worked on its business desk.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\nMarta Ellory\nTwitter\nInstagram\nEmail\nFacebook\n${bio}`);
    expect(kept).toEqual([A1, A2, A3]);
  });

  it('keeps a closing paragraph on the person the article is about, though a caption shows her name alone above', () => {
    // Her name alone over the article (a picture's caption, a profile's heading), the article's prose naming her:
    // the closing paragraph on her is the article's own.
    const p1 = 'For twenty years Hanna Brisk has steered the winter ferry to the islands, and she says the crossing has never been as quiet as this season.';
    const p2 = 'Brisk started on the boats as a deckhand and learned to read the weather from the old captains, who still call her on stormy nights.';
    const last = 'Hanna Brisk is a ferry captain and a member of the island council, where she chairs the transport committee.';
    const { kept } = chooseArticle(`The captain who keeps the islands connected\nHanna Brisk\n${p1}\n${p2}\n${A3}\n${last}`);
    expect(kept).toEqual([p1, p2, A3, last]);
  });
});
