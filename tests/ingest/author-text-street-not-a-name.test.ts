/**
 * "Ministry Backs Joint Research Programme" / "Baker Street" / the article: a street's name alone under
 * the headline (where a venue, a shop or an office stands) has a name's shape, two capitalised words, but
 * names a place, never the writer. A street's word closing the line ("Street", "Avenue", "Road") tells it;
 * a surname that is also a word of the town ("Lane", "Hill", "Park", "Court", "Way") stays a name.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const BODY = `${PROSE}\n${PROSE}\n${PROSE}`;
const HEADLINE = 'Ministry Backs Joint Research Programme With Partners';
const under = (name: string, headline = HEADLINE) => article(`Menu\nHome\nBlog\n${headline}\n${name}\n${BODY}`).record.author;

describe('text bylines: a street alone under the headline is no writer', () => {
  it('a street\'s name under a chosen headline is none', () => {
    for (const street of ['Baker Street', 'Oak Avenue', 'Sunset Boulevard', 'Abbey Road', 'Elm Drive', 'Ocean Parkway', 'Berliner Straße']) {
      expect(under(street)).toBeNull();
    }
  });

  it('nor under a headline the chooser did not take', () => {
    expect(under('Oak Avenue', 'Documentation A Complete Guide')).toBeNull();
  });

  it('a name whose surname is also a word of the town is still the writer', () => {
    for (const name of ['Diane Lane', 'Anna Hill', 'Kim Park', 'Margaret Court', 'Anna St. John', 'Li Wei']) {
      expect(under(name)).toBe(name);
    }
  });
});
