/**
 * Main-text precision: the heading of a box the site closes its articles with ("About the Author",
 * "About the Reviewer", "Disclaimer:") under most of the article's prose: the article ends above it,
 * and the notes under it (worded as no closing-note rule knows) are left out with their reason.
 * Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { CLOSING_BOX } from '../../scripts/ingest/stages/main-text/closing/closing-box.ts';

const A = [
  'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.',
  'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.',
  'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.',
  'The academy said the second phase would double the number of antennas and extend the array across the border, if the partners agree to pay for it next year.',
];
const NOTE = 'Jane Smith has followed the observatory since its first antenna went up and now edits the monthly science letter of the academy in the capital.';
const REVIEWER = 'Dr. Tom Baker checked this text against the academy records and the published papers of the partner institutes before it went online.';
const DISCLAIMER = 'Nothing on these pages may stand in for the advice of a qualified engineer, whatever the date of the text you are reading.';

describe('main-text precision: a closing box under the article', () => {
  it('ends the article above "About the Author" and leaves out the notes and the disclaimer under it', () => {
    const page = `Observatory opens its doors\nBy Jane Smith\n${A.join('\n')}\nAbout the Author\nJane Smith, Science Editor\n${NOTE}\nAbout the Reviewer\n${REVIEWER}\nDisclaimer:\n${DISCLAIMER}\nMore from Science`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    for (const line of [NOTE, REVIEWER, DISCLAIMER]) expect(why.get(line)).toMatch(/closing box|after the article/);
  });

  it('keeps the article when the heading stands above most of its prose, or over a section of several paragraphs', () => {
    const top = `Observatory opens its doors\nAbout the Author\n${NOTE}\n${A.join('\n')}`;
    expect(chooseArticle(top).kept).toEqual([NOTE, ...A]);
    const page = `Observatory opens its doors\n${A.join('\n')}\n${A.join('\n').replaceAll('academy', 'institute')}\nDisclaimer\n${A.join('\n').replaceAll('the', 'our')}`;
    expect(chooseArticle(page).kept.length).toBe(13);
  });

  it('ends a German article above "Die Autorin", the trade alone heading the note on her', () => {
    const de = [
      'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die alte Markthalle am Hafen zu sanieren, statt sie wie geplant abzureißen.',
      'Die Kosten für die Sanierung werden auf rund zwölf Millionen Euro geschätzt, von denen das Land nach ersten Zusagen etwa die Hälfte übernehmen will.',
      'Gegner des Projekts hatten in der Sitzung vor steigenden Baupreisen gewarnt und gefordert, das Geld lieber in neue Kitas und Schulen zu stecken.',
    ];
    const bio = 'Anna Beispiel (*1970) war Direktorin des Stadtarchivs. Sie ist heute Professorin für Stadtgeschichte an der Universität am Hafen.';
    const { kept, why } = chooseArticle(['Markthalle wird saniert', ...de, 'Die Autorin', bio, 'Artikel teilen'].join('\n'));
    expect(kept).toEqual(de);
    expect(why.get(bio)).toMatch(/closing box|after the article/);
  });

  describe('the heading written for both genders, over the tags and the readers\' comments', () => {
    const de = [
      'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die alte Markthalle am Hafen zu sanieren, statt sie wie geplant abzureißen.',
      'Die Kosten für die Sanierung werden auf rund zwölf Millionen Euro geschätzt, von denen das Land nach ersten Zusagen etwa die Hälfte übernehmen will.',
      'Gegner des Projekts hatten in der Sitzung vor steigenden Baupreisen gewarnt und gefordert, das Geld lieber in neue Kitas und Schulen zu stecken.',
      'Die Händler, die seit Jahren in der Halle verkaufen, sollen während der Bauzeit in Zelte auf dem Parkplatz neben dem alten Zollhaus umziehen.',
    ];
    const bio = 'Ole Beispiel beschäftigt sich seit vielen Jahren mit Stadtentwicklung, Denkmalschutz und den Finanzen der Gemeinden im ganzen Land.';
    const comments = [
      'Hafenkind sagt:',
      '24. Juni 2026 um 17:21 Uhr',
      'Endlich eine vernünftige Entscheidung, die Halle gehört zur Stadt wie der Leuchtturm und das alte Zollhaus, und ein Neubau hätte nie so ausgesehen.',
      'Antworten',
      'Marktfrau sagt:',
      '24. Juni 2026 um 18:47 Uhr',
      'Wir stehen seit dreißig Jahren in dieser Halle, und zwei Jahre im Zelt auf dem Parkplatz werden für viele von uns das Ende bedeuten, so ehrlich muss man sein.',
      'Antworten',
      'Steuerzahler sagt:',
      '25. Juni 2026 um 09:12 Uhr',
      'Zwölf Millionen für eine alte Halle, während die Schule in meinem Viertel seit Jahren auf neue Fenster wartet und die Turnhalle gesperrt ist, das verstehe wer will.',
      'Antworten',
    ];
    const page = (heading: string) =>
      ['Markthalle wird saniert', ...de, heading, 'Ole Beispiel', bio, 'Veröffentlicht 23.06.2026 um 16:14', 'Kategorie', 'Stadt', 'Schlagworte', 'Markthalle', 'Stadtrat', '3 Ergänzungen', ...comments].join('\n');

    for (const heading of ['Über den Autor/ die Autorin', 'Über die Autorin / den Autor', 'Autor*in', 'Autor:innen', 'AUTOR/IN', 'Autorin/Autor', 'Zum Autor / zur Autorin']) {
      it(`ends the article above "${heading}" and leaves out the note under it`, () => {
        const { kept, why } = chooseArticle(page(heading));
        expect(kept).toEqual(de);
        expect(why.get(bio)).toMatch(/closing box/);
      });
    }

    it('reads no byline label nor sentence as the heading: the other gender\'s form must follow', () => {
      for (const line of ['Autor', 'Autor:', 'Autorin: Jana Berg', 'Autor*innen werden gesucht', 'Autor/Author']) expect(CLOSING_BOX.test(line), line).toBe(false);
    });
  });
});
