/**
 * HTML seeds: a line of the page's stamps whose last part is the clock time alone, set apart from the
 * day by a dash ("Zuerst veröffentlicht am 30/04/2024 - 16:17", "Publié le 06/01/2026 - 14:16 UTC+1"):
 * the time is part of the stamp, so the line is the page's stamps, left out of the body and reported.
 * A time beside words that are no date ("Doors open - 19:30") stays, and so does a score.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { P, removedAsStamps, stampPage } from './stamp-page-fixture.ts';

const page = (stamps: string, lang = 'de') => stampPage(stamps, lang);

describe('a stamp line that ends on the clock time', () => {
  it.each([
    ['Zuerst veröffentlicht am 30/04/2024 - 16:17', 'de'],
    ['Publié le 06/01/2026 - 14:16 UTC+1', 'fr'],
    ['Zuerst veröffentlicht am 06/01/2026 - 14:02 MEZ', 'de'],
  ])('leaves out "%s" and reports it', (line, lang) => {
    const { body, report } = article(page(`<p>${line}</p>`, lang), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain(line.slice(0, 12));
    expect(removedAsStamps(report, line.slice(0, 12))).toBe(true);
  });

  it('keeps a time beside words that are no date, and a score', () => {
    const kept = ['Doors open at the harbour hall - 19:30', 'Harbour Rovers - Island United 2:1'];
    const { body } = article(page(kept.map((t) => `<p>${t}</p>`).join('\n'), 'en'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const t of kept) expect(body).toContain(t);
  });
});
