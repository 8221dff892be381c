/**
 * Main-text recall: a list the article introduces under a short label ("Aus dem Inhalt:", "Test
 * results:") is the article's when its rows are written as one list: each opening on the same bullet,
 * or each of one punctuated shape ("Consumption: 1"). Before, a label under four words never counted as
 * introducing a list (a box's "Share this:" or "Categories:" does not), so the run stopped at the last
 * paragraph above it and lost the list and the paragraph under it. Small pages written here; the guards
 * are a share box's and a tags box's labels over their links, and a short label over headlines.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P1_DE = 'Das Seminar richtet sich an alle, die schon eine Einweihung erhalten haben und ihr Wissen über die alten Heilweisen vertiefen möchten.';
const P2_DE = 'Wir beginnen am Samstag mit einer kurzen Einführung in die Geschichte der Lehre und üben danach in kleinen Gruppen, bis der Abend kommt.';
const P3_DE = 'Wenn du eine eigene Praxis hast, kannst du mich gern für ein Seminar bei dir vor Ort einladen; schreib mir dazu einfach eine kurze Nachricht.';

describe('main-text: a list under a short label, its rows one list', () => {
  it('German: "Aus dem Inhalt:" over dash-bulleted items, a paragraph under them', () => {
    const ITEMS = ['– Geschichte der Lehre', '– Rituale zur Heilung', '– Übungen mit dem Atem', '– Arbeit an Kraftplätzen', '– Segnung der Teilnehmer', '– Reisen mit der Vorstellungskraft', '– Heilung der Erde', '– Kräuter und Amulette', '– Lehre der Zeichen', '– Gemeinsames Abschlussritual'];
    const page = ['Startseite', 'Seminare', 'Wochenendseminar im Sommer', P1_DE, P2_DE, 'Aus dem Inhalt:', ...ITEMS, P3_DE, 'Impressum', 'Datenschutz', 'Kontakt'].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of [P1_DE, P2_DE, 'Aus dem Inhalt:', ...ITEMS, P3_DE]) expect(kept).toContain(line);
    for (const line of ['Impressum', 'Datenschutz', 'Kontakt']) expect(kept).not.toContain(line);
  });

  it('English: a test\'s scores, one "name: figure" a line, under "Test results:"', () => {
    const P1 = 'The new estate car is roomy, quiet on the motorway and cheaper to run than its rivals, though the boot is a little smaller than we had hoped.';
    const P2 = 'Over two weeks of driving it used less fuel than the maker promised, and the seats stayed comfortable even on the longest trips we took.';
    const ROWS = ['Safety equipment: 1', 'Comfort: 2', 'Fuel consumption: 1', 'Handling: 2', 'Boot space: 3'];
    const { kept } = chooseArticle(['Home', 'Reviews', 'Estate car tested', P1, P2, 'Test results:', ...ROWS].join('\n'));
    for (const line of [P1, P2, 'Test results:', ...ROWS]) expect(kept).toContain(line);
  });

  it('leaves out a share box and a tags box under short labels: their rows are links, no list', () => {
    const P1 = 'The council voted on Tuesday to keep the harbour baths open through the winter, after a campaign by swimmers who use them every morning.';
    const P2 = 'The heating will cost the town about forty thousand a year, which the swimmers\' club has offered to share by raising its members\' fees.';
    const SHARE = ['Share this:', 'Facebook', 'Twitter', 'Email', 'Print'];
    const TAGS = ['Tags:', 'Harbour', 'Swimming', 'Council'];
    const { kept } = chooseArticle(['Home', 'Harbour baths stay open', P1, P2, ...SHARE, ...TAGS, 'Contact us'].join('\n'));
    for (const line of [P1, P2]) expect(kept).toContain(line);
    for (const line of [...SHARE, ...TAGS]) expect(kept).not.toContain(line);
  });

  it('leaves out other stories\' headlines under a short label: worded freely, no bullet, no shape', () => {
    const P1 = 'The museum reopens on Saturday after two years of work on its roof, and the first exhibition shows paintings of the old harbour.';
    const P2 = 'Tickets are free for the first weekend, and the museum asks visitors to book a time online so that the rooms do not get too crowded.';
    const HEADLINES = ['New ferry line starts in spring', 'School roof to be repaired', 'Market square gets new trees', 'Library opens on Sundays'];
    const { kept } = chooseArticle(['Home', 'Museum reopens', P1, P2, 'More news:', ...HEADLINES].join('\n'));
    for (const line of [P1, P2]) expect(kept).toContain(line);
    for (const line of HEADLINES) expect(kept).not.toContain(line);
  });

  it('leaves out the site\'s accounts and a tags list under short labels, though each row has a mark', () => {
    const P1 = 'The new keyboard is quieter than the last one, and its keys feel firmer under the fingers after a week of writing on it every day.';
    const P2 = 'Its battery lasted nine days with the lights off, which is longer than any other board we tried this year at a similar price.';
    const ACCOUNTS = ['Stay Connected:', 'Facebook: Harborkeys', 'Instagram: Harborkeys', 'Twitter: Harborkeys', 'YouTube: Harborkeys'];
    const TAGS = ['In this article:', 'keyboards,', 'reviews,', 'office gear,', 'typing'];
    const { kept } = chooseArticle(['Home', 'A quieter keyboard', P1, P2, ...ACCOUNTS, ...TAGS, 'About us'].join('\n'));
    for (const line of [P1, P2]) expect(kept).toContain(line);
    for (const line of [...ACCOUNTS, ...TAGS]) expect(kept).not.toContain(line);
  });
});
