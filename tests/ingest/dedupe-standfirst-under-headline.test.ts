/**
 * A standfirst written without its full stop, right under the headline and right over the first
 * paragraph, and long against a short headline, is the article's line: dedupe keeps it. What else stands in that place (a byline, a
 * date row, a caption with its credit, a breadcrumb, a label) still goes, reported; and a line of
 * that shape elsewhere in the header is not read as the standfirst.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { standfirstUnderHeadline } from '../../scripts/ingest/lib/page-text/headline/standfirst-under-headline.ts';

const BODY = [
  'The harbour board decided on Tuesday evening to postpone the regatta until the storm season is over, after weeks of talks with the clubs.',
  'Organisers said the crews had been told in good time and that the entry fees would be carried over to the new date without any charge.',
  'A new date will be announced once the board has met the clubs again, most likely at the start of next month, a spokeswoman said.',
].join('\n\n');

const page = (...header: string[]) => `Home\nNews\nSport\n${header.join('\n')}\n${BODY}`;
const HEADLINE = 'Harbour regatta postponed again';
const removedByDedupe = (report: ReturnType<typeof article>['report']) =>
  report.entries.filter((e) => e.stage === 'dedupe' && e.rule === 'header-line').map((e) => e.text);

describe('a standfirst without its full stop under the headline', () => {
  it('stays, at the top of the body', () => {
    const standfirst = 'Storm season keeps the boats in the harbour for another month';
    const { record, report } = article(page(HEADLINE, standfirst));
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs[0].text).toBe(standfirst);
    expect(removedByDedupe(report)).not.toContain(standfirst);
  });

  // A headline of seven words: at 2.5 times its words the standfirst went; a share button under it is no "first paragraph".
  for (const [lang, headline, standfirst] of [
    ['English', 'Harbour board postpones the autumn regatta again', 'Storm season keeps the boats in the harbour for another month'],
    ['German', 'Hafenbehörde verschiebt die Regatta im Herbst erneut', 'Die Sturmsaison hält die Boote noch einen ganzen Monat lang im Hafen fest'],
  ] as const) {
    it(`stays under a headline of some length, a share button under it (${lang})`, () => {
      const { record, report } = article(page(headline, standfirst, 'Share'));
      expect(record.title).toBe(headline);
      expect(record.paragraphs.map((p) => p.text)).toContain(standfirst);
      expect(removedByDedupe(report)).toEqual(['Share']);
    });
  }

  it('stays in another language, with a lower-case "von" inside it', () => {
    const standfirst = 'Was seit Wochen erwartet wurde, ist von der Hafenbehörde nun offiziell bestätigt worden';
    const { record } = article(page(HEADLINE, standfirst));
    expect(record.paragraphs[0].text).toBe(standfirst);
  });
});

describe('other lines in that place still go, reported', () => {
  for (const [what, line] of [
    ['a byline', 'Story by Jane Roe and John Doe for the harbour desk'],
    ['a caption with its credit in brackets', 'Boats moored in the bay during the last storm of the season (Jane Roe / Harbour Press)'],
    ['a date and time row', 'Published on the third of March at 8:15 in the morning with updates'],
    ['a breadcrumb', 'Home > News > Sport > Sailing > Harbour regatta postponed again'],
    ['a row of labels', 'Sailing · Regatta · Harbour board · Weather · Local clubs · Events'],
    ['a short label', 'Sailing news'],
    ['a row of names', 'Jane Roe and John Doe Northport Harbour Herald Sailing Desk'],
  ] as const) {
    it(`${what}`, () => {
      const { record, report } = article(page(HEADLINE, line));
      expect(record.paragraphs.map((p) => p.text)).not.toContain(line);
      const reported = report.entries.some((e) => e.action === 'removed' && e.text === line);
      expect(reported).toBe(true);
    });
  }
});

describe('the place is the sign', () => {
  const line = 'Storm season keeps the boats in the harbour for another month';
  it('right under the headline and right over the first paragraph', () => {
    expect(standfirstUnderHeadline(line, ['Sailing', HEADLINE, line], HEADLINE)).toBe(true);
  });
  it('not under another header line between it and the headline', () => {
    expect(standfirstUnderHeadline(line, [HEADLINE, 'Jane Roe, harbour desk', line], HEADLINE)).toBe(false);
  });
  it('also with other header lines under it (a caption, a sub-heading, the article\'s lead read as header)', () => {
    expect(standfirstUnderHeadline(line, [HEADLINE, line, 'Jane Roe, harbour desk'], HEADLINE)).toBe(true);
    expect(standfirstUnderHeadline(line, ['Sailing', HEADLINE, line, 'Boats in the bay.', 'A long wait'], HEADLINE)).toBe(true);
  });
  it('under the last copy of a headline the page shows twice, a caption between', () => {
    expect(standfirstUnderHeadline(line, [HEADLINE, 'Boats in the bay (Jane Roe)', HEADLINE, line, 'A long wait'], HEADLINE)).toBe(true);
  });
  it('not a row of fields, each with its label', () => {
    const row = 'Category: Sailing and boating - Tags: regatta harbour storm weather';
    expect(standfirstUnderHeadline(row, [HEADLINE, row], HEADLINE)).toBe(false);
  });
  it('not a second headline in Title Case', () => {
    const second = 'Harbour Regatta Postponed Again as the Storm Season Drags On';
    expect(standfirstUnderHeadline(second, [HEADLINE, second], HEADLINE)).toBe(false);
  });
  it('not under a headline nearly as long: a second headline, a teaser or a video title stands there as often', () => {
    const long = 'Harbour board postpones the autumn regatta for the second time this year';
    expect(standfirstUnderHeadline(line, [long, line], long)).toBe(false);
  });
  it('under a headline of some length, the line half as long again', () => {
    const headline = 'Harbour board postpones the autumn regatta';
    expect(standfirstUnderHeadline(line, [headline, line], headline)).toBe(true);
  });
  for (const [lang, headline, standfirst, button] of [
    ['Spanish', 'El puerto aplaza otra vez la regata', 'La temporada de tormentas mantiene los barcos en el puerto durante otro mes', 'Compartir'],
    ['French', 'Le port reporte encore la régate d’automne', 'La saison des tempêtes garde les bateaux au port pendant un mois de plus', 'Partager'],
  ] as const) {
    it(`under a headline of seven words, a button under it (${lang})`, () => {
      expect(standfirstUnderHeadline(standfirst, [headline, standfirst, button], headline)).toBe(true);
    });
  }
  it('not above the headline', () => {
    expect(standfirstUnderHeadline(line, [line, HEADLINE], HEADLINE)).toBe(false);
  });
});
