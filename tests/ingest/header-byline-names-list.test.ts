/**
 * namesListUnderHeadline: the list of authors under the headline that names the field's author first.
 * A line without a comma, "and" or "&" lists nobody and is not cleaned (lib/bylines/header-byline.ts);
 * the lists themselves, however their names are set apart, are found as before.
 */
import { describe, expect, it } from 'vitest';
import { namesListUnderHeadline } from '../../scripts/ingest/lib/bylines/header-byline.ts';

describe('namesListUnderHeadline', () => {
  it('finds a list set apart by commas, "and" or "&"', () => {
    expect(namesListUnderHeadline(['By Bao Xu, Lina Adwan and Li Wei'], 'Bao Xu')).toBe('Bao Xu, Lina Adwan and Li Wei');
    expect(namesListUnderHeadline(['Bao Xu & Lina Adwan'], 'Bao Xu')).toBe('Bao Xu & Lina Adwan');
    expect(namesListUnderHeadline(['Home', 'Bao Xu and Lina Adwan', 'May 2, 2025'], 'Bao Xu')).toBe('Bao Xu and Lina Adwan');
  });

  it('joins a list the page split into elements', () => {
    expect(namesListUnderHeadline(['Bao Xu', ',', 'Lina Adwan', ',', 'Li Wei'], 'Bao Xu')).toBe('Bao Xu, Lina Adwan, Li Wei');
    // Two names set apart by a comma alone are a name and its outlet: no list.
    expect(namesListUnderHeadline(['Bao Xu', ',', 'Lina Adwan'], 'Bao Xu')).toBeNull();
    expect(namesListUnderHeadline(['Bao Xu', 'and', 'Lina Adwan'], 'Bao Xu')).toBe('Bao Xu and Lina Adwan');
  });

  it('finds no list in lines of one name, a role or a date', () => {
    expect(namesListUnderHeadline(['By Bao Xu', 'Senior Reporter', 'May 2 2025', 'Bao Xu · Lina Adwan', 'BAO XU AND LINA ADWAN'], 'Bao Xu')).toBeNull();
    expect(namesListUnderHeadline([], 'Bao Xu')).toBeNull();
  });

  it('finds no list that names someone else first', () => {
    expect(namesListUnderHeadline(['Lina Adwan, Bao Xu and Li Wei'], 'Bao Xu')).toBeNull();
  });
});
