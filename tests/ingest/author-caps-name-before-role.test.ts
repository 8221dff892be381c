/**
 * A name in capitals run on into its role in mixed case ("ANNA BERG Staff Writer", "LI WEI Senior
 * Reporter"): the case changes where the role starts, and the byline's cleaner (lib/bylines/author.ts
 * withoutTrailingRole) keeps the name. A line all in capitals stays as it was, but for a role its rank opens
 * ("ANNA BERG STAFF WRITER": author-role-and-outlet-run-on.test.ts); an outlet's word in capitals before a
 * role ("NASA Science Writer") stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('bylines: a name in capitals before its role', () => {
  it('keeps the name', () => {
    expect(cleanAuthor('ANNA BERG Staff Writer')).toBe('ANNA BERG');
    expect(cleanAuthor('By LI WEI Senior Reporter')).toBe('LI WEI');
    expect(cleanAuthor("JO O'PARK Contributing Editor")).toBe("JO O'PARK");
  });

  it('leaves a line all in capitals, and capitals that are no name', () => {
    expect(cleanAuthor('ANNA BERG WRITER')).toBe('ANNA BERG WRITER');
    expect(cleanAuthor('NASA Science Writer')).toBe('NASA Science Writer');
    expect(cleanAuthor('Anna Berg Staff Writer')).toBe('Anna Berg');
  });

  it('reads the line under the headline on the text path', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nANNA BERG Staff Writer\nMarch 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('ANNA BERG');
  });
});
