/**
 * Main-text precision: a box on a person, as news sites print one beside an interview or under a
 * comment: her name alone, her trade alone (perhaps the box's buttons between), a short note on her.
 * A note that names her again is the box's wherever it stands; any such box under the article, with
 * only another story's teaser under it, closes the article. A quoted person's name and role inside
 * the article, with the article going on under them, stay. Invented pages; the box cases failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;

describe('main-text precision: a box on a person', () => {
  it('leaves out an expert\'s box inside an interview, its buttons between, and keeps the interview under it', () => {
    const note = 'Die Ökonomin Mara Feld ist Professorin für Energiewirtschaft an der Hochschule Talheim und berät die Stadtwerke.';
    const page = `${GERMAN_HEAD}\n${A[0]}\nMara Feld\nWirtschaftswissenschaftlerin\nPersonen-Box aufklappen\nPersonen-Box zuklappen\n${note}\n${A[1]}\n${A[2]}\n${A[3]}`;
    const { kept, why } = chooseArticle(page);
    // (The box's buttons are chrome: the clean stage takes them out under their own rule.)
    expect(kept.filter((l) => !l.startsWith('Personen-Box'))).toEqual(A);
    expect(why.get(note)).toMatch(/a box on a person/);
    expect(why.get('Wirtschaftswissenschaftlerin')).toMatch(/a box on a person/);
  });

  it('reads a name with any particle of names as the box\'s name ("Omar bin Said", "Jan ten Brink")', () => {
    for (const name of ['Omar bin Said', 'Jan ten Brink', 'Ana de la Cruz']) {
      const family = name.split(' ').at(-1);
      const note = `Der Historiker ${family} forscht an der Universität Talheim über Handelswege und schreibt für mehrere Zeitungen.`;
      const page = `${GERMAN_HEAD}\n${A[0]}\n${name}\nHistoriker\n${note}\n${A[1]}\n${A[2]}\n${A[3]}`;
      const { kept, why } = chooseArticle(page);
      expect(kept).toEqual(A);
      expect(why.get(note)).toMatch(/a box on a person/);
    }
  });

  it('ends the article above the author\'s box when only another story\'s teaser follows it', () => {
    const note = 'Seit 2019 im Haus. Schreibt vor allem über Verkehr, Wohnen und die Stadtwerke.';
    const teaser = 'Die Stadt sucht einen neuen Pächter für das Freibad, die Bewerbungsfrist endet im Mai.';
    const page = `${GERMAN_HEAD}\n${A.join('\n')}\nKommentar von\nJana Berg\nRedakteurin\n${note}\nThemen\nFreibad sucht Pächter\n${teaser}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    expect(why.get(note)).toMatch(/box on the author/);
    expect(why.get(teaser)).toBeDefined();
  });

  it('keeps a quoted person\'s name, role and words inside the article when the article goes on under them', () => {
    const quote = 'Das Netz wächst schneller als geplant, und die Schulen können früher angeschlossen werden als gedacht.';
    const page = `${GERMAN_HEAD}\n${A[0]}\n${A[1]}\nJana Berg\nIngenieurin\n${quote}\n${A[2]}\n${A[3]}`;
    expect(chooseArticle(page).kept).toContain(quote);
  });

  it('keeps a paragraph that names the person when no trade stands under her name', () => {
    const paragraph = 'Mara Feld leitet das Projekt seit zwei Jahren und hat die Pläne im Rathaus vorgestellt, gemeinsam mit dem Bürgermeister.';
    const page = `${GERMAN_HEAD}\n${A[0]}\nMara Feld\n${paragraph}\n${A[1]}\n${A[2]}\n${A[3]}`;
    expect(chooseArticle(page).kept).toContain(paragraph);
  });
});
