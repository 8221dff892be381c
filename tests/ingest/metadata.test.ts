import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const body = (first: string) => `${first}\n\n${PROSE}`;

describe('metadata: dates', () => {
  it('reads explicit stamps in common formats with day precision', () => {
    const cases: [string, string, string?][] = [
      ['2023-02-24 16:37:45', '2023-02-24'],
      ['Published: 14 March 2021', '2021-03-14'],
      // The page's only date is its update: read alike, its source says so (tests/ingest/dates-update-source.test.ts).
      ['Updated: Oct 5, 2021 10:00 BJT', '2021-10-05', 'update'],
      ['October 27, 2020', '2020-10-27'],
      ['2019/07/01', '2019-07-01'],
      ['发布时间：2022年3月8日', '2022-03-08'],
      ['date 2020-10-31 China to keep its door open', '2020-10-31'],
    ];
    for (const [stamp, iso, source = 'explicit'] of cases) {
      const { record } = article(`Headline on science cooperation\n\n${stamp}\n\n${PROSE}`);
      expect(record.date, stamp).toMatchObject({ date: iso, precision: 'day', source });
      expect(record.date?.evidence).toContain(stamp.split(' ')[0] === 'date' ? '2020-10-31' : stamp.slice(0, 10));
    }
  });

  it('prefers the published stamp over the updated one', () => {
    const { record } = article(`Headline on science cooperation\n\nUpdated: 20 March 2021\nPublished: 14 March 2021\n\n${PROSE}`);
    expect(record.date?.date).toBe('2021-03-14');
  });

  it('reads a dateline with agency, taking the year from the page stamp', () => {
    const { record } = article(`Headline on science cooperation\n\n2020-10-31\n\n${body('BEIJING, Oct. 30 (Xinhua) -- China will keep its door open to cooperation in science, the minister said on Friday at a press conference.')}`);
    expect(record.date).toMatchObject({ date: '2020-10-30', source: 'dateline' });
    expect(record.published).toBe('2020-10-31');
    expect(record.outlet).toBe('Xinhua');
  });

  it('takes the previous year for a late-December dateline on an early-January page', () => {
    const { record } = article(`Headline on science cooperation\n\n2021-01-02\n\n${body('WASHINGTON, Dec. 31 (Reuters) - Officials said on Thursday that the research agreement would be renewed for another five years.')}`);
    expect(record.date?.date).toBe('2020-12-31');
  });

  it('dates by a dateline that has its own year, and agrees with a matching stamp as explicit', () => {
    expect(article(`Headline on science cooperation\n\n${body('GENEVA, March 3, 2021 (AFP) -- The alliance said on Wednesday that China had joined the initiative after months of talks.')}`).record.date).toMatchObject({ date: '2021-03-03', source: 'dateline' });
    expect(article(`Headline on science cooperation\n\n2023-02-24\n\n${body('BEIJING, Feb. 24 (Xinhua) -- China will strengthen cooperation in science and technology, the ministry said on Friday.')}`).record.date).toMatchObject({ date: '2023-02-24', source: 'explicit' });
  });

  it('leaves the date null when the page gives none: no guess, never today', () => {
    const { record } = article(`Headline on science cooperation\n\n${body('BEIJING, Oct. 30 (Xinhua) -- China will keep its door open to cooperation in science, the minister said on Friday at a press conference.')}`);
    expect(record.date).toBeNull();
    expect(article(`Headline\n\n${PROSE} It happened on Friday, not long ago.`).record.date).toBeNull();
  });

  it('does not read an ambiguous numeric date', () => {
    expect(article(`Headline on science cooperation\n\n03/04/2021\n\n${PROSE}`).record.date).toBeNull();
  });
});

describe('metadata: outlet, author, editor', () => {
  it('reads Source:, Editor: and By lines', () => {
    const { record } = article(`Headline on science cooperation\n\nBy Jane Doe and Li Wei | Updated 2021-01-01\nSource: Example Agency\nEditor: huaxia\n\n${PROSE}`);
    expect(record.outlet).toBe('Example Agency');
    expect(record.author).toBe('Jane Doe and Li Wei');
    expect(record.editor).toBe('huaxia');
  });

  it('a text byline keeps the names it lists and drops an outlet or a date after a comma', () => {
    expect(article(`Headline on science cooperation\n\nBy Ann Lee, Bo Chen and Cy Diaz\n\n${PROSE}`).record.author).toBe('Ann Lee, Bo Chen and Cy Diaz');
    expect(article(`Headline on science cooperation\n\nBy LI WEI, Xinhua\n\n${PROSE}`).record.author).toBe('LI WEI');
    expect(article(`Headline on science cooperation\n\nBy Ann Lee - Mar 27\n\n${PROSE}`).record.author).toBe('Ann Lee');
  });

  it('reads the outlet from a page-title suffix, a print-edition note or a copyright line', () => {
    expect(article(`Observatory to open in 2027 - Example Times\nObservatory to open in 2027\n\n${PROSE}`).record.outlet).toBe('Example Times');
    expect(article(`Observatory to open in 2027\n\n${PROSE}\n\nThis article appeared in the Example Post print edition as: Open sky`).record.outlet).toBe('Example Post');
    expect(article(`Observatory to open in 2027\n\n${PROSE}\n\n© 2022 Example Media Group. All rights reserved.`).record.outlet).toBe('Example Media Group');
  });

  it('leaves the outlet null when the page does not name it', () => {
    expect(article(`Observatory to open in 2027\n\n${PROSE}`).record.outlet).toBeNull();
  });
});
