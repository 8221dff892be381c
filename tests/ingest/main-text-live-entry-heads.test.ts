/**
 * Main-text precision: a live report's entry heads, the time run into the writer's name or the
 * entry's mark ("21:00Jane Porter", "20:42KEY EVENT", "2 hours ago10:05 Tom Reed"). They are the
 * entries' stamps and bylines: left out, and the entries' paragraphs kept. A single such line (a
 * schedule's "9:30 Opening Ceremony") is not read as one. Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ENTRIES = [
  'Police have closed the main road into the harbour after crowds gathered outside the town hall earlier this evening, and buses are being sent the long way round.',
  'The council said in a statement that the square would stay closed until the morning, and asked people to avoid the area while officers clear the streets.',
  'A spokesperson for the fire service said crews had been called to two small fires near the station, both of which were put out within minutes of their arrival.',
  'Shop owners on the high street began boarding up their windows in the afternoon, with several saying they would stay closed tomorrow to be safe.',
  'Local residents have organised a clean-up for tomorrow morning, meeting at the library at nine, and the council has promised to provide bags and gloves.',
  'The mayor thanked the emergency services and said the town would not let a few hours of trouble define it, before calling for calm over the weekend.',
];
const HEAD = 'Harbour town protests: road closed as crowds gather - live updates\nBy Jane Porter';

describe('main-text precision: entry heads of a live report', () => {
  it('leaves out the heads and keeps every entry', () => {
    const heads = ['21:00Jane Porter', '20:42KEY EVENT', '2 hours ago19:05 Tom Reed', '18:30Jane Porter'];
    const page = `${HEAD}\n${heads[0]}\n${ENTRIES[0]}\n${ENTRIES[1]}\n${heads[1]}\n${ENTRIES[2]}\n${heads[2]}\n${ENTRIES[3]}\n${ENTRIES[4]}\n${heads[3]}\n${ENTRIES[5]}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(ENTRIES);
    for (const h of heads.slice(1)) expect(why.get(h)).toMatch(/live report's entry head/);
  });

  it('does not read a single time and name line (a schedule\'s row) as an entry head', () => {
    const row = '9:30 Opening Ceremony';
    const page = `${HEAD}\n${ENTRIES[0]}\n${ENTRIES[1]}\n${row}\n${ENTRIES[2]}\n${ENTRIES[3]}`;
    expect(chooseArticle(page).why.get(row) ?? '').not.toMatch(/live report/);
  });
});
