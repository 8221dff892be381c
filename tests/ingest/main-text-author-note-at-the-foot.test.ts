/**
 * Main-text precision: the note on the author that closes a page without a trade line under her name
 * (main-text/closing/author-note-at-the-foot.ts): her name under an author's label, written "Über Jana Berg
 * 257 Artikel", named again by the note or by the byline, then one short paragraph on her, at the
 * run's foot. A sub-heading over the article's last paragraph, a title-case heading whose paragraph
 * repeats its words, and the last of a list of people stay. Invented pages; the box cases failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;
const BODY = A.join('\n');

describe("main-text precision: the author's note at the article's foot", () => {
  it('ends the article above "Autor" / her name / a note that does not name her', () => {
    const note = 'Historikerin der modernen Stadt, schreibt seit vielen Jahren über Verkehr, Wohnen und die Stadtwerke der Region.';
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nTeilen\nAutor\nJana Berg\n${note}\nDrucken\nAusgabe\n306`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
    expect(why.get('Jana Berg')).toMatch(/note on the author/);
  });

  it('reads "Über Jana Berg 257 Artikel" as the note\'s name line', () => {
    const note = 'Seit 2010 als Journalistin tätig, hat sie 2017 ihr erstes Buch über die Stadtwerke veröffentlicht und lebt in Talheim.';
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nÜber Jana Berg 257 Artikel\n${note}\nFacebook Twitter\n6 Kommentare\nMax sagt:`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
  });

  it('ends the article above a note that opens on the whole name, only another story\'s teaser under it', () => {
    const note = 'Jana Berg ist Redaktionsleiterin bei der Zeitung. Wenn sie nicht schreibt, fährt sie mit dem Rad durch die Nordstadt.';
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nJana Berg\n${note}\nDie beliebtesten Artikel\nFreibad sucht Pächter`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
  });

  it('ends it above the name the byline gives, whatever the note says', () => {
    const head = 'Talheim plant neues Wärmenetz\nVon Jana Berg\n12.03.2024, 10:15 Uhr';
    const note = 'Mit-Initiatorin des Blogs. Schon immer technikbegeistert und neugierig auf alles, was Städte verändert.';
    const { kept, why } = chooseArticle(`${head}\n${BODY}\nJana Berg\n${note}\nÄhnliche Beiträge`);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/note on the author/);
  });

  it("keeps the article's last section under a sub-heading (German capitalises its nouns)", () => {
    const last = 'Das Angebot der Stadt ist günstig, die Anlage ist gut verarbeitet, und die Anwohner sollen im Herbst gehört werden.';
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nDer Preis\n${last}\nMehr zum Thema`);
    expect(kept).toContain(last);
  });

  it('keeps a title-case heading whose paragraph repeats its words', () => {
    const paragraph = 'List comprehensions are a way to process an iterable and build a list at the same time, and they read well.';
    const head = 'Faster Python loops\nBy Ann Lee\nMarch 12, 2024';
    const body = [
      'Map and filter are sometimes faster than a loop, but only when the result is not turned into a list at once, as benchmarks show.',
      'A loop written by hand is easier to read for most people, and the difference in speed is small for most programs that we write.',
      'The numbers below were measured on a laptop with the current release of the interpreter, each test repeated a thousand times.',
    ];
    const { kept } = chooseArticle(`${head}\n${body.join('\n')}\nList Comprehensions\n${paragraph}`);
    expect(kept).toContain(paragraph);
  });

  it('keeps the last of a list of people, each under her name and named by her paragraph', () => {
    const people = [
      ['Mara Feld', 'Mara Feld leitet das Projekt seit zwei Jahren und hat die Pläne im Rathaus vorgestellt, gemeinsam mit dem Bürgermeister.'],
      ['Tom Kranz', 'Tom Kranz plant die Leitungen in der Nordstadt und spricht jede Woche mit den Anwohnern über die Sperrungen der Straßen.'],
    ];
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\n${people.flat().join('\n')}`);
    expect(kept).toContain(people[1][1]);
  });
});
