/**
 * Main-text precision: other stories' headlines set in a row between the article's paragraphs,
 * under a heading no word list knows ("Schlagzeilen") or under none, are left out and reported; the
 * article's own sub-heading over its paragraph, a caption over a sub-heading, and a list the article
 * introduces with a colon stay. Invented pages; the first two failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P = [
  'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die alte Markthalle am Hafen zu sanieren, statt sie wie geplant abzureißen.',
  'Die Kosten für die Sanierung werden auf rund zwölf Millionen Euro geschätzt, von denen das Land nach ersten Zusagen etwa die Hälfte übernehmen will.',
  'Gegner des Projekts hatten in der Sitzung vor steigenden Baupreisen gewarnt und gefordert, das Geld lieber in neue Kitas und Schulen zu stecken.',
  'Die Bauarbeiten sollen im kommenden Frühjahr beginnen und nach derzeitiger Planung rund zwei Jahre dauern, bevor die Halle wieder öffnet.',
];
const HEADLINES = [
  'Hafenfest: Veranstalter melden neuen Besucherrekord',
  'Streit um Parkgebühren in der Altstadt geht weiter',
  '„Wir sind enttäuscht“: Kita-Eltern protestieren vor dem Rathaus',
  'Neue Buslinie verbindet Nordviertel mit dem Bahnhof',
];

describe('main-text precision: other stories\' headlines between paragraphs', () => {
  it('leaves out a row of headlines under a heading no list names, and the heading', () => {
    const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], 'Schlagzeilen', ...HEADLINES, P[2], P[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    for (const h of [...HEADLINES, 'Schlagzeilen']) {
      expect(kept).not.toContain(h);
      expect(why.get(h)).toMatch(/headlines in a row between/);
    }
    for (const p of P) expect(kept).toContain(p);
  });

  it('goes on over a terser headline of three words inside the row', () => {
    const row = [HEADLINES[0], 'Stadtarchiv zieht um', HEADLINES[1], HEADLINES[2]];
    const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], 'Schlagzeilen', ...row, P[2], P[3]].join('\n');
    const { kept } = chooseArticle(page);
    for (const h of row) expect(kept).not.toContain(h);
    for (const p of P) expect(kept).toContain(p);
  });

  it('leaves out three headlines in a row with no heading, whatever their language', () => {
    const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], ...HEADLINES.slice(0, 3), P[2], P[3]].join('\n');
    const { kept } = chooseArticle(page);
    for (const h of HEADLINES.slice(0, 3)) expect(kept).not.toContain(h);
    for (const p of P) expect(kept).toContain(p);
  });

  it('keeps a sub-heading, and a caption over a sub-heading', () => {
    const sub = 'Land übernimmt die Hälfte der Kosten';
    const caption = 'Die alte Markthalle am Hafen im Abendlicht';
    const page = ['Markthalle wird saniert statt abgerissen', P[0], caption, sub, P[1], P[2], P[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(sub);
    expect(kept).toContain(caption);
  });

  it('keeps the lines of a product card under its numbered heading', () => {
    const card = ['2. Hafenwerk Trockner mit Abdeckung', 'Bester Trockner für kleine Wohnungen, 9/10', 'Uns gefällt: die Abdeckung beschleunigt das Trocknen', 'Uns gefällt nicht: er braucht viel Platz'];
    const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], ...card, P[2], P[3]].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of card.slice(1)) expect(kept).toContain(line);
  });

  it('keeps a sub-heading between two pieces of furniture', () => {
    const sub = '„Wir bleiben am Ball“: Stadtrat will Kosten prüfen';
    const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], 'Anzeige', sub, 'Anzeige', 'Das sagen die Händler zu den Plänen der Stadt', P[2], P[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(sub);
  });

  it('keeps the article\'s own list of items of one kind: dates, or one word recurring', () => {
    const dates = ['Juni 9 – Hafenstadt, Arena am Kai', 'Juni 12 – Nordheim, Stadthalle', 'Juni 15 – Südstadt, Messe am Fluss', 'Juni 20 – Westdorf, Festzelt'];
    const teams = ['England in der Gruppe A: zehnte Teilnahme', 'Spanien in der Gruppe F: elfte Teilnahme', 'Schweden in der Gruppe F: siebte Teilnahme'];
    for (const items of [dates, teams]) {
      const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], ...items, P[2], P[3]].join('\n');
      const { kept } = chooseArticle(page);
      for (const item of items) expect(kept).toContain(item);
    }
  });

  it('keeps an English article\'s row of short lines (a product\'s specifications) between its paragraphs', () => {
    const en = [
      'The new camera is one of the most accessible ways into the maker\'s mirrorless system, light enough to carry all day and simple to learn.',
      'Its sensor delivers excellent color and sharpness, while the autofocus helps beginners keep moving subjects sharp in poor light.',
      'Battery life is the weak point, so anyone who shoots video for hours should budget for a second battery and a charger.',
    ];
    const specs = ['Sensor: Large APS-C with high resolution', 'Autofocus: Eye tracking for people and animals', 'Who it is for: Beginners and travel photographers'];
    const { kept } = chooseArticle(['Best cameras for beginners', en[0], en[1], ...specs, en[2]].join('\n'));
    for (const line of specs) expect(kept).toContain(line);
  });

  it('keeps a list the article introduces with a colon', () => {
    const items = ['Neues Dach aus Glas und Stahl', 'Platz für vierzig Marktstände', 'Eine Gastronomie im Obergeschoss', 'Fahrradstellplätze vor dem Eingang'];
    const page = ['Markthalle wird saniert statt abgerissen', P[0], P[1], 'Geplant sind nach Angaben der Stadt unter anderem folgende Dinge:', ...items, P[2], P[3]].join('\n');
    const { kept } = chooseArticle(page);
    for (const item of items) expect(kept).toContain(item);
  });
});
