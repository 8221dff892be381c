/**
 * The cheap scan in front of COMPANY_FACT (lib/page-text/boxes/company-description.ts): every
 * alternative of the pattern, down to its groups, always matches one of COMPANY_FACT_WORDS, so the scan
 * passes every line the pattern matches; and the two agree on lines made of the facts' words.
 */
import { describe, expect, it } from 'vitest';
import { COMPANY_FACT_PATTERN, COMPANY_FACT_WORDS, hasCompanyFacts } from '../../scripts/ingest/lib/page-text/boxes/company-description.ts';
import { alwaysHoldsAWord, wordsOfScan } from '../helpers/regex-words.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('the words in front of COMPANY_FACT', () => {
  it('are held by every match of the pattern', () => {
    expect(alwaysHoldsAWord(COMPANY_FACT_PATTERN.source, wordsOfScan(COMPANY_FACT_WORDS))).toBe(true);
  });

  it('let through every line the pattern matches, on lines of the facts’ words', () => {
    const next = random(42);
    const parts = [
      'Acme is headquartered in Lakeford', 'has its headquarters in', 'employs around 900 people', 'employs 1,200 staff', 'shares are listed on', 'stock is traded on',
      'listed on the Harbor Stock Exchange', '(NYSE: ACME)', '(Nasdaq:', '(hkex :', 'subsidiaries in 12 countries', 'offices in more than 30 countries',
      'For more information, please visit', 'mit Sitz in', 'beschäftigt weltweit rund 2.000 Mitarbeiter', 'dont le siège', 'emploie environ 300 personnes',
      'con sede en', 'com sede em', 'emplea a más de 500', 'emprega cerca de 40', ' ', ', ', '.', 'ſ', 'K', 'İ', 'ß', 'x', '\u00a0', '12',
    ];
    for (let i = 0; i < 20000; i++) {
      let line = '';
      const length = 1 + Math.floor(next() * 4);
      for (let j = 0; j < length; j++) {
        const part = parts[Math.floor(next() * parts.length)];
        line += next() < 0.3 ? part.toUpperCase() : part;
      }
      expect(hasCompanyFacts(line), JSON.stringify(line)).toBe(COMPANY_FACT_PATTERN.test(line));
    }
  });
});
