/**
 * HTML seeds: the day a page was changed written right after the day it was published, on one line
 * with nothing between them but a space, or run into it ("Publisert 14.03.2023, kl. 08.15 Oppdatert
 * 14.03.2023, kl. 09.40"). Each part is a stamp of its own, so the line is the page's stamps, left out
 * of the body and reported like a line of stamps with separators; a sentence that says "updated" beside
 * a date stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { P, removedAsStamps, stampPage } from './stamp-page-fixture.ts';

const page = (stamps: string, lang = 'nb') => stampPage(stamps, lang);

describe('a line of two stamps with nothing between them', () => {
  it('leaves out a publication stamp followed by a change stamp after a space, and reports it', () => {
    const { body, report } = article(page('<p>Publisert 14.03.2023, kl. 08.15 Oppdatert 14.03.2023, kl. 09.40</p>'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Oppdatert');
    expect(removedAsStamps(report, 'Publisert 14.03.2023')).toBe(true);
  });

  it('leaves out the two stamps run together, the change label glued to the time before it', () => {
    const { body, report } = article(page('<p>Publicerad 9 mars 2023 kl 07.05Uppdaterad kl 11.30</p>', 'sv'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Uppdaterad');
    expect(removedAsStamps(report, 'Publicerad 9 mars 2023')).toBe(true);
  });

  it('keeps a sentence or a short line that says "updated" beside a date', () => {
    const kept = ['The timetable 2023 updated 14 March', 'Prices for 2023 updated weekly', 'Fares 12 May 2023 updated: see the list'];
    const { body } = article(page(kept.map((t) => `<p>${t}</p>`).join('\n'), 'en'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const t of kept) expect(body).toContain(t);
  });
});
