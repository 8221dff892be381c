/**
 * On the site a source page says "Author: …" and the people pages list bylines: a row of share buttons
 * ("Facebook Twitter Google+ Whatsapp"), a profile link ("Full Bio") or a field's own label ("Name",
 * "No Author") read as the author. Each is a label, never a person (lib/bylines/author.ts, NOT_A_NAME).
 * Names that hold such a word stay ("Jo Name", "Twitter Fong", "Bio Rollins").
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('bylines: a label is no author', () => {
  it('drops a row of share buttons', () => {
    expect(cleanAuthor('Facebook Twitter Google+ Whatsapp')).toBeNull();
    expect(cleanAuthor('Facebook Twitter Reddit E-mail')).toBeNull();
    expect(cleanAuthor('Share Facebook X Email')).toBeNull();
  });

  it("drops a profile link's label after the name, and a field's label alone", () => {
    expect(cleanAuthor('Jacob Wade and Full Bio')).toBe('Jacob Wade');
    expect(cleanAuthor('Name')).toBeNull();
    expect(cleanAuthor('No Author')).toBeNull();
  });

  it('keeps names holding such a word', () => {
    expect(cleanAuthor('Jo Name')).toBe('Jo Name');
    expect(cleanAuthor('Twitter Fong')).toBe('Twitter Fong');
    expect(cleanAuthor('Bio Rollins and Anna Berg')).toBe('Bio Rollins and Anna Berg');
  });
});
