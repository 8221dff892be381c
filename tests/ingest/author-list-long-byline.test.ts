/**
 * A text byline of nine to twelve full names runs past the 120 characters a name may have ("By Anna
 * Berggren, Bruno Castellano, …"), yet lists no more authors than a paper's byline shows: it gave no
 * author at all (the name cleaner refused its length, the counted list starts past twelve). Every name
 * is named, as a page's fields of a dozen authors are ("A, B, … and L"), and nothing is counted.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { longAuthorList } from '../../scripts/ingest/lib/bylines/author-list.ts';

const FIRST = ['Anna', 'Bruno', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Katya', 'Lars', 'Mira'];
const LAST = ['Berggren', 'Castellano', 'Dahlberg'];
const names = (n: number) => FIRST.slice(0, n).map((first, i) => `${first} ${LAST[i % 3]}`);
const seed = (byline: string) => `Night ferry returns to the northern islands\n\nBy ${byline}\n\n${PROSE}\n\nThe agency said the ferry would run twice a week from March until the end of the summer season.\n`;
const read = (byline: string) => article(seed(byline));
const all = (list: string[]) => `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

describe('a text byline of nine to twelve names, longer than a name', () => {
  for (const n of [9, 10, 12]) {
    it(`names all ${n} authors, and counts none`, () => {
      const byline = names(n).join(', ');
      expect(byline.length).toBeGreaterThan(120);
      const { record, report, body } = read(byline);
      expect(record.author).toBe(all(names(n)));
      expect(body).not.toContain('By Anna');
      expect(report.entries.some((e) => e.rule === 'author-list')).toBe(false);
    });
  }

  it('reads "and" before the last name as the list does', () => {
    const list = names(11);
    expect(read(all(list)).record.author).toBe(all(list));
  });

  it('still counts a thirteenth author, and leaves a short list as written', () => {
    expect(read(names(13).join(', ')).record.author).toBe('Anna Berggren, Bruno Castellano, Clara Dahlberg and 10 others');
    expect(read(names(3).join(', ')).record.author).toBe('Anna Berggren, Bruno Castellano, Clara Dahlberg');
  });

  it('gives no author for a long line that is no list of names', () => {
    // A sentence of capitalised words past 120 characters, or names with a role among them: no list of full names.
    expect(longAuthorList(`${names(10).join(', ')}, Senior Correspondent`)).toBeNull();
    expect(longAuthorList('Anna Berggren')).toBeNull();
  });
});
