/**
 * HTML seeds: the site's navigation closing the article inside its own box (lib/html/furniture/closing-navigation.ts):
 * a link back to the page it belongs to ("Back to our top picks", "Zurück zur Übersicht"), to another page
 * or to a place on this one, and the pager of an article split over pages ("Pages: 1 2 3"). Left out and
 * reported. The same words in a sentence of the story, unlinked or linked in part, a long linked line,
 * and a back link with the article's paragraphs under it stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const EN = [
  'The harbour authority said on Monday that the new ferry line to the islands would start running in the autumn, a year late.',
  'Work on the landing stages began two years ago and stalled last winter when the steel for the piers arrived months behind schedule.',
  'Residents of the outer islands hope the line will cut the trip to the mainland from three hours to a little over one.',
  'The authority expects about four thousand passengers a day in summer, most of them commuters and day visitors from the city.',
];
const DE = [
  'Die Stadtwerke haben am Montag angekündigt, dass die neue Straßenbahnlinie zum Hafen im Herbst ihren Betrieb aufnehmen soll.',
  'Die Bauarbeiten an der Trasse hatten vor zwei Jahren begonnen und waren zuletzt wegen fehlender Schienen ins Stocken geraten.',
  'Anwohner des Hafenviertels hoffen, dass mit der Linie weniger Autos durch die engen Straßen der Altstadt fahren werden.',
  'Die Stadt rechnet mit rund zwölftausend Fahrgästen am Tag, vor allem im Berufsverkehr am Morgen und am frühen Abend.',
];

const page = (paragraphs: string[], closing: string, lang: string, title: string) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>${title}</title></head><body>
<article><h1>${title}</h1>
<div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${closing}</div>
</article></body></html>`;
const en = (closing: string) => page(EN, closing, 'en', 'New ferry line to the islands starts in the autumn');
const de = (closing: string) => page(DE, closing, 'de', 'Neue Straßenbahn zum Hafen fährt ab Herbst');

const removedAsNavigation = (report: ReturnType<typeof article>['report'], text: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text === text && e.detail?.startsWith("the site's navigation closing the article"));

describe("the site's navigation closing the article", () => {
  it('leaves out a linked "back to" line at the end, to another page or to a place on this one, in English, German and French, and reports it', () => {
    const cases: [(c: string) => string, string[], string, string][] = [
      [en, EN, 'Back to our top ferry picks', '<p><a href="#picks">Back to our top ferry picks</a></p>'],
      [en, EN, 'Return to the Travel 101 page.', '<p><a href="https://example.org/travel-101">Return to the Travel 101 page.</a></p>'],
      [de, DE, 'Zurück zur Übersicht', '<p><a href="https://example.org/verkehr/">Zurück zur Übersicht</a></p>'],
      [de, DE, 'Retour à la liste des articles', '<p><a href="https://example.org/liste">Retour à la liste des articles</a></p>'],
    ];
    for (const [build, paragraphs, line, closing] of cases) {
      const { body, report } = article(build(closing), 'page.html');
      for (const p of paragraphs) expect(body).toContain(p);
      expect(body).not.toContain(line);
      expect(removedAsNavigation(report, line)).toBe(true);
    }
  });

  it("leaves out the pager of an article split over pages, the page shown unlinked", () => {
    for (const [build, paragraphs, line, closing] of [
      [en, EN, 'Pages: 1 2 3', '<p>Pages: 1 <a href="?page=2">2</a> <a href="?page=3">3</a></p>'],
      [de, DE, 'Seite 1 2', '<p>Seite 1 <a href="?seite=2">2</a></p>'],
    ] as const) {
      const { body, report } = article(build(closing), 'page.html');
      for (const p of paragraphs) expect(body).toContain(p);
      expect(body).not.toContain(line);
      expect(removedAsNavigation(report, line)).toBe(true);
    }
  });

  it("keeps the story's own lines: a sentence that opens on the words unlinked or linked in part, a long linked line, a back link with paragraphs under it, page numbers with no link", () => {
    const unlinked = 'Back to the islands, then.';
    expect(article(en(`<p>${unlinked}</p>`), 'page.html').body).toContain(unlinked);
    const partly = 'Zurück zur Normalität will die Stadt erst, wenn die <a href="https://example.org/plan">Linie</a> fährt.';
    expect(article(de(`<p>${partly}</p>`), 'page.html').body).toContain('Zurück zur Normalität will die Stadt erst, wenn die Linie fährt.');
    const long = 'Back to the harbour we went on the last ferry of the night, the crossing rough and the cabin nearly empty.';
    expect(article(en(`<p><a href="https://example.org/night">${long}</a></p>`), 'page.html').body).toContain(long);
    const above = en('').replace(`<p>${EN[2]}</p>`, `<p><a href="#top">Back to the ferry timetable</a></p><p>${EN[2]}</p>`);
    expect(article(above, 'page.html').body).toContain('Back to the ferry timetable');
    expect(article(en('<p>Pages: 1 2 3</p>'), 'page.html').body).toContain('Pages: 1 2 3');
  });
});
