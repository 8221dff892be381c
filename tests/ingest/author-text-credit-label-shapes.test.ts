/**
 * The text path's byline in two credit shapes. Where the writer took the pictures too and one label credits both, either way
 * round ("Story and photos by", "Photos and story by", "Words & pictures by"): the name after it is the
 * article's writer. A credit for the pictures alone, or for pictures and video, names no writer. "Li Wei as told to Anna Berg": the writer is the one after "as told to". The same credits in German, Spanish, Portuguese, French and Italian ("Text und Fotos:", "Propos recueillis par", "Aufgezeichnet von").
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const HEADLINE = 'Headline on joint research in science';
const body = `${PROSE}\n${PROSE}\n${PROSE}`;
const page = (...header: string[]) => `Menu\nHome\nNews\n${HEADLINE}\n${header.join('\n')}\n${body}`;

describe("text bylines: the writer's and the photographer's credit in one label", () => {
  it('reads the name after the label, whichever credit comes first and however it is cased', () => {
    expect(article(page('Photos and Story By Anna Berg')).record.author).toBe('Anna Berg');
    expect(article(page('Story and photos by Anna Berg')).record.author).toBe('Anna Berg');
    expect(article(page('Words & pictures by Anna Berg', 'March 5, 2026')).record.author).toBe('Anna Berg');
    expect(article(page('Text and photography by Anna Berg')).record.author).toBe('Anna Berg');
  });

  it('a credit for the pictures alone, or for pictures and video, names no writer (guard)', () => {
    expect(article(page('Photos by Anna Berg')).record.author).toBeNull();
    expect(article(page('Photos and video by Anna Berg')).record.author).toBeNull();
  });

});

describe('text bylines: "as told to"', () => {
  it('reads the writer who set the story down, not the one who tells it', () => {
    expect(article(page('Li Wei as told to Anna Berg', 'March 5, 2026 • 6 min read')).record.author).toBe('Anna Berg');
    expect(article(page('Li Wei as told to Anna Berg')).record.author).toBe('Anna Berg');
  });

  it('reads the label set in Title Case or capitals too', () => {
    expect(article(page('Li Wei As Told To Anna Berg', 'March 5, 2026')).record.author).toBe('Anna Berg');
    expect(article(page('Li Wei AS TOLD TO Anna Berg', 'March 5, 2026')).record.author).toBe('Anna Berg');
  });

  it('a sentence that says "as told to" is no byline (guard)', () => {
    expect(article(page('The story as told to the board of trustees', 'March 5, 2026')).record.author).toBeNull();
  });
});

describe('text bylines: the same credits in other languages', () => {
  it('reads the name after a combined label with its colon, or after the label of who set an interview down', () => {
    expect(article(page('Text und Fotos: Anna Berg')).record.author).toBe('Anna Berg');
    expect(article(page('Texto y fotos: Ana Gómez')).record.author).toBe('Ana Gómez');
    expect(article(page('Texte et photos : Anne Berger')).record.author).toBe('Anne Berger');
    expect(article(page('Propos recueillis par Anne Berger')).record.author).toBe('Anne Berger');
    expect(article(page('Aufgezeichnet von Anna Berg')).record.author).toBe('Anna Berg');
  });

  it('the photo label alone, or the combined label with no name, names no writer (guard)', () => {
    expect(article(page('Fotos: Anna Berg')).record.author).toBeNull();
    expect(article(page('Text und Fotos')).record.author).toBeNull();
  });
});
