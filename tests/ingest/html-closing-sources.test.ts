/**
 * HTML seeds: a short line naming the article's sources under a label ("Quelle: dpa", "Source: Reuters,
 * AFP") among its last lines is where its facts came from, not its story: left out and reported.
 * The same label over a sentence of the article, or far from its end, stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'Die Stadtwerke haben am Montag angekündigt, dass die neue Straßenbahnlinie zum Hafen im Herbst ihren Betrieb aufnehmen soll.',
  'Die Bauarbeiten an der Trasse hatten vor zwei Jahren begonnen und waren zuletzt wegen fehlender Schienen ins Stocken geraten.',
  'Anwohner des Hafenviertels hoffen, dass mit der Linie weniger Autos durch die engen Straßen der Altstadt fahren werden.',
  'Die Stadt rechnet mit rund zwölftausend Fahrgästen am Tag, vor allem im Berufsverkehr am Morgen und am frühen Abend.',
];

const page = (closing: string, lang = 'de') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Neue Straßenbahn zum Hafen fährt ab Herbst</title></head><body>
<article><h1>Neue Straßenbahn zum Hafen fährt ab Herbst</h1>
<div class="story-body"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p>${closing}</div>
</article></body></html>`;

const removedAsSources = (report: ReturnType<typeof article>['report'], text: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text === text && e.detail === "the article's sources, closing it");

describe("the article's sources, closing it", () => {
  it('leaves out a short labelled line of sources at the end, in any of the labels, and reports it', () => {
    for (const line of ['Quelle: dpa, afp', 'SOURCE: Reuters, AFP', 'Fuente: EFE']) {
      const { body, report } = article(page(`<p>${line}</p>`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(line);
      expect(removedAsSources(report, line)).toBe(true);
    }
  });

  it('keeps a sentence under the label, and a labelled line above the article\'s last paragraphs', () => {
    const sentence = 'Quelle: Nach Angaben der Stadtwerke wurden für die Trasse bisher mehr als vierzig Millionen Euro ausgegeben, deutlich mehr als geplant.';
    const { body } = article(page(`<p>${sentence}</p>`), 'page.html');
    expect(body).toContain(sentence);
    const early = page('').replace(`<p>${P[0]}</p>`, `<p>${P[0]}</p><p>Quelle: Stadtwerke</p>`);
    expect(article(early, 'page.html').body).toContain('Quelle: Stadtwerke');
  });
});
