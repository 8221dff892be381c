/**
 * "Von Berlin bis Bonn: Die Bauern ernten ihren Reis zweimal": a headline that opens with the word a German
 * byline opens with ("Von Anna Berg"). What follows the label is no name (a word in lower case that no
 * name has, "bis"), and a title follows its colon: the line is a headline, not the article's byline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const BODY = [
  'Die Bauern im Tal ernten ihren Reis jetzt zweimal im Jahr, mit Saatgut, das in der Regenzeit schneller wächst, und mit einem Plan, den der Gemeinderat gezeichnet hat.',
  'Der Wandel kam langsam. Die ersten Bauern, die das neue Saatgut versuchten, wurden ausgelacht, bis ihre zweite Ernte ein neues Dach für die Schule bezahlte.',
  'Heute werden die meisten Reisfelder im Tal zweimal bepflanzt, und der Gemeinderat sagt, die Einkommen hätten sich in fünf Jahren verdoppelt.',
].join('\n\n');

describe('a headline opening with a byline’s preposition', () => {
  it('is no byline when a place, not a name, follows the label and a title follows the colon', () => {
    const de = detectLanguage(BODY);
    expect(blockFeatures('Von Berlin bis Bonn: Die Bauern ernten ihren Reis zweimal', de).byline).toBe(false);
    expect(blockFeatures('Von Anna Berg', de).byline).toBe(true);
    expect(blockFeatures('Von Anna Berg und Max Muster', de).byline).toBe(true);
  });

  it('is the headline over the standfirst and the byline', () => {
    const page = [
      'Startseite',
      'Landwirtschaft',
      'Von Berlin bis Bonn: Die Bauern ernten ihren Reis zweimal',
      'Im Tal ernten die Bauern zweimal im Jahr. Der Gemeinderat hat dafür einen Plan gezeichnet.',
      'von Anna Berg , Max Muster',
      '21. Mai 2025',
      BODY,
    ].join('\n');
    expect(article(page).record.title).toBe('Von Berlin bis Bonn: Die Bauern ernten ihren Reis zweimal');
  });
});
