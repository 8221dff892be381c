/**
 * HTML seeds: a box named with its furniture word written otherwise than the one word the rules know: run
 * together in lower case with what it names ("jp-relatedposts", "relatedlinks__content", "relatednews"), or
 * split in two ("news-letter-section", "news_letter"). Its blocks leave the body, reported; "news" alone (the
 * site's news box) and "letter" alone (a reader's letter the article prints) stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = {
  en: [
    'The harbour board voted on Monday to rebuild the old breakwater, ending a dispute over the cost that had lasted for most of the decade.',
    'Under the plan the work starts next spring, and the fishing fleet will use the northern quay while the southern arm is being rebuilt.',
    'Fishermen who had asked for the repair since the great storm said they would accept the delay, as long as the board keeps to its dates.',
  ],
  de: [
    'Der Hafenrat hat am Montag beschlossen, die alte Mole neu zu bauen, und damit einen Streit über die Kosten beendet, der fast zehn Jahre dauerte.',
    'Nach dem Plan beginnen die Arbeiten im nächsten Frühjahr, und die Fischer nutzen den nördlichen Kai, solange der südliche Arm erneuert wird.',
    'Die Fischer, die seit dem großen Sturm auf die Reparatur gewartet hatten, wollen die Verzögerung hinnehmen, wenn der Rat die Termine hält.',
  ],
  fr: [
    'Le conseil du port a voté lundi la reconstruction de la vieille digue, mettant fin à une querelle sur son coût qui durait depuis dix ans.',
    'Selon le plan, les travaux commenceront au printemps prochain et la flotte utilisera le quai nord pendant la reconstruction du bras sud.',
    'Les pêcheurs, qui réclamaient la réparation depuis la grande tempête, acceptent le retard si le conseil respecte son calendrier annoncé.',
  ],
};
type Lang = keyof typeof P;

const page = (lang: Lang, box: string) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Harbour board votes</title></head><body>
<article class="post"><h1>Harbour board votes</h1>
<div class="entry-content"><p>${P[lang][0]}</p><p>${P[lang][1]}</p><p>${P[lang][2]}</p>
${box}</div></article></body></html>`;

describe('a furniture word run together or split in two', () => {
  for (const [lang, box, text, kind] of [
    ['en', '<div id="jp-relatedposts" class="jp-relatedposts"><div class="jp-relatedposts-items"><p class="jp-relatedposts-post-excerpt">Ten walks along the old branch line, from the mill pond to the viaduct, with the best places for lunch.</p></div></div>', 'Ten walks along the old branch line', 'related stories'],
    ['de', '<section class="relatedlinks block"><div class="relatedlinks__content"><p>Zehn Wanderungen entlang der alten Bahnlinie, vom Mühlenteich bis zum Viadukt, mit den besten Orten für eine Rast.</p></div></section>', 'Zehn Wanderungen entlang der alten Bahnlinie', 'related stories'],
    ['de', '<div class="news-letter-section"><div class="text-holder"><span class="lead">News, Tipps und Trends aus dem Hafen: wir haben jede Woche viele spannende Themen für dich!</span></div></div>', 'wir haben jede Woche viele spannende Themen', 'newsletter'],
    ['fr', '<div class="news_letter"><p>Chaque semaine, les nouvelles du port et des pêcheurs dans votre boîte aux lettres : inscrivez-vous gratuitement.</p></div>', 'les nouvelles du port et des pêcheurs', 'newsletter'],
  ] as const) {
    it(`leaves out "${box.slice(0, 40)}…" (${lang}), and reports it`, () => {
      const { body, report } = article(page(lang, box), 'page.html');
      for (const p of P[lang]) expect(body).toContain(p);
      expect(body).not.toContain(text);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(text) && e.detail?.includes(kind))).toBe(true);
    });
  }

  it('keeps a box named "news" or "letter" alone, and "letter" before "news"', () => {
    const note = 'A reader wrote that the breakwater had been promised by three boards before this one, and asked who would pay if the cost rose again.';
    for (const box of [`<div class="news-body"><p>${note}</p></div>`, `<div class="letter"><p>${note}</p></div>`, `<div class="letter-news"><p>${note}</p></div>`]) {
      expect(article(page('en', box), 'page.html').body).toContain('A reader wrote that the breakwater');
    }
  });
});
