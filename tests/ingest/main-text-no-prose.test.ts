/**
 * A page of many lines and no prose among them (menus, links, a phone number and an address: the
 * article did not render) was read as a very short item, its menus the article. It is skipped, and
 * says why; a very short item (a headline and a few short lines) is still read, and so is a page of
 * many short sentences (a list of facts, a log): its lines end as sentences do, as menus' do not.
 * Pages written here.
 */
import { describe, expect, it } from 'vitest';
import { SkipArticle } from '../../scripts/ingest/report.ts';
import { article } from './helpers.ts';

const MENUS = ['Buy a bike', 'Bikes for sale', 'Learn about e-bikes', 'Articles', 'Servicing', 'Sell or trade', 'How it works', 'Financing', 'Get a quote', 'Contact us', 'Call us at (555) 010-2030', 'Email us at hello@example.com', 'Visit our showroom at 12 Harbour Road, Portside', 'Returns policy · Privacy policy · Terms'];

describe('a page of many lines with no prose', () => {
  it('is skipped, with its reason', () => {
    expect(() => article(MENUS.join('\n'))).toThrow(SkipArticle);
    expect(() => article(MENUS.join('\n'))).toThrow(/no prose among 14 lines/);
  });

  it('leaves a very short item as it was read: its headline and its lines', () => {
    const item = ['Harbour ferry times change on Monday', 'Ferries leave every half hour from the north quay.', 'Last ferry 22:30.'];
    const { record } = article(item.join('\n'));
    expect(record.title).toBe(item[0]);
    expect(record.paragraphs.map((p) => p.text).join(' ')).toContain('north quay');
  });

  it('reads a long list of short sentences as the article, not as menus', () => {
    const facts = Array.from({ length: 40 }, (_, i) => `Year ${2000 + i}: ${i + 2} labs opened.`);
    const { record } = article(['A list of lab openings', ...facts].join('\n'));
    const body = record.paragraphs.map((p) => p.text).join(' ');
    expect(body).toContain('Year 2000: 2 labs opened.');
    expect(body).toContain('Year 2039: 41 labs opened.');
  });
});
