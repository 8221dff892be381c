/**
 * The byline cleaner on both paths: two writers' names run together ("Jasper RiemannBarbara
 * Schneider", a field whose elements lost their gap) are a list of two; a writer's initials in
 * brackets after each name ("Anna Berg (abe)"), the newsroom's tag for their pieces, are no part of it.
 * A surname with a capital inside ("McAllister", "DeSantis", "FitzGerald") and a menu's row of words
 * run together stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { withGluedNamesApart } from '../../scripts/ingest/lib/bylines/glued-names.ts';
import { headerPage as page } from './html-header-page.ts';
import { article, PROSE } from './helpers.ts';

describe('byline cleaner: two names run together', () => {
  it('sets them apart as a list of two', () => {
    expect(cleanAuthor('Jonas WeidlichMarta Koval')).toBe('Jonas Weidlich, Marta Koval');
    expect(cleanAuthor('Jonas WeidlichMarta Koval | Harbor Gazette')).toBe('Jonas Weidlich, Marta Koval');
  });

  it('a surname with a capital inside, a name of one word on a side, or a menu row stays whole', () => {
    for (const name of ['Anna McAllister', 'Mary DeSantis Lee', 'Anna FitzGerald Berg', 'Anna WeidlichMarta', 'Garden ChecklistsFirst HomeGarden Planning']) {
      expect(withGluedNamesApart(name)).toBe(name);
    }
  });

  it('on the HTML path, a field that runs the names together', () => {
    expect(page('<div class="x"><p>Nov 15, 2025</p></div>', '<meta name="author" content="Jonas WeidlichMarta Koval">').author).toBe('Jonas Weidlich, Marta Koval');
  });
});

describe("byline cleaner: a writer's initials in brackets", () => {
  it('leaves the tags out of every name of the list', () => {
    expect(cleanAuthor('Anna Berg (abe), Li Wei (lwe) and Jo Park (jpa.)')).toBe('Anna Berg, Li Wei and Jo Park');
    expect(cleanAuthor('Anna Berg (abe)')).toBe('Anna Berg');
  });

  it('a capitalised word or a longer word in brackets is not a tag', () => {
    expect(cleanAuthor('Anna Berg (Harbor)')).toBe('Anna Berg (Harbor)');
    expect(cleanAuthor('Anna Berg (harbourside)')).toBe('Anna Berg (harbourside)');
  });
});

describe('text bylines: each name of a list with its credentials', () => {
  it('keeps every name of "A, PhD and B, MPH", credentials and all', () => {
    const text = `Home\nThe harbour opens a new quay\nby Dr. Anna Berg, PhD and Jo Park, MPH | Harbor Lab\nMay 29, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Dr. Anna Berg, PhD and Jo Park, MPH');
  });

  it('with no credential, what follows the one name\'s comma is the outlet', () => {
    const text = `Home\nThe harbour opens a new quay\nby Anna Berg, Harbor Gazette\nMay 29, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Anna Berg');
  });
});
