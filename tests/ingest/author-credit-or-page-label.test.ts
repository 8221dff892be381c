/**
 * A picture's credit ("Getty Images", "Harbor Wire Pictures") or a page's label ("Current Issue") in
 * a byline's place is no person: the people pages would invent one from it. Both paths share the
 * byline cleaner, so the text path's header and the HTML path's fields both leave it out.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('byline cleaner: credits and page labels are no names', () => {
  it.each(['Getty Images', 'Harbor Wire Pictures', 'Jon Vale Photography', 'Tessa Lund/Getty Images', 'AFP Photo', 'Foto Harbor Wire', 'Shutterstock', 'Current Issue', 'Latest Issue', 'Back Issues'])('%s', (credit) => {
    expect(cleanAuthor(credit)).toBeNull();
  });

  it('a name with a credit-like word in it is still a name', () => {
    expect(cleanAuthor('Tessa Imagesmith')).toBe('Tessa Imagesmith');
    expect(cleanAuthor('Ivo Fotopoulos')).toBe('Ivo Fotopoulos');
  });
});

describe('text bylines: a credit or a label beside the headline or the stamp', () => {
  it('a picture credit alone under the headline is no byline', () => {
    expect(article(page('Getty Images', 'March 12, 2025')).record.author).toBeNull();
  });

  it('a page label over the stamp is no byline', () => {
    expect(article(page('Current Issue', 'March 12, 2025')).record.author).toBeNull();
  });

  it('the name under a credit still signs', () => {
    expect(article(page('Getty Images', 'Tessa Lund', 'March 12, 2025')).record.author).toBe('Tessa Lund');
  });
});

describe('byline cleaner: a footnote digit run into a name', () => {
  it('the digit after the first of a list of names is off', () => {
    expect(cleanAuthor('By Tessa Lund0, Ivo Brandt & Mara Quill')).toBe('Tessa Lund, Ivo Brandt & Mara Quill');
  });

  it('a digit on every name, or on a name alone, stays: it may be what the name is', () => {
    expect(cleanAuthor('Tessa Lund2')).toBe('Tessa Lund2');
    expect(cleanAuthor('Writer Number1, Writer Number2, Writer Number3')).toMatch(/^Writer Number1/);
  });
});

describe('text bylines: two writers set apart by a bar', () => {
  const outletPage = (row: string) => `Menu\nHarbor Gazette\nNews\nHeadline on joint research in science\n${row}\nMarch 12, 2025\n${PROSE}\n${PROSE}\n© 2025 Harbor Gazette`;

  it('a second name after the bar, written nowhere else, is a second writer', () => {
    expect(article(page('Tessa Lund | Ivo Brandt', 'March 12, 2025')).record.author).toBe('Tessa Lund and Ivo Brandt');
  });

  it("the page's outlet after the bar is no writer", () => {
    expect(article(outletPage('Tessa Lund | Harbor Gazette')).record.author).toBe('Tessa Lund');
  });
});
