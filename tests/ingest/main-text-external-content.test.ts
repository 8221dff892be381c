/**
 * Main-text precision: the placeholder a German page shows where an embedded video or post waits for
 * the reader's consent ("Empfohlener redaktioneller Inhalt", "An dieser Stelle finden Sie ein…
 * Video als externen Inhalt", "Ich bin damit einverstanden, dass mir … angezeigt werden"). Its
 * lines read as prose between the article's paragraphs; they are furniture, and the article runs on
 * past them. Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;
const HEAD = GERMAN_HEAD;

describe('main-text precision: the consent placeholder of embedded content', () => {
  it('leaves out its lines between paragraphs', () => {
    const box = [
      'Empfohlener redaktioneller Inhalt',
      'An dieser Stelle finden Sie ein Video aus dem Stadtrat als externen Inhalt zum Artikel.',
      'Mit einem Klick lässt es sich einblenden oder wieder verbergen.',
      'Externe Inhalte erlauben',
      'Ich bin damit einverstanden, dass mir auf dieser Seite fremde Inhalte künftig angezeigt werden. Auch personenbezogene Daten könnten dabei an Drittplattformen gehen.',
    ];
    const { kept, why } = chooseArticle(`${HEAD}\n${A[0]}\n${A[1]}\n${box.join('\n')}\n${A[2]}\n${A[3]}\nStartseite`);
    expect(kept).toEqual(A);
    expect(why.get(box[4])).toMatch(/external content/);
  });
  it('leaves out the consent to one piece of content ("… der externe Inhalt angezeigt wird")', () => {
    const consent = 'Ich bin damit einverstanden, dass mir der externe Inhalt zum Hafenfest angezeigt wird. Damit lassen sich auch persönliche Angaben an andere Dienste weitergeben, wie die Einstellungen erklären.';
    const { kept, why } = chooseArticle(`${HEAD}\n${A[0]}\n${A[1]}\n${consent}\n${A[2]}\n${A[3]}\nStartseite`);
    expect(kept).toEqual(A);
    expect(why.get(consent)).toMatch(/external content/);
  });
  it('leaves out a social post’s placeholder ("… freischalten", "… keine Verbindung zu … her")', () => {
    const box = [
      'Mastodon freischalten',
      'Wir achten auf deine Daten und stellen daher ohne dein Einverständnis keine Verbindung zu Mastodon her. Hier lässt sich das in den Einstellungen ändern.',
      'Datenschutzeinstellungen verwalten',
    ];
    const { kept, why } = chooseArticle(`${HEAD}\n${A[0]}\n${A[1]}\n${box.join('\n')}\n${A[2]}\n${A[3]}\nStartseite`);
    expect(kept).toEqual(A);
    for (const line of box) expect(why.get(line), line).toMatch(/external content/);
  });
  it('keeps an article’s sentence about a connection made without consent', () => {
    const said = 'Die Behörde habe ohne ihr Einverständnis keine Verbindung zu den Daten der Kunden hergestellt, sagte die Sprecherin am Montag in Bonn.';
    const { kept } = chooseArticle(`${HEAD}\n${A[0]}\n${A[1]}\n${said}\n${A[2]}\n${A[3]}\nStartseite`);
    expect(kept).toContain(said);
  });
});
