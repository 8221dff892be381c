/**
 * HTML seeds: other pages' teasers the extractor kept closing the article, short paragraphs ending on a
 * link to read them there ("… Seht selbst! Weiterlesen", "… mehr •••"), leave the body with their titles,
 * reported; the article's own paragraph ending on the same word as a sentence ("… und noch mehr.") or
 * naming it without a link stays, a roundup's item ending on a link to its source among the article's
 * prose stays, and other stories' cards (a title over such a summary) are still taken whole.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isReadMoreTeaser } from '../../scripts/ingest/lib/html/furniture/read-more-teaser.ts';

const P = [
  'Der Stadtrat hat am Dienstag beschlossen, die Bibliothek im Zentrum bis zum Sommer umzubauen und länger zu öffnen.',
  'Künftig sollen Leserinnen und Leser auch am Sonntag kommen können, dafür werden zwei neue Stellen geschaffen.',
  'Die Kosten des Umbaus liegen nach Angaben der Verwaltung bei rund 1,2 Millionen Euro, das Land trägt die Hälfte.',
];
const TEASER = 'Im Hafen hat ein neues Café eröffnet, das nur Kuchen aus der Region verkauft. Wir haben es ausprobiert.';

const page = (after: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Bibliothek wird umgebaut</title></head><body>
<article><h1>Bibliothek wird umgebaut</h1>
<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p>${after}
</article></body></html>`;

describe('HTML furniture: another page\'s teaser closing on a read-more link', () => {
  it('leaves out the teaser, reported', () => {
    const { body, report } = article(page(`<div><p>${TEASER} <a href="/cafe">Weiterlesen</a></p></div>`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Im Hafen hat ein neues Café');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.startsWith('Im Hafen') && e.detail?.startsWith("another page's teaser"))).toBe(true);
  });

  it('leaves out a box of teasers with their titles closing the article', () => {
    const box = `<h3>Wetterdaten</h3><p>Auskunft über vergangenes Wetter… <a href="/daten">mehr •••</a></p>
<h3>Windgutachten</h3><p>Berechnung der erwartbaren Energieproduktion… <a href="/wind">mehr •••</a></p>`;
    const { body, report } = article(page(box), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of ['Wetterdaten', 'Auskunft über', 'Windgutachten', 'Berechnung der']) expect(body).not.toContain(gone);
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === 'Wetterdaten' && e.detail?.startsWith("the title of another page's teaser"))).toBe(true);
  });

  it('keeps a roundup\'s item that ends on a link to its source among the article\'s prose', () => {
    const item = 'Laut einem Bericht der Lokalzeitung soll der Umbau schon im März beginnen, früher als bisher geplant. <a href="https://example.org/bericht">Mehr »</a>';
    const html = page('').replace(`<p>${P[1]}</p>`, `<p>${P[1]}</p><p>${item}</p>`);
    const { body } = article(html, 'page.html');
    expect(body).toContain('Laut einem Bericht der Lokalzeitung');
  });

  it('keeps the article\'s own paragraph ending on the word without a link', () => {
    const own = '<p>Wer mehr über den Umbau wissen will, kann am Donnerstag zur Bürgerversammlung kommen. Weiterlesen lohnt sich dort nicht.</p><p>Dazu gibt es Kaffee und Kuchen und noch mehr.</p>';
    const { body } = article(page(own), 'page.html');
    expect(body).toContain('Wer mehr über den Umbau wissen will');
    expect(body).toContain('Dazu gibt es Kaffee und Kuchen und noch mehr.');
  });

  it('leaves other stories\' cards to their own rule, titles and summaries alike', () => {
    const cards = `<h2>Das könnte Sie auch interessieren</h2>
<h3><a href="/cafe">Neues Café am Hafen</a></h3><p>${TEASER} <a href="/cafe">Weiterlesen</a></p>
<h3><a href="/markt">Wochenmarkt zieht um</a></h3><p>Der Wochenmarkt findet ab Mai auf dem Kirchplatz statt, weil der Marktplatz saniert wird. <a href="/markt">Weiterlesen</a></p>`;
    const { body } = article(page(cards), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Neues Café am Hafen');
    expect(body).not.toContain('Wochenmarkt');
  });

  it('reads the link\'s words in several languages, a bare "mehr" only with its arrow or dots', () => {
    for (const line of [`${TEASER} Weiterlesen`, 'Auskunft über vergangenes Wetter… mehr •••', 'A new café opened by the harbour. Read more »', 'Un café a ouvert au port. Lire la suite', 'Abrió un café en el puerto. Leer más']) {
      expect(isReadMoreTeaser(line, 0.1), line).toBe(true);
    }
    expect(isReadMoreTeaser(`${TEASER} Weiterlesen`, 0), 'no link').toBe(false);
    for (const line of ['Dazu gibt es Kaffee und Kuchen und noch mehr.', 'They wanted more', `${'Ein langer Absatz über den Umbau der Bibliothek. '.repeat(20)}Weiterlesen`]) {
      expect(isReadMoreTeaser(line, 0.1), line).toBe(false);
    }
  });
});
