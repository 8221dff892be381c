/**
 * Main-text precision: other stories' teasers closing the run (main-text/closing/closing-teasers.ts): under
 * the article's last paragraph, a box's heading or a kicker over a headline, or a date line over it,
 * then a short summary, and the page's furniture under it. The article ends above them. The
 * article's last section under a heading of its own, a guide's steps under a repeated "click to
 * enlarge", and a short page of items stay. Invented pages; the teaser cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

// More than a short page of items: the article holds 150 words of prose at least.
const A = [
  ...GERMAN_PARAGRAPHS,
  'Die Verwaltung verweist auf die Erfahrungen anderer Städte, in denen ähnliche Netze nach wenigen Jahren die Kosten für Heizung deutlich gesenkt haben.',
  'Der Gemeinderat will im Herbst über den Plan abstimmen, nachdem die Anwohner in zwei Versammlungen ihre Einwände vortragen konnten und die Gutachten vorliegen.',
];
const BODY = A.join('\n');
const FOOT = 'Impressum\nDatenschutz\nKontakt';

describe("main-text precision: other stories' teasers closing the article", () => {
  it('ends the article above two teasers in a row, each a kicker, a headline and its summary', () => {
    const summary = 'Die Bahn will ab 2025 die ersten Verbindungen im Halbstundentakt anbieten, zunächst zwischen drei Städten.';
    const other = 'Der Verband fordert für Fernbusse dieselben Vorteile bei der Steuer, die Züge schon lange haben, und droht mit Klage.';
    const page = `${GERMAN_HEAD}\n${BODY}\nNeues Bahn-Konzept\nSchnellzug im Stadttakt\n${summary}\nFernbus\nBranche will Steuervorteil\n${other}\n${FOOT}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    expect(why.get(summary)).toMatch(/teaser/);
    expect(why.get('Schnellzug im Stadttakt')).toMatch(/teaser/);
    expect(why.get(other)).toMatch(/teaser/);
  });

  it('keeps one short paragraph under two plain short lines: it may be the last section under a caption', () => {
    const last = 'Die Bahn will ab 2025 die ersten Verbindungen im Halbstundentakt anbieten, zunächst zwischen drei Städten.';
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nDer neue Bahnhof am Fluss\nSchnellzug im Stadttakt\n${last}\n${FOOT}`);
    expect(kept).toContain(last);
  });

  it('closes off several teasers one after another, each under its kicker', () => {
    const teasers = [
      ['Digital', 'Fahrdienst scheitert vor Gericht', 'Der Fahrdienst ist mit einem Antrag gegen die Taxizentrale beim Handelsgericht gescheitert.'],
      ['Wirtschaft', 'Autobauer suchen neue Partner', 'Die Schwesterfirma sucht nach Investoren aus der Branche für ihre Fahrzeuge ohne Fahrer.'],
      ['Wirtschaft', 'Börsengang bringt Milliarden', 'Beim Börsendebüt hat das Unternehmen knapp zwei Milliarden Euro eingenommen.'],
    ];
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\n${teasers.flat().join('\n')}\n${FOOT}`);
    expect(kept).toEqual(A);
    for (const [, headline, summary] of teasers) {
      expect(why.get(headline)).toBeDefined();
      expect(why.get(summary)).toBeDefined();
    }
  });

  it("ends it above a video's date line, a headline and its summary", () => {
    const summary = 'Every day, our editors send out a selection of the day\'s news and features. Sign up to receive it here.';
    const head = 'Town plans new heating network\nBy Ann Lee\nMarch 12, 2024';
    const body = [
      'The town council wants every public building connected to the new heating plant by the river before the end of the decade, officials said on Monday.',
      'Officials point to other towns where similar networks lowered the cost of heating within a few years, and say the savings will pay for the loans.',
      'The council is to vote on the plan in the autumn, after residents have had two meetings to raise their objections and the experts have reported.',
      'Work on the first pipes is to start next spring on the east side, where the old boilers of two schools and the town hall are the first to be replaced.',
      'The network will cost about forty million euros, most of which the state is expected to pay if the application is filed in time for the next budget.',
      'Residents of the north side have complained for months about the noise of the works and are asking for compensation for the long road closures.',
    ];
    const { kept, why } = chooseArticle(`${head}\n${body.join('\n')}\nWatch video 02:17\nResidents protest against road closures\n${summary}\n${FOOT}`);
    expect(kept).toEqual(body);
    expect(why.get(summary)).toMatch(/teaser/);
  });

  it("keeps the article's last section under a heading of its own", () => {
    const last = 'Das Warten hat sich gelohnt: Die Stadt legt einen Plan vor, der die Anwohner ernst nimmt und bezahlbar bleibt.';
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nFazit\n${last}\n${FOOT}`);
    expect(kept).toContain(last);
  });

  it("keeps a guide's last step under the picture's repeated \"click to enlarge\"", () => {
    const step = 'Klicken Sie die betroffenen Updates an und wählen Sie im Menü den Eintrag zum Ausblenden aus.';
    const page = `${GERMAN_HEAD}\n${BODY}\nZum Vergrößern bitte anklicken\n${A[0].replace('Talheim', 'Nordstadt')}\nSchritt zwei\nZum Vergrößern bitte anklicken\n${step}\n${FOOT}`;
    expect(chooseArticle(page).kept).toContain(step);
  });

  it("keeps a one-word label's line on a short page of items (a book's card, a live report's minute)", () => {
    const card = 'Verlag am Fluss, fünfte Auflage, 2014, 896 Seiten, gebunden, mit einem Register der Fälle.';
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${BODY}\nHandbuch\nInternetrecht\n${card}\n${FOOT}`);
    expect(kept).toContain(card);
  });
});
