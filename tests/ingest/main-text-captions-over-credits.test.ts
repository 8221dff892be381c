/**
 * Main-text precision: a picture's caption set on its own line over its credit alone ("Der Kai im
 * Morgennebel." / "© Hafenbild/Jana Rose", "Foto: Jana Rose"). The credit is known as a caption
 * already; the caption above it reads as a short paragraph, and the run kept it. A short sentence
 * right over a credit alone, with the article going on under the credit, is left out with its reason
 * (main-text/inside/captions-over-credits.ts). A subheading (no full stop), a long paragraph over a picture
 * that has no caption, a copyright line with its year and the page's last line over a credit stay
 * as they were. Invented pages; the caption cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const A = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;
const EN_HEAD = BRIDGE_HEAD;

describe('main-text precision: a caption on its own line over its credit alone', () => {
  it('leaves out the caption over a © credit and over a labelled credit', () => {
    const page = [GERMAN_HEAD, A[0], 'Das neue Kraftwerk am Fluss im Morgennebel.', '© Hafenbild/Jana Rose', A[1], A[2], 'Bauarbeiter verlegen die Rohre in der Nordstadt.', 'Foto: Jana Rose', A[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    // (A credit alone is the chrome rule's: the clean stage takes it out under its own name.)
    expect(kept.filter((l) => l !== 'Foto: Jana Rose')).toEqual(A);
    expect(why.get('Das neue Kraftwerk am Fluss im Morgennebel.')).toMatch(/caption over its credit/);
    expect(why.get('Bauarbeiter verlegen die Rohre in der Nordstadt.')).toMatch(/caption over its credit/);
  });

  it('leaves out an English caption over "Photo: …"', () => {
    const page = [EN_HEAD, EN[0], EN[1], 'The bridge seen from the harbour wall on Sunday evening.', 'Photo: Jane Roe', EN[2], EN[3]].join('\n');
    expect(chooseArticle(page).kept.filter((l) => l !== 'Photo: Jane Roe')).toEqual(EN);
  });

  it('keeps a subheading, a paragraph over a picture with no caption, and the page\'s last line', () => {
    const sub = 'Neue Leitungen für die Nordstadt';
    const para = 'Die Stadt rechnet mit dem Ende der Arbeiten im Herbst, sagte die Sprecherin am Montag in Talheim, und bittet die Anwohner bis dahin um Geduld mit den Sperrungen.';
    const last = 'Die Arbeiten beginnen im Mai.';
    const page = [GERMAN_HEAD, A[0], A[1], sub, '© Hafenbild', A[2], para, 'Foto: Jana Rose', A[3], last, '© Hafenbild'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(sub);
    expect(kept).toContain(para);
    expect(kept).toContain(last);
  });
});
