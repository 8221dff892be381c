/**
 * HTML seeds: lines inside the article that are only a label the page puts between its paragraphs:
 * an advertisement's slot label, numbered or not ("Advertisement 2", "Anzeige"), and another story's
 * teaser, a label and a linked headline ("READ MORE: <a>…</a>", "Les også: <a>…</a>", a linked
 * "Czytaj więcej"). They leave the body, reported. A sentence that starts with such words, or a label
 * whose headline is no link, stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BAKERS_PARAGRAPHS, bakersPage } from '../helpers/bakers-page.ts';

const P = BAKERS_PARAGRAPHS;
const page = bakersPage;

describe('label lines between the paragraphs', () => {
  for (const [what, line, text, lang] of [
    ['a numbered advertisement label', '<div class="slot"><p>Advertisement 2</p></div>', 'Advertisement 2', 'en'],
    ['an advertisement label in German', '<p>Anzeige</p>', 'Anzeige', 'de'],
    ['an English teaser', '<p>READ MORE: <a href="/news/mill">Old mill on the river to reopen as a bakery school</a></p>', 'Old mill on the river', 'en'],
    ['a Norwegian teaser', '<p>Les også: <a href="/nyheter/2">Bakeren som startet på nytt etter brannen</a></p>', 'Bakeren som startet', 'no'],
    ['a linked label alone', '<p><a href="/teksty/3">Czytaj więcej</a></p>', 'Czytaj więcej', 'pl'],
  ] as const) {
    it(`leaves out ${what}, and reports it`, () => {
      const { body, report } = article(page(line, lang), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(text);
      // A bare label the text rules know already goes as the page's chrome.
      expect(report.entries.some((e) => e.text?.includes(text))).toBe(true);
    });
  }

  it('keeps a sentence that starts with the same words, and a label whose headline is no link', () => {
    const lines = `<p>Read more about the guild's plans in its annual report, which the bakers said they would study closely before the meeting.</p>
<p>Advertisement campaigns by the big supermarkets have also hurt small bakers, several of them said.</p>`;
    const { body } = article(page(lines), 'page.html');
    expect(body).toContain("Read more about the guild's plans");
    expect(body).toContain('Advertisement campaigns by the big supermarkets');
  });
});
