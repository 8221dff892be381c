/**
 * A post's header rows that main-text's date test does not read as a stamp: a row of fields with its
 * date, its weekday and time, split by pipes or middle dots ("Do 24. Mai 2018, 08:30 | UNTERWEGS | 1
 * Kommentar", "8. Januar 2020 · by Anna · in Diary"), and the post's categories ("Filed under: Diary,
 * Books — anna @ 00:11"). The line right over them is the headline, however few of the article's words
 * it uses, not the row itself nor a line further up.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const titleOf = (page: string) => article(page).record.title;

const GERMAN = [
  'Eine meiner besten Entscheidungen bisher war es, mir die kleine Hündin ins Haus zu holen, denn sie bringt mich jeden Tag an die frische Luft.',
  'Wasserdicht, atmungsaktiv & in Gute-Laune-Gelb: die neue Jacke.',
  'Ich kann mich gar nicht mehr daran erinnern, wann ich das letzte Mal einen ganzen Sonntag einfach nur zu Hause verbracht habe.',
].join('\n');

describe('a headline over its stamp row', () => {
  it('is the line over a row of date, category and comments split by pipes', () => {
    const page = `MUSIK\nAbout\nPRESS\nKONTAKT\nBLOGROLL\nWORK\nOUTDOOR LOVERS\nDo 24. Mai 2018, 08:30 | ANZEIGE, UNTERWEGS | 1 Kommentar\n${GERMAN}`;
    expect(titleOf(page)).toBe('OUTDOOR LOVERS');
  });

  it('is the line over a row of date, byline and category split by middle dots', () => {
    const body = [
      'Wir alle haben Bedürfnisse. Mal mehr, mal weniger, aber der Effekt ist derselbe: Wenn sie nicht erfüllt werden, sind wir traurig.',
      'Die Situationen, in denen man so bleibt, können vielfältig sein. Ich erlebe es oft auf Partys und im Alltag mit Freunden.',
    ].join('\n');
    const page = `Deviante Pfade\nNewsletter\nÜber uns\nImpressum und Datenschutz\nKommunikation – Lebensentwürfe – Rollenbilder\nDurchsuchen: Home » Ganz unbefriedigt\nGanz unbefriedigt\n8. Januar 2020 · by Anna · in Gefühle\n${body}`;
    expect(titleOf(page)).toBe('Ganz unbefriedigt');
  });

  it('is the line over the post’s categories, under its date', () => {
    const body = [
      'Weihnachten und Silvester habe ich diesmal wieder auf dem Land verbracht, zehn lange Tage, denn wir sind schon am Samstag davor hinausgefahren.',
      'Über meine Erlebnisse dort habe ich schon geschrieben, und dann war es eigentlich ein ruhiges Wochenende mit vielen Büchern und langen Spaziergängen.',
    ].join('\n\n');
    const page = `Literaturblog\n2019-01-01\nGuter Vorsatz\nFiled under: Alltag, Bücher, Schreibbericht — anna @ 00:11\nTags: Vorsätze\n${body}`;
    expect(titleOf(page)).toBe('Guter Vorsatz');
  });
});
