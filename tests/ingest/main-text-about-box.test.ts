/**
 * Main-text precision: the site's or the blogger's "About us" box at the run's foot
 * (main-text/closing/about-box.ts). "Über uns" / "Seit 50 Jahren sind wir …", "About me" / a word on
 * the blogger, "Qui sommes-nous ?" / the site's blurb, under most of the run's prose: the article
 * ends above the heading, and the box is reported with the reason. A page about the site itself (most
 * of its prose under the heading) and a sentence that opens on the words stay. Invented pages; the
 * box cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';

const A = PIER_PARAGRAPHS.slice(0, 5);
const WHY = /^after the article \(under the heading of the site's or the blogger's own box/;

describe("main-text precision: the site's \"About us\" box under the article", () => {
  it.each([
    ['German', 'Über uns', 'Seit fünfzig Jahren berichten wir als kleine Redaktion über den Hafen, die Fähren und die Menschen an der Nordküste, unabhängig und ohne Werbung.'],
    ['English', 'About me', 'I am a retired ferry captain who has written about the harbour, its boats and its people on this blog every week since 2009.'],
    ['French', 'Qui sommes-nous ?', 'Nous sommes une petite rédaction indépendante qui raconte depuis cinquante ans la vie du port, de ses ferries et de ses habitants.'],
    ['Spanish', 'Sobre nosotros', 'Somos una pequeña redacción independiente que cuenta desde hace cincuenta años la vida del puerto, de sus ferris y de su gente.'],
  ])('leaves out the box in %s, its heading and its blurb, with the reason', (_, heading, blurb) => {
    const { kept, why } = chooseArticle([PIER_HEAD, ...A, heading, blurb].join('\n'));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of [heading, blurb]) expect(why.get(line)).toMatch(WHY);
  });

  it('keeps a page about the site itself, most of its prose under the heading', () => {
    const lines = ['Harbor News', 'About us', ...A];
    expect(chooseArticle(lines.join('\n')).kept).toEqual(expect.arrayContaining(A));
  });

  it('keeps a closing sentence that opens on the words', () => {
    const close = 'About us, the ferry company said only that it would carry on as before.';
    expect(chooseArticle([PIER_HEAD, ...A, close].join('\n')).kept).toContain(close);
  });
});
