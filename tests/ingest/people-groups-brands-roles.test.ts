/**
 * Seen on pages of sites the project had never read (session 67): the people page listed a group of
 * people by their trade ("… According to Family Therapists", a related story's title left in the text),
 * a station whose name holds a digit ("He joined Radio1 Xtra in 2002", "Radio1 Xtra said"), and gave
 * "Fisheries bureau spokesman Li Wei said" the role "bureau spokesman": the sentence's first word, written
 * with its capital because it opens the sentence, is the role's too.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

function peopleOf(...paragraphs: string[]) {
  const ps = paragraphs.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: splitSentences(text) }));
  return findPeople(ps, new Report('t')).people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
}

describe('people: a group by its trade, a name with a digit, a role opening the sentence', () => {
  it('a group of people named by their trade is nobody', () => {
    expect(peopleOf('How to Set Boundaries With Relatives, According to Family Therapists')).toEqual([]);
    expect(peopleOf('The harvest will be late this year, Marine Scientists said on Monday.')).toEqual([]);
  });

  it('nasty: a family name that ends like a plural stays a person', () => {
    expect(peopleOf('The harvest will be late this year, Anna Peters said on Monday.')).toEqual(['Anna Peters']);
    expect(peopleOf('The harvest will be late this year, according to Tom Sanders.')).toEqual(['Tom Sanders']);
  });

  it('a name with a digit inside a word is a brand or a station, nobody', () => {
    expect(peopleOf('The show ends next month, Radio1 Xtra said in a statement.')).toEqual([]);
  });

  it('nasty: a name with a number as its own word, a regnal number in letters, stays', () => {
    expect(peopleOf('The bridge opens next year, Charles III said on Monday.')).toEqual(['Charles III']);
  });

  it("the sentence's first word belongs to the role before the name", () => {
    expect(peopleOf('Fisheries bureau spokesman Li Wei said the ban would hold until June.')).toEqual(['Li Wei (Fisheries bureau spokesman)']);
    expect(peopleOf('Police spokesman Tom Berg said the road would reopen on Friday.')).toEqual(['Tom Berg (Police spokesman)']);
  });

  it('nasty: a clause opener or a word from inside the sentence stays out of the role', () => {
    expect(peopleOf('But bureau spokesman Li Wei said the ban would hold until June.')).toEqual(['Li Wei (bureau spokesman)']);
    expect(peopleOf('On Monday, bureau spokesman Li Wei said the ban would hold until June.')).toEqual(['Li Wei (bureau spokesman)']);
  });
});

describe('people: a title abbreviated before a name is the role', () => {
  it('"Sen. Mitch Harlow said" is Mitch Harlow, a senator, one person with "Mitch Harlow"', () => {
    expect(peopleOf('Sen. Mitch Harlow said the vote would be close.')).toEqual(['Mitch Harlow (Sen.)']);
    expect(peopleOf('Gov. Tom Berg said the road would reopen on Friday.', 'Tom Berg said the bridge would follow.')).toEqual(['Tom Berg (Gov.)']);
  });

  it('nasty: a title before a lone family name stays with it, and "Mr." is no role', () => {
    expect(peopleOf('Dr. Roe said the vote would be close.')).toEqual(['Dr. Roe']);
    expect(peopleOf('Mr. Tom Berg said the vote would be close.')).toEqual(['Mr. Tom Berg']);
  });
});
