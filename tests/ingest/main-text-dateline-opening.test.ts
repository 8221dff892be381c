/**
 * A news report's first paragraph opens on its dateline: the place (and the agency, the day) it was
 * filed from. Set above the byline and the date, it is the article's lead, not a standfirst or the lead
 * picture's caption (above/prose-by-the-stamp.ts), however the press of a country writes its dateline:
 * "Berlin. Die …" (a German regional paper's), "Hamburg (dpa) – …", "PARIS, 12 mars (AFP) - …".
 * A sentence above the stamp that opens on anything else still leaves as the standfirst it is.
 * Pages written here; each dateline case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

/** The article's paragraphs and author as the whole text path gives them: the byline and date inside the run are the header's. */
function ingested(page: string): { paragraphs: string[]; author: string | null } {
  const record = processArticle('dateline.txt', new TextEncoder().encode(page), [], new Report('dateline.txt'));
  return { paragraphs: record.paragraphs.map((p) => p.text), author: record.author };
}

const DE = [
  'Die Füchse haben das Spiel gegen den Tabellenletzten deutlich gewonnen und stehen damit zum dritten Mal in Folge im Viertelfinale des Pokals.',
  'Trainer Jana Berg lobte nach dem Spiel vor allem die Abwehr, die dem Gegner in der zweiten Halbzeit kaum eine Chance gelassen habe.',
  'Das Viertelfinale wird im Februar ausgetragen, der Gegner wird in der kommenden Woche ausgelost, wie der Verband am Abend mitteilte.',
];
const FR = [
  "Les chercheurs de douze pays rejoindront le nouvel observatoire radio installé dans le désert, a annoncé lundi l'académie nationale des sciences.",
  "Les premières données sont attendues en 2027, lorsque l'instrument commencera ses observations régulières du ciel austral et les partagera.",
  'Le financement de la première phase vient des États membres, qui se sont accordés l’an dernier sur un partage des coûts selon leur budget.',
];
const EN = [
  'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.',
  'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.',
  'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.',
];

describe('main-text: a lead that opens on its dateline above the byline and date', () => {
  it('keeps a German lead opening on its place and a full stop ("Berlin. Die …") as the article’s', () => {
    const lead = 'Berlin. Die Füchse stehen im Pokal-Viertelfinale. Als der letzte Ball ins Tor rollt, sind die Kräfteverhältnisse eindeutig geklärt.';
    const page = `Sport\nFüchse mit Machtdemonstration im Pokal\n${lead}\nVon Jana Berg\n06.11.2025, 21:18 Uhr\n${DE.join('\n')}`;
    expect(ingested(page)).toEqual({ paragraphs: [lead, ...DE], author: 'Jana Berg' });
  });

  it('keeps a lead opening on a place, its agency in brackets and a dash ("Hamburg (dpa) – …")', () => {
    const lead = 'Hamburg (dpa) – Die Füchse stehen nach einem deutlichen Sieg im Pokal-Viertelfinale, der Gegner war von Beginn an chancenlos.';
    const page = `Füchse mit Machtdemonstration im Pokal\n${lead}\nVon Jana Berg\n06.11.2025, 21:18 Uhr\n${DE.join('\n')}`;
    expect(ingested(page)).toEqual({ paragraphs: [lead, ...DE], author: 'Jana Berg' });
  });

  it('keeps a lead opening on a place in capitals, its day and agency ("PARIS, 12 mars (AFP) - …", "WASHINGTON, March 5 (Reuters) - …")', () => {
    const fr = "PARIS, 12 mars (AFP) - Un nouvel observatoire radio ouvre ses portes dans le désert, a annoncé l'académie nationale des sciences.";
    expect(ingested(`Un observatoire ouvre ses portes\n${fr}\nPar Jeanne Roux\n12 mars 2025 à 10h21\n${FR.join('\n')}`)).toEqual({ paragraphs: [fr, ...FR], author: 'Jeanne Roux' });
    const en = 'WASHINGTON, March 5 (Reuters) - A new radio observatory opened its doors to foreign partners in the desert, the national academy said.';
    expect(ingested(`Observatory opens its doors\n${en}\nBy Jane Smith\nMarch 5, 2025 8:21 am ET\n${EN.join('\n')}`)).toEqual({ paragraphs: [en, ...EN], author: 'Jane Smith' });
  });

  it('leaves out the lead picture’s caption between the header and the first paragraph, which the run now takes in', () => {
    const lead = 'Berlin. Die Füchse stehen im Pokal-Viertelfinale. Als der letzte Ball ins Tor rollt, sind die Kräfteverhältnisse eindeutig geklärt.';
    const caption = 'Die Spieler jubeln nach dem Abpfiff vor ihren Fans.';
    const page = `Füchse mit Machtdemonstration im Pokal\n${lead}\nVon Jana Berg\n06.11.2025, 21:18 Uhr\n${caption}\n${DE.join('\n')}`;
    expect(ingested(page)).toEqual({ paragraphs: [lead, ...DE], author: 'Jana Berg' });
    expect(chooseArticle(page).why.get(caption)).toMatch(/between the article's byline or date and its first paragraph/);
  });

  it('still leaves out a standfirst above the byline that opens on no dateline, in either language', () => {
    const dek = 'Die Füchse stehen im Pokal-Viertelfinale. Als der letzte Ball ins Tor rollt, sind die Kräfteverhältnisse eindeutig geklärt.';
    const de = chooseArticle(`Füchse mit Machtdemonstration im Pokal\n${dek}\nVon Jana Berg\n06.11.2025, 21:18 Uhr\n${DE.join('\n')}`);
    expect(de.kept).toEqual(DE);
    expect(de.why.get(dek)).toMatch(/standfirst or caption/);
    const caption = 'Jane Smith (left) - the director of the academy - at the opening of the new observatory in the desert on Monday.';
    expect(chooseArticle(`Observatory opens its doors\n${caption}\nBy Jane Smith\nMarch 5, 2025 8:21 am ET\n${EN.join('\n')}`).kept).toEqual(EN);
  });
});
