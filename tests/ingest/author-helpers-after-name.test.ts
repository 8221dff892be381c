/**
 * A byline that names the writer and then the others who helped ("Contributions from …", "additional
 * reporting by …", "Mitarbeit: …", "con la colaboración de …", "avec la collaboration de …"), the label
 * run into the writer's name or set off by a comma, a semicolon or a full stop: the writer is the one
 * before it (lib/bylines/author.ts HELPERS_AFTER_NAME). A line that opens with the label, a word that
 * holds the label's letters ("Projektmitarbeiterin") and an initial's full stop stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('bylines: the helpers named after the writer', () => {
  it('keeps the writer before a label run into the name, and drops the stamp after it', () => {
    expect(cleanAuthor('Robin DunlowContributions from Megan Garsley published 23 December 2023')).toBe('Robin Dunlow');
    expect(cleanAuthor('Gemma LavendelContributions from Alex Coxon last updated 6 February 2024')).toBe('Gemma Lavendel');
  });

  it('keeps the writers before the label in English, German, Spanish, French and Italian', () => {
    expect(cleanAuthor('Anna Berg; additional reporting by Li Wei')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg and Li Wei. With additional reporting from Jo Park')).toBe('Anna Berg and Li Wei');
    expect(cleanAuthor('Anna Berg, Mitarbeit: Li Wei')).toBe('Anna Berg');
    expect(cleanAuthor('Ana Gil, con la colaboración de Luis Paz')).toBe('Ana Gil');
    expect(cleanAuthor('Élise Roy, avec la collaboration de Léa Gros')).toBe('Élise Roy');
    expect(cleanAuthor('Giulia Neri, con la collaborazione di Marco Blu')).toBe('Giulia Neri');
  });

  it('leaves a line that opens with the label, a word holding its letters, and an initial', () => {
    expect(cleanAuthor('Contributions from Anna Berg')).toBe('Contributions from Anna Berg');
    expect(cleanAuthor('Anna Berg, Projektmitarbeiterin')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg Jr., additional reporting by Li Wei')).toBe('Anna Berg Jr.');
  });

  it('gives the writer alone on the text path', () => {
    const page = `Menu\nNews\nJoint ocean research programme opens to students from both countries\nBy Robin DunlowContributions from Megan Garsley published 23 December 2023\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(page).record.author).toBe('Robin Dunlow');
  });
});
