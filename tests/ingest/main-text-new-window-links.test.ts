/**
 * Main-text precision: a link whose text innerText gives with the page's note that it opens in a new
 * window ("Engineer (m/w/d) Harbor Works GmbH (öffnet im neuen Fenster)", "Share on Facebook (opens in
 * a new window)"): a job board's entries, share buttons, other stories. A line that is such a link and
 * nothing more is furniture; a sentence with a link inside it keeps its words. Invented page; failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = [...GERMAN_PARAGRAPHS.slice(0, 3),
  'Ein Sprecher des Herstellers Harbor Works(öffnet im neuen Fenster) sagte, die Pumpen für das Netz würden im Sommer geliefert und noch vor dem Winter in Betrieb genommen.',
];
const HEAD = GERMAN_HEAD;

describe('main-text precision: links that open in a new window', () => {
  it("leaves out a job board's entries between paragraphs and keeps a sentence with a link inside it", () => {
    const jobs = [
      'Neue Stellen bei Harbor Jobs',
      'Fachkraft für Netzwerktechnik (m/w/d) Stadtwerke Talheim (öffnet im neuen Fenster)',
      'Projektleitung Fernwärme (w/m/d) Harbor Energie GmbH (öffnet im neuen Fenster)',
      'Entwicklungsingenieur Software (m/w/d) Nordlicht AG (öffnet im neuen Fenster)',
    ];
    const { kept, why } = chooseArticle(`${HEAD}\n${A[0]}\n${A[1]}\n${jobs.join('\n')}\n${A[2]}\n${A[3]}\nStartseite`);
    expect(kept).toEqual(A);
    expect(why.get(jobs[1])).toMatch(/new window/);
  });

  it('leaves out share buttons whose note has no article ("Wird in neuem Fenster geöffnet", "s\'ouvre dans une nouvelle fenêtre")', () => {
    const buttons = [
      'Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)',
      'Klicken, um auf WhatsApp zu teilen (Wird in neuem Fenster geöffnet)',
      'Partager sur Facebook (s’ouvre dans une nouvelle fenêtre)',
      'Deel op Facebook (opent in een nieuw venster)',
      'Udostępnij na Facebooku (otwiera się w nowym oknie)',
    ];
    const { kept, why } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${buttons.join('\n')}\nStartseite`);
    expect(kept).toEqual(A);
    for (const b of buttons) expect(why.get(b), b).toMatch(/new window/);
  });
});
