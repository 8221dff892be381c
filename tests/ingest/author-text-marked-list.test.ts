/**
 * The text path's byline of a paper: its authors listed with the marks that point to their
 * affiliations ("Anna Berg 1, Li Wei 2,*", "Anna Berg1 ; Li Wei2"), read without the marks
 * (lib/bylines/name-lines.ts, namesWithAffiliationMarks).
 */
import { describe, expect, it } from 'vitest';
import { namesWithAffiliationMarks } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { article, PROSE } from './helpers.ts';

describe('text bylines: a paper\'s authors with their affiliation marks', () => {
  it('reads the names of the list under the title, without their marks', () => {
    const page = `Journal of Garden Studies\nSearch\nSoil moisture and the growth of young oaks\nOttilie Brenner 1, Kasimir Lunde 2, Ines Marrow-Tate 1,*\nAuthor information\nArticle notes\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(page).record.author).toBe('Ottilie Brenner, Kasimir Lunde and Ines Marrow-Tate');
  });

  it('reads marks run into the names and a list set apart by semicolons', () => {
    expect(namesWithAffiliationMarks('Ottilie Brenner1  ;  Kasimir Lunde2  ;  Ines Marrow3 ')).toBe('Ottilie Brenner, Kasimir Lunde and Ines Marrow');
    expect(namesWithAffiliationMarks('Ottilie Brenner 1,✉, Kasimir Lunde 1')).toBe('Ottilie Brenner and Kasimir Lunde');
  });

  it('a list without marks, a list of places or figures, one name alone are none', () => {
    expect(namesWithAffiliationMarks('Ottilie Brenner, Kasimir Lunde')).toBeNull();
    expect(namesWithAffiliationMarks('Table 1, Figure 2, Figure 3')).toBeNull();
    expect(namesWithAffiliationMarks('Ottilie Brenner 1')).toBeNull();
  });
});
