/**
 * A byline's cleaner (lib/bylines/author.ts): after the names and a comma, the outlet they write for
 * ("Anna Berg, Financial Times", "Anna Berg and Li Wei, Bleacher Report", "Anna Berg, Forbes India
 * Staff") is no co-author; a full name after the comma still is ("Anna Berg, Li Wei"). A template's
 * placeholder the page left unfilled ("{{ article.author_name }}") names nobody.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('bylines: the outlet after a comma', () => {
  it('ends the list at a word of an outlet\'s name or a newsroom\'s last word', () => {
    expect(cleanAuthor('Anna Berg, Harbor Times')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg and Li Wei, Harbor Times')).toBe('Anna Berg and Li Wei');
    expect(cleanAuthor('Anna Berg, Bleacher Report')).toBe('Anna Berg');
    expect(cleanAuthor('By Anna Berg, Harbor India Staff')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg, Harbor News')).toBe('Anna Berg');
  });

  it('ends it at an organisation\'s last word ("Anna Berg, Harbor Tech Collective"), as the writer\'s affiliation', () => {
    expect(cleanAuthor('by Anna Berg, Harbor Tech Collective')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg and Li Wei, Harbor Policy Institute')).toBe('Anna Berg and Li Wei');
    expect(cleanAuthor('Anna Berg, Clean Water Foundation')).toBe('Anna Berg');
    // The organisation alone is the byline; the word inside a name's run ("Institute Park") ends none.
    expect(cleanAuthor('Harbor Policy Institute')).toBe('Harbor Policy Institute');
    expect(cleanAuthor('Anna Berg, Society Hill Reyes')).toBe('Anna Berg, Society Hill Reyes');
  });

  it('reads the same list of organisation words as a labelled organisation\'s byline ("University", "Press", "Hospital")', () => {
    expect(cleanAuthor('Anna Berg, Harbor State University')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg and Li Wei, Harbor Children\'s Hospital')).toBe('Anna Berg and Li Wei');
    expect(cleanAuthor('By Anna Berg, Harbor Wire Press')).toBe('Anna Berg');
    // A full name after the comma is still a co-author, and the organisation alone is still the byline.
    expect(cleanAuthor('Anna Berg, Li Wei Harbor')).toBe('Anna Berg, Li Wei Harbor');
    expect(cleanAuthor('Harbor State University')).toBe('Harbor State University');
  });

  it('keeps a full name after the comma, and an outlet that is the whole byline', () => {
    expect(cleanAuthor('Anna Berg, Li Wei')).toBe('Anna Berg, Li Wei');
    expect(cleanAuthor('Anna Berg, Li Wei and Jo Park')).toBe('Anna Berg, Li Wei and Jo Park');
    expect(cleanAuthor('Harbor Times')).toBe('Harbor Times');
    expect(cleanAuthor('Harbor News Staff')).toBe('Harbor News Staff');
  });
});

describe('bylines: a template placeholder', () => {
  it('names nobody', () => {
    expect(cleanAuthor('{{ article.author_name }}')).toBeNull();
    expect(cleanAuthor('<%= post.author %>')).toBeNull();
    expect(cleanAuthor('${author}')).toBeNull();
  });

  it('leaves a name with braces inside alone', () => {
    expect(cleanAuthor('Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Anna {Berg}')).not.toBeNull();
  });
});
