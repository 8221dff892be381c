/**
 * A browser's text copy runs a footer's links onto its copyright line ("©2025 Harbour Savings Bank.
 * Privacy. Terms of Use."): the outlet is the name before them, never "Harbour Savings Bank. Privacy.
 * Terms of Use", which the article page showed as its outlet. A name that holds such a word without a
 * separator before it keeps it.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { withoutFooterLinks } from '../../scripts/ingest/lib/page-text/headline/footer-links-after-name.ts';

describe("outlet from a copyright line with the footer's links run onto it", () => {
  it('a text seed shows the name before the links', () => {
    expect(article(`Saving for a first home\n\n${PROSE}\n\n©2025 Harbour Savings Bank. Privacy. Terms of Use.`).record.outlet).toBe('Harbour Savings Bank');
    expect(article(`Saving for a first home\n\n${PROSE}\n\n© 2024 Nordlicht Zeitung | Impressum | Datenschutz`).record.outlet).toBe('Nordlicht Zeitung');
    expect(article(`Saving for a first home\n\n${PROSE}\n\nCopyright © 2026 Harbour Savings Bank. Log in | Privacy Policy`).record.outlet).toBe('Harbour Savings Bank');
  });

  it('a line whose year runs straight into a separator names no holder: what follows is a slogan or a link', () => {
    expect(article(`Saving for a first home\n\n${PROSE}\n\n© 2017 | "Your Weekly Savings Voice"`).record.outlet).toBeNull();
    expect(withoutFooterLinks('| "Your Weekly Savings Voice"')).toBe('');
    expect(withoutFooterLinks('· Sample Courier')).toBe('');
  });

  it('cuts at a link word after a separator only', () => {
    expect(withoutFooterLinks('Sample Courier. Privacy Policy. Cookie settings')).toBe('Sample Courier');
    expect(withoutFooterLinks('La Gazette · Mentions légales')).toBe('La Gazette');
    expect(withoutFooterLinks('Privacy International')).toBe('Privacy International');
    expect(withoutFooterLinks('Terms and Conditions Weekly')).toBe('Terms and Conditions Weekly');
    expect(withoutFooterLinks('Sample Courier')).toBe('Sample Courier');
    expect(withoutFooterLinks('Sample Courier. Sign in')).toBe('Sample Courier');
    expect(withoutFooterLinks('Sample Courier - Anmelden')).toBe('Sample Courier');
    // A name that holds an account word keeps it.
    expect(withoutFooterLinks('Login Magazine')).toBe('Login Magazine');
    expect(withoutFooterLinks('The Register')).toBe('The Register');
  });
});
