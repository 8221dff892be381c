/**
 * Main-text precision: the site's promotions closing the article (a newsletter's box: its label, its
 * name, a line on what it brings, the sign-up; an appeal to follow the site on a messenger channel
 * or its app; a question to the reader in the familiar "du" under an article that never said "du").
 * Each reads as short prose, so the run took them in. Invented German pages; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;
const HEAD = GERMAN_HEAD;

describe('main-text precision: promotions closing the article', () => {
  it("leaves out a newsletter's box: label, name, description and sign-up", () => {
    const box = ['Newsletter', 'Harbor am Morgen', 'Jeden Morgen die drei wichtigsten Meldungen aus der Stadt, kurz und klar erklärt.', 'Alle Newsletter'];
    const { kept, why } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${box.join('\n')}\nStartseite\nImpressum`);
    expect(kept).toEqual(A);
    expect(why.get(box[2])).toMatch(/promotion/);
  });

  it("leaves out a newsletter's description above the sign-up form the page shows under it", () => {
    const box = ['Harbor Kompakt', 'Werktags um 7 Uhr', 'Beginnen Sie Ihren Morgen mit den drei wichtigsten Meldungen aus der Stadt und am Samstag mit unserem Rückblick.'];
    const { kept } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${box.join('\n')}\nAnrede\nVorname\nNachname\nE-Mail-Adresse\nJetzt anmelden`);
    expect(kept).toEqual(A);
  });

  it('leaves out appeals to follow the site on a messenger channel and in its app', () => {
    const appeals = [
      'Die Harbor Post auf WhatsApp',
      'Folgen Sie der Harbor Post auch im Messenger: Unser Kanal bringt Ihnen jeden Abend die Meldungen des Tages.',
      'Die Harbor Post jetzt als App: alle Meldungen aus der Stadt direkt auf dem Telefon.',
    ];
    const { kept } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${appeals.join('\n')}\nSchlagwörter\nStadtwerke`);
    expect(kept).toEqual(A);
  });

  it('leaves out a closing question to the reader as "du" under an article that never says "du"', () => {
    const ask = 'Und wie kommst du durch den Winter? Schreib uns deine besten Ideen in die Kommentare.';
    const { kept } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${ask}\nDeine Meinung zählt\n1 Kommentar`);
    expect(kept).toEqual(A);
  });

  it("leaves out the site's sign-up appeal between paragraphs, and the article runs on past it", () => {
    const appeal = 'Die Harbor-Post-App: alle Meldungen aus der Stadt direkt auf Ihr Telefon. Hier gratis herunterladen.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A[0]}\n${A[1]}\n${appeal}\n${A[2]}\n${A[3]}\nStartseite`);
    expect(kept).toEqual(A);
    expect(why.get(appeal)).toMatch(/promotion/);
  });

  it("keeps the article's own last paragraphs: one on a messenger with no appeal, and an article that speaks as du throughout", () => {
    const last = 'Die Polizei warnte am Abend vor gefälschten Meldungen über WhatsApp, die im Namen der Stadtwerke verschickt worden seien, und bat um Hinweise.';
    expect(chooseArticle(`${HEAD}\n${A.join('\n')}\n${last}\nStartseite`).kept).toEqual([...A, last]);
    const du = [
      'Wenn du im Winter frierst, lohnt sich ein Blick auf die Heizung: Oft reicht es schon, die Ventile zu entlüften und die Möbel von den Heizkörpern wegzurücken.',
      'Auch dein Schlafzimmer sollte nicht zu warm sein, denn wer bei achtzehn Grad schläft, wacht nach den Messungen der Forscher erholter auf als bei zweiundzwanzig.',
      'Und wie kommst du durch den Winter? Schreib uns deine besten Ideen in die Kommentare.',
    ];
    expect(chooseArticle(`${HEAD}\n${A.join('\n')}\n${du.join('\n')}\nStartseite`).kept).toEqual([...A, ...du]);
  });
});
