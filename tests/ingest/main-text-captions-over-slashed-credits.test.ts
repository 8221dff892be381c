/**
 * Main-text precision: a picture's caption over its credit alone on the next line, the credit written
 * as the photographer and the agency (or the agency and its supplier) parted by a slash, with no
 * picture word or © to name it ("Hafenbild/Jana Rose", "Quelle: Jana Rose/dpa", "Jane Roe / Harbor
 * Images"). Neither line was known as a caption, so the run kept both between the paragraphs. A short
 * sentence right over such a line, with the article going on under it, is the caption: both leave,
 * each reported (main-text/inside/captions-over-credits.ts). A subheading with no full stop over a pair of
 * words with a slash, a list's items, a question over a slashed line (a headline over its lead
 * picture's credit), and a paragraph over a slashed line closing the page stay.
 * Invented pages; the caption cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const A = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;
const EN_HEAD = BRIDGE_HEAD;

describe('main-text precision: a caption over its slashed credit alone', () => {
  it('leaves out the caption and its credit, "Agentur/Name" and "Quelle: Name/agentur"', () => {
    const page = [GERMAN_HEAD, A[0], 'Das neue Kraftwerk am Fluss im Morgennebel.', 'Hafenbild/Jana Rose', A[1], A[2], 'Bauarbeiter verlegen die Rohre in der Nordstadt.', 'Quelle: Jana Rose/dpa', A[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    expect(why.get('Das neue Kraftwerk am Fluss im Morgennebel.')).toMatch(/caption over its credit/);
    expect(why.get('Hafenbild/Jana Rose')).toMatch(/credit alone under its caption/);
    expect(why.get('Quelle: Jana Rose/dpa')).toMatch(/credit alone under its caption/);
  });

  it('leaves out an English caption over "Jane Roe / Harbor Images"', () => {
    const page = [EN_HEAD, EN[0], EN[1], 'The bridge seen from the harbour wall on Sunday evening.', 'Jane Roe / Harbor Images', EN[2], EN[3]].join('\n');
    expect(chooseArticle(page).kept).toEqual(EN);
  });

  it('keeps a subheading over words with a slash, a list, and a slashed line closing the page', () => {
    const sub = 'Neue Leitungen für die Nordstadt';
    const items = ['Die Arbeiten dauern bis Mai.', 'Nord/Süd', 'Ost/West'];
    const page = [GERMAN_HEAD, A[0], A[1], sub, 'Nord/Süd', A[2], ...items, A[3], 'Die Arbeiten beginnen im Mai.', 'Hafenbild/Jana Rose'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(sub);
    expect(kept).toContain('Nord/Süd');
    expect(kept).toContain('Die Arbeiten dauern bis Mai.');
  });

  it('keeps a heading with a slash that its paragraph names, and a sentence with a slash', () => {
    const heading = 'D. Harbour / Ferry Service';
    const para = 'The ferry service runs every hour from the harbour wall, and the council says it will keep running while the bridge is closed at night.';
    const sentence = 'Pick up your gown/suit. Smile.';
    const page = [EN_HEAD, EN[0], 'Most of the town walks to work.', heading, para, EN[1], 'The bridge opens on Monday.', sentence, EN[2], EN[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(heading);
    expect(kept).toContain('Most of the town walks to work.');
    expect(kept).toContain(sentence);
    expect(kept).toContain('The bridge opens on Monday.');
  });

  it('keeps a sentence over a slashed line when no paragraph follows (a list of places)', () => {
    const page = [EN_HEAD, EN[0], EN[1], 'Best for brunch on a rainy day.', 'Downtown / Film Row', 'The Jones Assembly', EN[2], EN[3]].join('\n');
    expect(chooseArticle(page).kept).toContain('Best for brunch on a rainy day.');
  });

  it('keeps a question over a slashed credit: a headline over its lead picture\'s credit, not a caption', () => {
    const question = 'Why does the town need a second bridge over the river?';
    const page = [EN_HEAD, EN[0], question, 'Jane Roe/Harbor Wire', EN[1], EN[2], EN[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(question);
  });
});
