/**
 * A shop, a brand or a firm that "said" something is not a person: its name carries a word for a
 * business ("Sunny Mart", "Lumen Labs", "Nordlicht GmbH", "Harbor Bakery"), and the people page
 * never lists it. People named beside it, and names that hold such a word only as part of a longer
 * word ("Martina Storey"), are still found.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

const peopleOf = (...paragraphs: string[]) =>
  findPeople(paragraphs.map((text, i) => ({ id: `p-${i + 1}`, text, sentences: splitSentences(text) })), new Report('t')).people.map((p) => p.name);

describe('people: a shop or a brand is nobody', () => {
  it('a business that speaks is not a person', () => {
    for (const name of ['Sunny Mart', 'Harbor Bakery', 'Lumen Labs', 'Nordlicht GmbH', 'Brightway Electronics', 'Maple Leaf Store', 'Vela Motors', 'Kestrel Airlines', 'Orchid Boutique', 'Cobalt Technologies Inc']) {
      expect(peopleOf(`“We will cut prices on every model next month,” ${name} said in a statement.`), name).toEqual([]);
      expect(peopleOf(`${name} said the new branch would open in the spring with forty staff.`), name).toEqual([]);
    }
  });

  it('people are still found, also when a name holds such a word inside a longer one', () => {
    expect(peopleOf('“The branch opens in spring,” Martina Storey said on Monday.')).toEqual(['Martina Storey']);
    // "Brand" is a surname as well as a business word: it is not one of them.
    expect(peopleOf('“The branch opens in spring,” Lena Brand said on Monday.')).toEqual(['Lena Brand']);
    expect(peopleOf('Sunny Mart said prices would fall.', '“We expect more visitors,” Dana Whitfield said.')).toEqual(['Dana Whitfield']);
  });
});
