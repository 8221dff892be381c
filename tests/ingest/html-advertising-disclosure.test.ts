/**
 * HTML seeds: the site's note that the post is advertising ("*Werbung. Dieser Beitrag enthält Werbung
 * für …") or that its advertisers may pay for the reader's clicks ("… one or more of our advertisers.
 * We may receive compensation …") leaves the body, reported; an article's own line on advertising (a
 * report on ad spending, a sentence naming advertisers that pay someone else) stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isAdvertisingDisclosure } from '../../scripts/ingest/lib/html/furniture/advertising-disclosure.ts';

const P = [
  'Der Verein hat am Wochenende seine neue Werkstatt eröffnet, in der künftig alte Fahrräder repariert und verschenkt werden.',
  'Mehr als vierzig Freiwillige haben in den vergangenen Monaten Regale gebaut, Werkzeug gesammelt und die Räume gestrichen.',
  'Geöffnet ist die Werkstatt jeden Samstag, und wer ein Rad abgeben möchte, kann es auch unter der Woche vorbeibringen.',
];

const page = (opening: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Neue Fahrradwerkstatt eröffnet</title></head><body>
<article><h1>Neue Fahrradwerkstatt eröffnet</h1>
${opening}<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p>
</article></body></html>`;

describe('HTML furniture: the site\'s note that the post is advertising', () => {
  it('leaves out the note over the article, reported', () => {
    const note = '*Werbung. Dieser Beitrag enthält Werbung für eine Fahrradmarke.';
    const { body, report } = article(page(`<p><em>${note}</em></p>`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Dieser Beitrag enthält Werbung');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === note && e.detail?.startsWith("the site's note that the post is advertising"))).toBe(true);
  });

  it('keeps the article\'s own line on advertising', () => {
    const own = '<p>Die Werkstatt finanziert sich ohne Werbung: Der Verein lebt von Spenden und Mitgliedsbeiträgen.</p>';
    const { body } = article(page(own), 'page.html');
    expect(body).toContain('Die Werkstatt finanziert sich ohne Werbung');
  });

  it('reads the note in several languages, and not a report on advertising', () => {
    for (const line of [
      '*Werbung. Dieser Beitrag enthält Werbung für eine Fahrradmarke.',
      'Anzeige: Der Artikel enthält Affiliate-Links.',
      'Cet article contient des liens sponsorisés.',
      'Este artículo contiene enlaces de afiliados.',
      'This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.',
      'This article is sponsored by a bicycle maker.',
    ]) {
      expect(isAdvertisingDisclosure(line), line).toBe(true);
    }
    for (const line of [
      'Die Werkstatt finanziert sich ohne Werbung.',
      'Advertisers paid the network $2bn last year, the company said.',
      'Our advertisers include three bicycle makers.',
      'Der Presserat rügte, der Artikel enthalte Schleichwerbung.',
      'This post contains references to products from one or more of our advertisers. '.repeat(8),
    ]) {
      expect(isAdvertisingDisclosure(line), line).toBe(false);
    }
  });
});
