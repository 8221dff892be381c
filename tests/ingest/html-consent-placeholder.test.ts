/**
 * HTML seeds: the placeholder a page shows where an embedded video or post waits for the reader's
 * consent, with no class that names it: a line telling the reader that external or third-party content
 * is shown here once they agree, and its button ("Load external content"), in English, German and
 * French. They leave the body, reported. Prose about consent and third-party platforms stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BAKERS_PARAGRAPHS, bakersPage } from '../helpers/bakers-page.ts';

const P = BAKERS_PARAGRAPHS;
const page = bakersPage;

describe('the placeholder of embedded external content', () => {
  for (const [what, inside, texts, lang] of [
    [
      'in English',
      '<div><p>This article contains external content from a third-party provider. To see it, you must agree to the loading of external content.</p><p><a href="#">Load external content</a></p></div>',
      ['third-party provider', 'Load external content'],
      'en',
    ],
    [
      'in German',
      '<div><p>Hier finden Sie einen externen Inhalt eines Drittanbieters. Wenn Sie zustimmen, wird der Inhalt geladen und angezeigt.</p><p><a href="#">Externe Inhalte laden</a></p></div>',
      ['externen Inhalt eines Drittanbieters', 'Externe Inhalte laden'],
      'de',
    ],
    [
      'in French',
      '<div><p>Ce contenu externe est hébergé par un tiers. En cliquant sur « Afficher », vous acceptez que des cookies soient déposés.</p><p><a href="#">Afficher le contenu externe</a></p></div>',
      ['Ce contenu externe', 'Afficher le contenu externe'],
      'fr',
    ],
  ] as const) {
    it(`leaves out the placeholder ${what}, and reports it`, () => {
      const { body, report } = article(page(inside, lang), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const text of texts) {
        expect(body).not.toContain(text);
        expect(report.entries.some((e) => e.text?.includes(text))).toBe(true);
      }
    });
  }

  it('knows the reader addressed by the words the closing promotions know too (the familiar "tu")', () => {
    const inside = "<div><p>Si tu acceptes, le contenu externe d'un tiers sera chargé et affiché ici.</p></div>";
    const { body, report } = article(page(inside, 'fr'), 'page.html');
    expect(body).not.toContain('Si tu acceptes');
    expect(report.entries.some((e) => e.text?.includes('Si tu acceptes') && e.detail?.includes('waiting for consent'))).toBe(true);
  });

  it('keeps prose about consent and third-party platforms', () => {
    const lines = `<p>The guild said that third-party platforms selling bread online must ask for the consent of bakers before they show their prices to buyers.</p>
<p>Bakers who agree to show external content on their shop pages, such as reviews, said it had brought them new customers.</p>`;
    const { body } = article(page(lines), 'page.html');
    expect(body).toContain('third-party platforms selling bread online');
    expect(body).toContain('Bakers who agree to show external content');
  });
});
