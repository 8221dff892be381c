/**
 * A headline may share no word with its article's lead as written, only as a compound's part or
 * another form of the word ("Hafenausbau" over "Hafen", "verzögert" over "Verzögerungen"): such a
 * line is still a candidate and, when nothing better stands over the article, the headline. A path of
 * links innerText ran together ("HomeNewsHafen") is no compound, and English words count as written.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { gluedWord, kinWords } from '../../scripts/ingest/lib/page-text/headline/kin-words.ts';

const titleOf = (page: string) => article(page).record.title;

const BODY = [
  'Der Hafen im Norden der Stadt sollte schon im Frühjahr größere Schiffe aufnehmen, doch die Bagger stehen seit Wochen still und die Kaimauer ist erst zur Hälfte erneuert.',
  'Die Verzögerungen haben mehrere Gründe: Lieferungen von Stahl kommen später als geplant, und ein Gutachten zum Grundwasser liegt noch nicht vor.',
  'Im Rathaus rechnet man nun mit einer Eröffnung im Herbst, falls der Winter mild bleibt und die Firmen genug Arbeiter finden.',
].join('\n\n');

describe('a headline that shares its words with the lead only as their kin', () => {
  it('is chosen over the tagline that shares a word as written', () => {
    const page = `Startseite\nNachrichten aus dem Norden\nPolitik\nWirtschaft\nHafenausbau verzögert sich erneut\n${BODY}`;
    expect(titleOf(page)).toBe('Hafenausbau verzögert sich erneut');
  });

  it('tells a compound or another form from a glued path of links', () => {
    expect(kinWords('hafenausbau', 'hafen')).toBe(true);
    expect(kinWords('verzögert', 'verzögerungen')).toBe(true);
    expect(kinWords('bundesregierung', 'regierung')).toBe(true);
    // Short words are parts of too many compounds.
    expect(kinWords('gartenhaus', 'haus')).toBe(false);
    expect(kinWords('hafen', 'kaimauer')).toBe(false);
    expect(gluedWord('StartseiteWirtschaftHafen', 'startseitewirtschafthafen', 'startseitewirtschafthafen')).toBe(true);
    expect(gluedWord('Hafenausbau verzögert', 'hafenausbau verzögert', 'hafenausbau')).toBe(false);
  });
});
