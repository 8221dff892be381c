/**
 * A stamp that writes its year in two figures, day first with dots ("25.4.24", "15.10.24 23:35"), as
 * German, Nordic and Spanish news pages print it under the headline: read as the full day. Not a
 * version or an address ("v2.4.24", "10.1.24.7"), not a run of numbers, and a page with no stamp
 * stays undated. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

const P1 = 'Die Stadt hat am Montag einen neuen Plan für den Verkehr in der Innenstadt vorgestellt, wie der Bürgermeister in einer Pressekonferenz sagte.';
const P2 = 'Der Plan sieht mehr Radwege und weniger Parkplätze vor, die ersten Arbeiten sollen im Sommer beginnen und zwei Jahre dauern.';
const P3 = 'Die Händler in der Altstadt sehen das kritisch und fürchten, dass weniger Kunden kommen, wenn sie nicht mehr mit dem Auto vorfahren können.';
const page = (stamp: string) => `Startseite\nPolitik\nSport\n\nNeuer Verkehrsplan für die Innenstadt vorgestellt\n\n${stamp}\n\nAnna Berg\n\n${P1}\n\n${P2}\n\n${P3}`;

describe('a stamp with a two-figure year', () => {
  it('is read day first, with or without its time', () => {
    expect(findStampDate('25.4.24')?.date).toBe('2024-04-25');
    expect(findStampDate('15.10.24 23:35')?.date).toBe('2024-10-15');
    expect(findStampDate('03.01.99')?.date).toBe('1999-01-03');
  });

  it('dates a page that shows it under its headline', () => {
    expect(article(page('25.4.24')).record.date?.date).toBe('2024-04-25');
    expect(article(page('15.10.24 23:35')).record.date).toMatchObject({ date: '2024-10-15', evidence: '15.10.24 23:35' });
  });

  it('is no date inside a version, an address or a longer run of numbers', () => {
    expect(findStampDate('v2.4.24')).toBeNull();
    expect(findStampDate('Version 2.4.24.1')).toBeNull();
    expect(findStampDate('10.1.24.7')).toBeNull();
    expect(findStampDate('1.25.4.24')).toBeNull();
    expect(findStampDate('31.13.24')).toBeNull();
    expect(article(page('Ausgabe 12')).record.date).toBeNull();
  });
});
