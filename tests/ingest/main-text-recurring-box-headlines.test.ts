/**
 * Main-text: a box heading the page sets again and again down the article ("Lesen Sie auch" over a
 * kicker and a headline, several times), with headlines alone under it: the paragraph right under
 * the headlines is the article going on, not a teaser's summary, even where the next box follows it
 * at once. A box whose teaser has its summary and stamp under its headline still takes the summary.
 * Invented pages; the first failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const P = [
  'Der Stadtrat hat am Dienstagabend nach einer langen und teils hitzigen Debatte mit knapper Mehrheit beschlossen, die alte Markthalle am Hafen zu sanieren, statt sie wie ursprünglich geplant abzureißen und an ihrer Stelle ein Parkhaus zu bauen, wie es die Verwaltung im vergangenen Jahr vorgeschlagen hatte.',
  'Die Kosten für die Sanierung werden von den Gutachtern auf rund zwölf Millionen Euro geschätzt, von denen das Land nach ersten Zusagen aus dem Ministerium etwa die Hälfte übernehmen will, während der Rest aus dem Haushalt der Stadt kommen soll, der dafür an anderer Stelle gekürzt werden muss.',
  'Gegner des Projekts hatten in der Sitzung vor steigenden Baupreisen und langen Verzögerungen gewarnt und gefordert, das Geld lieber in neue Kitas und Schulen zu stecken, die in mehreren Stadtteilen seit Jahren dringend gebraucht werden und für die bislang kein Geld im Haushalt vorgesehen ist.',
  'Die Bauarbeiten sollen nach derzeitiger Planung im kommenden Frühjahr beginnen und rund zwei Jahre dauern, bevor die Halle wieder öffnet und die ersten Händler einziehen können, von denen sich nach Angaben der Stadt bereits mehr als dreißig für einen der Stände beworben haben.',
  'Der Bürgermeister zeigte sich nach der Abstimmung erleichtert und sprach von einem guten Tag für die Stadt, die mit der Halle ein Stück ihrer Geschichte bewahre, auch wenn der Weg bis zur Eröffnung noch lang sei und viele Fragen zur Finanzierung erst in den kommenden Monaten geklärt werden könnten.',
  'Schon vor der Sitzung hatten sich zahlreiche Bürgerinnen und Bürger vor dem Rathaus versammelt, um für den Erhalt der Halle zu demonstrieren, in der ihre Eltern und Großeltern über Jahrzehnte hinweg ihren Fisch, ihr Gemüse und ihr Brot gekauft hatten, bevor sie vor zwölf Jahren wegen baulicher Mängel geschlossen wurde.',
  'Auch der Verein der Hafenhändler hatte sich in einem offenen Brief an die Mitglieder des Rates gewandt und darin betont, dass eine sanierte Halle nicht nur für den Handel, sondern auch für den Tourismus in der Altstadt von großer Bedeutung sei, weil sie Besucher aus der ganzen Region anziehen könne.',
];
const box = (kicker: string, headline: string) => ['LESEN SIE AUCH', 'Ressort:', kicker, headline];

describe('main-text: a recurring box heading over headlines alone', () => {
  it('keeps the paragraph right under the headlines, though the next box follows it', () => {
    const boxes = [box('STADT', 'Hafenfest meldet neuen Besucherrekord'), box('VERKEHR', 'Streit um Parkgebühren geht weiter'), box('SCHULE', 'Neue Buslinie zum Gymnasium startet')];
    const page = ['Markthalle wird saniert statt abgerissen', 'Von Max Muster', '12. März 2024', P[5], P[6], P[0], P[1], P[2], ...boxes[0], P[3], ...boxes[1], P[4], ...boxes[2]].join('\n');
    const { kept } = chooseArticle(page);
    for (const p of P.slice(0, 5)) expect(kept).toContain(p);
    for (const l of boxes.flat()) expect(kept).not.toContain(l);
  });

  it('still takes a teaser\'s summary with its stamp under it for the box\'s', () => {
    const summary = 'Die Veranstalter zählten am Wochenende mehr als zweihunderttausend Gäste am Hafen und wollen das Fest im nächsten Jahr um einen Tag verlängern, wie sie am Montag mitteilten.';
    const teaser = ['LESEN SIE AUCH', 'STADT', 'Hafenfest meldet neuen Besucherrekord', summary, '11. März 2024'];
    const page = ['Markthalle wird saniert statt abgerissen', 'Von Max Muster', '12. März 2024', P[0], P[1], P[2], P[3], P[4], ...teaser, ...box('VERKEHR', 'Streit um Parkgebühren geht weiter'), 'Impressum'].join('\n');
    const { kept } = chooseArticle(page);
    for (const p of P.slice(0, 5)) expect(kept).toContain(p);
    expect(kept).not.toContain(summary);
  });
});
