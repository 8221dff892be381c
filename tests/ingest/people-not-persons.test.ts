/**
 * A page's buttons and headings ("Share This Story:", "Review Your Order:"), a US state ("South Dakota
 * said"), a country or a capital ("New Zealand said", "“…,” Ottawa said") are not people: nothing is said by them, and the people page never lists them.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { SPEAKER_LABEL } from '../../scripts/ingest/stages/clean.ts';

function peopleOf(...paragraphs: string[]) {
  const ps = paragraphs.map((text, i) => {
    const label = SPEAKER_LABEL.exec(text)?.[1];
    return { id: `p-${i + 1}`, text, sentences: label ? [text] : splitSentences(text), ...(label ? { speakerLabel: label } : {}) };
  });
  return findPeople(ps, new Report('t')).people.map((p) => p.name);
}

/** Who each quote is given to, and in which paragraph. */
function quotesOf(...paragraphs: string[]) {
  const ps = paragraphs.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: splitSentences(text) }));
  return findPeople(ps, new Report('t')).quotes.map((q) => [q.person, q.paragraph]);
}

const LINE = 'The new library opens in the spring with a reading room for two hundred people.';

describe('people: not a person', () => {
  it('a button or a heading written as a label is nobody', () => {
    for (const label of ['Share This Story', 'Review Your Order', 'Metadata Notes', 'Subscribe Now', 'Follow Us On Social']) {
      expect(peopleOf(`${label}:`, LINE), label).toEqual([]);
    }
  });

  it('a transcript label that names a person still does', () => {
    expect(peopleOf('Maria Lindqvist:', LINE)).toEqual(['Maria Lindqvist']);
  });

  it('a clause opener before "I", and a phrase holding a possessive, are nobody; a role word before a name is no part of it', () => {
    expect(peopleOf('Once I told the cashier I wanted to shop tax free, I only had to pay the price on the label.')).toEqual([]);
    expect(peopleOf('Because I said so, the trip started a day early and ended in the mountains.')).toEqual([]);
    expect(peopleOf("Brightwell’s Night Shifts said the new rota would start in March next year.")).toEqual([]);
    // A firm or an institute named for its research is no person either.
    expect(peopleOf('According to Harbourline Research, the market for reef sensors grew by a third last year.')).toEqual([]);
    expect(peopleOf('"The road will stay closed until the morning," Sheriff Dana Whitfield said.')).toEqual(['Dana Whitfield']);
    expect(peopleOf('"Both fighters made the weight," Promoter Ola Brandt said.')).toEqual(['Ola Brandt']);
    // A name that ends in a possessive is still the person's ("Wang’s team said" is Wang's).
    expect(peopleOf('"We will open the archive to every partner," said Maria Lindqvist.', 'Maria Lindqvist’s team said the archive would open in March.')).toEqual(['Maria Lindqvist']);
  });

  it('a US state that says something is a place', () => {
    for (const state of ['South Dakota', 'New Hampshire', 'West Virginia', 'North Carolina']) {
      expect(peopleOf(`${state} said the new rules would take effect in March next year.`), state).toEqual([]);
    }
  });

  it('a country or a capital that says something, or is quoted, is a place', () => {
    for (const place of ['New Zealand', 'Norway', 'South Korea', 'Brazil', 'Canberra', 'Ottawa', 'Hong Kong', 'United Kingdom']) {
      expect(peopleOf(`${place} said the new rules would take effect in March next year.`), place).toEqual([]);
      expect(peopleOf(`"We will open the archive to every partner," ${place} said in a statement.`), place).toEqual([]);
      expect(peopleOf(`"We will open the archive to every partner," said ${place}.`), place).toEqual([]);
    }
  });

  it("a person whose family name is a place is still the one who speaks by it ('Santiago said' after 'Maria Santiago')", () => {
    const quotes = quotesOf(
      '"The telescope will open next year," said Maria Santiago, director of the observatory.',
      '"We will share the data with every partner," Santiago said.',
      '"We expect more partners next spring," Berlin said.',
    );
    expect(quotes).toEqual([
      ['maria-santiago', 'p-1'],
      ['maria-santiago', 'p-2'],
    ]);
  });

  it('a person named like no place still speaks beside a place', () => {
    expect(peopleOf('"We will open the archive to every partner," Ines Marlow said on behalf of New Zealand.')).toEqual(['Ines Marlow']);
  });

  it('a person who speaks is still found beside them', () => {
    expect(peopleOf('Share This Story:', 'The rules take effect in March, Dana Whitfield said on Monday.')).toEqual(['Dana Whitfield']);
  });
});
