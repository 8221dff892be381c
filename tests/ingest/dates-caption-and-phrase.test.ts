/**
 * Two shapes of a line that ends on a date that is not the page's (lib/dates/caption-date.ts,
 * lib/dates/date-in-phrase.ts): a picture's caption, and a phrase that governs its date.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { datesAPicture } from '../../scripts/ingest/lib/dates/caption-date.ts';
import { dateInPhrase } from '../../scripts/ingest/lib/dates/date-in-phrase.ts';

const picture = (line: string, lang = 'en') => datesAPicture(line, findStampDate(line, lang)!);

describe("a picture's caption", () => {
  it.each([
    ['Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023', 'de'],
    ['Protesters gather outside the parliament in Kyiv, April 24, 2023', 'en'],
    ['Researchers at work in the new laboratory, 24 February 2024.', 'en'],
  ])('"%s" closes on the picture\'s day', (line, lang) => expect(picture(line, lang)).toBe(true));

  it.each([
    'Chris Carroll, 30 Sep 2022',
    'Ana Lima and Jo Park, 3 March 2024',
    'von Anna Berg und Jan Roe, 24. April 2023',
    'Posted in news and events, April 2, 2023',
    'by the editors of the magazine, April 2, 2023',
    'News | Science and technology, April 2, 2023',
    'Updated in the evening by the desk, April 2, 2023',
    'April 24, 2023, protesters gather outside the parliament',
    'Protesters gather outside the parliament in Kyiv on April 24, 2023',
    'Photo 3 of the lab in the evening light, April 24, 2023',
  ])('"%s" is no caption', (line) => expect(picture(line, line.startsWith('von') ? 'de' : 'en')).toBe(false));
});

describe('a date a phrase governs', () => {
  it.each(['Climate lab to open on ', 'Summit will be held on ', 'Deadline extended until ', 'Talks to resume after ', 'Gespräche gehen weiter bis '])('"%s…" governs its date', (before) =>
    expect(dateInPhrase(before)).toBe(true));
  it.each(['Ann Lee on ', 'by admin on ', 'posted on ', 'last updated on ', 'created on ', 'Mis à jour le ', 'mise à jour le ', 'Erstellt am ', 'aggiornato il ', 'Report is due by ', '0 Comment(s)Print E-mail, '])(
    '"%s…" is a stamp row\'s',
    (before) => expect(dateInPhrase(before)).toBe(false),
  );
});
