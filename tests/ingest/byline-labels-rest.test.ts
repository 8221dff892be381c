/**
 * lib/bylines/byline-labels.ts read by the places that still wrote their own byline words: main-text's name
 * line over a note on the author, headline's stamp-row field and its "By … 2024" header line,
 * segment's labelled stamp and stamp row; the line-opening byline of block-features and title, which
 * took any letter after the label; and the heading of the author's section ("Author information").
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { headerLine, isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { countWords } from '../../scripts/ingest/lib/page-text/language/text.ts';

const features = (line: string) => blockFeatures(line, detectLanguage(line));
const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The observatory will open its data to researchers abroad, and the first results are expected within two years, officials told reporters at the site.';
const A3 = 'Funding comes from a mix of public and private sources, with the largest share from the national science foundation and two universities.';

describe('a line that opens with a byline label: a name after it, not any word', () => {
  it('"By the time…", "by the way" open a sentence: no byline mark, and they may be a headline', () => {
    for (const line of ['By the time the storm hit the coast', 'by the way, the road is closed', 'By familiarizing oneself with the tools', 'by intro ⟨h1, h2⟩ exact h1 h2', 'Por qué se fue el ministro', 'Par ailleurs, le ministre a démissionné']) {
      expect(features(line).byline, line).toBe(false);
      expect(notAHeadline(line), line).toBe(false);
    }
  });

  it('a capitalised name, a name in capitals, a name of a script without case, a handle alone still is one', () => {
    for (const line of ['By Anna Berg', 'BY ANNA BERG', 'by Anna Berg', 'Von Anna Berg', 'Автор: Иван Петров', '작성자 김민수', 'By infuy', 'by ibby | May 2, 2024']) {
      expect(features(line).byline, line).toBe(true);
      expect(notAHeadline(line), line).toBe(true);
    }
  });
});

describe('the heading of the author\'s section: a label then a section word, not a name', () => {
  it('"Author information", "Authors and affiliations", "Author details" belong with the byline', () => {
    for (const line of ['Author information', 'Authors and affiliations', 'Author details', 'Author Information']) {
      expect(isAuthorLine(line, { byline: false, words: countWords(line) }), line).toBe(true);
    }
  });

  it('languages that put the author noun last: "Informations sur l\'auteur", "Informações sobre o autor", "Información del autor", "Informazioni sull\'autore"', () => {
    const headings = [
      "Informations sur l'auteur",
      'Informations sur les auteurs',
      'Détails sur l’auteur',
      'Informações sobre o autor',
      'Informações do autor',
      'Información del autor',
      'Información sobre la autora',
      "Informazioni sull'autore",
      'Informazioni sugli autori',
      'Informationen zum Autor',
    ];
    for (const line of headings) expect(isAuthorLine(line, { byline: false, words: countWords(line) }), line).toBe(true);
    // The noun ends the heading: "l'auteur de l'attaque" is the attacker, and a section on anything else is no byline's.
    const notHeadings = ["Informations sur l'auteur de l'attaque", 'Información del ministerio', "Informazioni sull'evento", 'Informações sobre o acordo'];
    for (const line of notHeadings) expect(isAuthorLine(line, { byline: false, words: countWords(line) }), line).toBe(false);
  });

  it('the text header reads no name from "Author Information"', () => {
    const page = `Menu\nHome\nHeadline on joint research in science\nAuthor Information\nMarch 12, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(page).record.author).not.toBe('Information');
  });
});

describe('a stamp line with any language\'s `by` label', () => {
  it('a stamp row\'s byline field may be "posted by", "written by", as well as "by"', () => {
    for (const line of ['Tech Desk / 2024-03-12 / posted by admin', 'Tech Desk / 2024-03-12 / written by admin']) expect(headerLine(line, features(line)), line).toBe(true);
  });

  it('a long header line that opens with "Posted by", "Written by" and holds a date is the header, as one with "By"', () => {
    const line = 'Written by a team of Jane Roe and others in the newsroom of the paper for 3 weeks now and then some more words here';
    expect(headerLine(line, features(line))).toBe(true);
  });
});

describe('a labelled stamp far above the article, its byline in any language', () => {
  const P = [
    'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.',
    'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.',
    'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.',
  ];
  const menu = Array.from({ length: 16 }, (_, i) => `Menu entry number ${i + 1}`).join('\n');
  it('"Posted oleh Budi Santoso Hartono September 27, 2023" is read as "Posted by …" is', () => {
    for (const stamp of ['Posted by Jane Ann Roe Smith September 27, 2023', 'Posted oleh Budi Santoso Hartono September 27, 2023']) {
      const { record } = article(`${stamp}\n${menu}\nNew science plan for Africa launched by China\n\n${P.join('\n\n')}`);
      expect(record.date?.date, stamp).toBe('2023-09-27');
    }
  });
});

describe('a stamp row under the headline, its byline in any language', () => {
  it('"Por Ana Gómez | March 5, 2024 | Economía y Finanzas": the label is a field of the row, as "By" is', () => {
    for (const row of ['By Ana Gómez | March 5, 2024 | Economy and Finance', 'Por Ana Gómez | March 5, 2024 | Economía y Finanzas', 'Oleh Budi Santoso | March 5, 2024 | Ekonomi dan Bisnis']) {
      const { record } = article(`New science plan for Africa launched by China\n${row}\n\n${PROSE}\n\n${PROSE.replace('ministry', 'agency')}\n\n${PROSE.replace('ministry', 'office')}`);
      expect(record.date?.date, row).toBe('2024-03-05');
    }
  });
});

describe('the name line over a note on the author knows every `by` label', () => {
  const bio = 'Jane Smith covers science and technology for the paper and has reported from four continents since she joined it in 2009.';
  it('"Reported by Jane Smith", "Words by Jane Smith" over her note: the note is left out', () => {
    for (const label of ['Reported by', 'Words by', 'Story by']) {
      const page = `Observatory opens its doors to foreign partners\nBy Jane Smith | Science Desk\n${A1}\n${A2}\n${A3}\n${label} Jane Smith\n${bio}\nRelated\nNew Telescope Spots Earliest Galaxy Yet Seen`;
      const { kept, why } = chooseArticle(page);
      expect(kept, label).toEqual([A1, A2, A3]);
      expect(why.get(bio), label).toMatch(/author/);
    }
  });
});
