/**
 * "Volleyball | Harbor Club" / "<headline>" / the stamp: sections of a few words each, split by bars,
 * over a longer headline-shaped line with the article's header under it (or a stamp between the two),
 * are the page's path to the article; they share its words as its subject's name does, and the line
 * under them is the headline. A headline with its site's name after a bar ("Harbor Club loses its top
 * scorer | Daily Planet") is no path: its first part is longer than a section's name.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'Die Volleyballerinnen des Harbor Club müssen im vierten Spiel der Finalserie um die Meisterschaft ohne ihre beste Angreiferin auskommen.',
  '"Was genau sie hat, darüber möchte ich im Moment nichts sagen. Klar ist, dass sie nicht dabei sein wird", sagt der Trainer des Harbor Club.',
  'Die Angreiferin gehört zu den beeindruckendsten Spielerinnen der Liga, und ohne sie wird das Spiel für den Harbor Club schwer.',
].join('\n\n');

const titleOf = (page: string) => article(page).record.title;

describe('a headline under a path of sections split by bars', () => {
  it('is the line under the path, over its stamp', () => {
    const page = `Startseite\nSport\nVolleyball | Harbor Club\nSchlechte Nachricht für den Harbor Club: Top-Angreiferin fällt im Finale aus\n21.4.2021, 16:41 Uhr\nauf Facebook teilen\n${BODY}`;
    expect(titleOf(page)).toBe('Schlechte Nachricht für den Harbor Club: Top-Angreiferin fällt im Finale aus');
  });

  it('is the line under the path, over its stamp right over the article', () => {
    const page = `Startseite\nSport\nVolleyball | Harbor Club\nSchlechte Nachricht für den Harbor Club: Top-Angreiferin fällt im Finale aus\n21.4.2021, 16:41 Uhr\n${BODY}`;
    expect(titleOf(page)).toBe('Schlechte Nachricht für den Harbor Club: Top-Angreiferin fällt im Finale aus');
  });

  it('is the line under the path and a stamp', () => {
    const page = `Startseite\nPresse\nPressemitteilung | Harbor Club e.V.\n12.12.2022 12:22\nSchlechte Nachricht für den Harbor Club: Top-Angreiferin fällt im Finale aus\n${BODY}`;
    expect(titleOf(page)).toBe('Schlechte Nachricht für den Harbor Club: Top-Angreiferin fällt im Finale aus');
  });

  it('is no path when its first part is a headline: the line under it is its deck', () => {
    const page = `Startseite\nSport\nHarbor Club verliert seine Top-Angreiferin vor dem Finale | Daily Planet\nDer Trainer des Harbor Club will nicht sagen, was seiner besten Spielerin fehlt, und baut das Team um.\n21.4.2021, 16:41 Uhr\n${BODY}`;
    expect(titleOf(page)).toBe('Harbor Club verliert seine Top-Angreiferin vor dem Finale | Daily Planet');
  });
});
