/**
 * The text path's byline from the author's box under the article when nothing else names anyone: the
 * name alone on its line (a short caption under it, maybe), then a sentence about them that opens with
 * their first name or their full name (lib/bylines/labelled-byline.ts).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (...footer: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${PROSE}\n${PROSE}\n${PROSE}\n${footer.join('\n')}\nContact\nPrivacy`;

describe('text bylines: the author\'s box under the article', () => {
  it('reads the name over a sentence about them that opens with their first name', () => {
    expect(article(page('Share', 'Anna Kestrel', 'Anna is a science writer who covers ocean research and spends her weekends sailing.')).record.author).toBe('Anna Kestrel');
  });

  it('reads it past a short caption under the name, and with the full name opening the sentence', () => {
    expect(article(page('Anna Kestrel', 'Search Copywriter', 'Anna Kestrel has written about climate science for ten years and lives by the sea.')).record.author).toBe('Anna Kestrel');
  });

  it('reads the name with the role run into its line', () => {
    expect(article(page('Share', 'Anna Kestrel Ocean Researcher & Science Writer', 'Anna explores how tides shape coastal towns and writes about the people who measure them.')).record.author).toBe('Anna Kestrel');
  });

  it('reads the name over the note that goes on from it, its verb in lower case', () => {
    expect(article(page('Ottilie Brenner', 'is the editor and founder of a small journal on gardens.', 'She lives by the sea and grows old roses.')).record.author).toBe('Ottilie Brenner');
    expect(article(page('Harbour Gardens', 'grows old roses from cuttings in the spring.')).record.author).toBeNull();
  });

  it('reads the name an "About" heading gives over the note on them', () => {
    expect(article(page('Related Stories', 'Join us on:', 'About Ottilie', 'Ottilie Brenner is a writer and gardener who graduated in botany and has been writing for ten years.', 'Blog Categories')).record.author).toBe('Ottilie');
    expect(article(page('About Us', 'Us is a small team of gardeners who write about the plants they grow.')).record.author).toBeNull();
    expect(article(page('About Harbourly', 'Harbourly is a small firm of gardeners who write about the plants they grow.')).record.author).toBeNull();
    expect(article(page('About Ottilie', 'The garden was planted in the spring by a small team of volunteers from the village.')).record.author).toBeNull();
  });

  it('a heading over a sentence that does not open with its first word is no name', () => {
    expect(article(page('Ocean Stations', 'The stations record the temperature of the water every hour of the day and night.')).record.author).toBeNull();
    expect(article(page('Related Stories', 'Related research on the ocean is planned for the spring by the same team of scientists.')).record.author).toBeNull();
  });
});
