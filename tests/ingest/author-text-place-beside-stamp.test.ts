/**
 * A page's edition picker or region line right over its stamp ("Edition:" / "United States" /
 * "Business News | Tue Mar 21, 2017 | 6:44pm EDT"): a country's name alone on its line has a name's
 * shape, and the text path showed "United States" as the article's author. A country, a capital or a
 * US state (lib/facts/not-a-person.ts namesAPlace) is where the page is read, nobody who wrote it.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const EN_2 = 'Officials added that the first laboratories could open next spring, with about two hundred researchers working there by the end of the decade.';

function page(overStamp: string): string {
  return ['Menu', 'Edition:', 'Home', 'Business', 'Markets', overStamp, 'Business News | Tue Mar 21, 2017 | 6:44pm EDT', 'Harbour research centre to open next spring with new hydrogen wing', '', PROSE, '', EN_2, '', PROSE.replace('five', 'ten')].join('\n');
}

describe('text bylines: a place over the stamp is no author', () => {
  it('a country of several words over the stamp gives no author', () => {
    expect(article(page('United States')).record.author).toBeNull();
    expect(article(page('United Kingdom')).record.author).toBeNull();
  });

  it('nasty: a name that holds a place name\'s word stays the author', () => {
    expect(article(page('Jordan Washington')).record.author).toBe('Jordan Washington');
  });
});
