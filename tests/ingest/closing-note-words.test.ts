/**
 * The cheap scan in front of CLOSING_NOTE (lib/page-text/boxes/closing-note.ts): every alternative of
 * the pattern, down to those of its groups of phrases, holds one of CLOSING_NOTE_WORDS as written, so
 * the scan passes every line the pattern matches; and the two agree on lines made of the notes' words.
 */
import { describe, expect, it } from 'vitest';
import { CLOSING_NOTE, CLOSING_NOTE_WORDS, isClosingNote } from '../../scripts/ingest/lib/page-text/boxes/closing-note.ts';
import { alwaysHoldsAWord, wordsOfScan } from '../helpers/regex-words.ts';

const WORDS = wordsOfScan(CLOSING_NOTE_WORDS);

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('the words in front of CLOSING_NOTE', () => {
  it('are held by every match of the pattern: each alternative, down to its groups, always matches one', () => {
    expect(alwaysHoldsAWord(CLOSING_NOTE.source, WORDS)).toBe(true);
    // The check itself: a word only optional, or in one alternative of a group, is not held.
    expect(alwaysHoldsAWord(String.raw`\bdo(?:es)? not (?:constitute|provide)\b.{0,60}\b(?:legal|tax) advice\b`, ['advice'])).toBe(true);
    expect(alwaysHoldsAWord('(?:advice|a substitute)', ['advice'])).toBe(false);
    expect(alwaysHoldsAWord('x(?:advice)?', ['advice'])).toBe(false);
    expect(alwaysHoldsAWord('advices?', ['advices'])).toBe(false);
    expect(alwaysHoldsAWord(String.raw`tip\?`, ['tip?'])).toBe(true);
    expect(alwaysHoldsAWord('[a]dvice|advice', ['advice'])).toBe(false);
    expect(alwaysHoldsAWord('(?<!x)(?:advice|support)', ['advice', 'support'])).toBe(true);
  });

  it('let through every line the pattern matches, on lines of the notes’ words', () => {
    const next = random(41);
    const parts = [
      'affiliate links', 'Affiliate-Links', 'we may earn a small commission', 'I earn commissions', 'views expressed', 'are those of the author', 'opinions expressed',
      'do not necessarily reflect', 'for informational purposes only', 'not evaluated by the food and drug administration', 'not intended as', 'medical advice',
      'a substitute', 'substitute for professional medical advice', 'does not constitute', 'legal advice', 'please support us', 'support us', 'donate today',
      'make a donation', 'become a patron', 'support our journalism', 'invest in local journalism', 'if you enjoyed this article', 'join our', 'forums',
      'read our sister title', 'have a tip?', 'the story you just read', 'provide our readers', 'for free', 'as a preferred source on google', 'cek berita dan artikel',
      'we want to hear from you', 'vertraulich und sicher', 'diese meldung redaktionell nicht bearbeitet', 'automatisch von der', 'übernommen',
      'mit informationen der', 'nachrichtenagentur', 'detta är en nyhetsartikel', 'partnermarke', 'totalverlust des eingesetzten kapitals',
      'unterstützen sie uns', 'apoya el periodismo', 'soutenez notre journalisme', 'sostieni il giornalismo', 'apoie o jornalismo', 'faire un don',
      'faça uma doação', 'sostienici', 'partnerlinks', 'liens d’affiliation', 'enlaces de afiliados', 'links de afiliados',
      ' ', '  ', ', ', '.', 'ſ', 'K', 'İ', 'ẞ', 'ß', 'Ü', 'x', '\u00a0',
    ];
    for (let i = 0; i < 20000; i++) {
      let line = '';
      const length = 1 + Math.floor(next() * 5);
      for (let j = 0; j < length; j++) {
        const part = parts[Math.floor(next() * parts.length)];
        line += next() < 0.3 ? part.toUpperCase() : part;
      }
      expect(isClosingNote(line), JSON.stringify(line)).toBe(CLOSING_NOTE.test(line));
    }
  });
});
