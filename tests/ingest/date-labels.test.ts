import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { CHANGE_WORD, datesAChange, PUBLICATION_LABEL, STAMP_LABEL, STATES_WHAT_IT_DATES } from '../../scripts/ingest/lib/dates/date-labels.ts';

const label = (line: string) => STAMP_LABEL.exec(line)?.[0] ?? null;

describe('date labels: one vocabulary for what a date is', () => {
  it('STAMP_LABEL reads past any stamp label, its " on"/" at" and its colon', () => {
    expect(label('Published: 14 March 2021')).toBe('Published: ');
    expect(label('Posted on April 13, 2023')).toBe('Posted on ');
    expect(label('Updated at 10:00, March 3, 2021')).toBe('Updated at ');
    expect(label('Last updated: Nov 20, 2019')).toBe('Last updated: ');
    expect(label('Date: 2020-10-31')).toBe('Date: ');
    expect(label('Release time: 2022-03-08')).toBe('Release time: ');
    expect(label('发布时间：2022年3月8日')).toBe('发布时间：');
    // Not a label: the line's own words.
    expect(label('By Jane Roe, March 3, 2021')).toBeNull();
    expect(label('Beijing, March 3, 2021')).toBeNull();
    // A longer word that starts like a label is the line's own word, not "Time" + "line".
    expect(label('Timeline: March 3, 2021')).toBeNull();
    expect(label('Dates announced March 3, 2021')).toBeNull();
    // A page whose fields lost their spaces runs the label into the date: still the whole label.
    expect(label('Updated onFebruary 9, 2026')).toBe('Updated on');
    expect(label('PostedJanuary 16, 2025')).toBe('Posted');
  });

  it('STATES_WHAT_IT_DATES: a label that says whether the date is the publication or a change', () => {
    for (const line of ['Published: 11 Mar 2026', 'First published on March 3, 2021', 'Originally published March 3, 2021', 'Posted on April 13, 2023', 'Updated March 11, 2026', 'Last updated: March 11, 2026', '发布时间：2022年3月8日']) {
      expect(STATES_WHAT_IT_DATES.test(line), line).toBe(true);
    }
    // "Date:" only says a date follows, not what it dates; a label inside a sentence is no label.
    for (const line of ['Date: March 3, 2021', 'The report was published on March 3, 2021.', 'March 3, 2021 | Updated']) {
      expect(STATES_WHAT_IT_DATES.test(line), line).toBe(false);
    }
  });

  it('PUBLICATION_LABEL: a line that opens with the publication day', () => {
    for (const line of ['Published: 14 March 2021', '  First published on March 3, 2021', 'Originally published March 3, 2021', 'Posted on April 13, 2023', 'Date: 2020-10-31', '发布时间：2022年3月8日', 'Release time: 2022-03-08']) {
      expect(PUBLICATION_LABEL.test(line), line).toBe(true);
    }
    // Near misses: a longer word that starts like a label, an update.
    for (const line of ['Dateline: March 3, 2021', 'Posters from March 3, 2021', 'Updated: March 3, 2021', 'Last updated March 3, 2021']) {
      expect(PUBLICATION_LABEL.test(line), line).toBe(false);
    }
  });

  // The update label, wherever it stands, is read by datesAChange (metadata.ts): the line's first date is the one asked about.
  const firstDate = (line: string) => line.search(/\d|(?:Nov|March)/);
  it('datesAChange: a line that opens with an update', () => {
    for (const line of ['Updated: 20 March 2021', 'UPDATED Nov. 19, 2019', ' Last updated on March 3, 2021', 'Last Updated : Nov 20, 2019 01:41 PM']) {
      expect(datesAChange(line, firstDate(line)), line).toBe(true);
    }
    for (const line of ['Published: 14 March 2021 | Updated: 20 March 2021', 'Updates from the field, March 3, 2021', 'Last update March 3, 2021']) {
      expect(datesAChange(line, firstDate(line)), line).toBe(false);
    }
  });

  it('CHANGE_WORD: a date line that says, anywhere, the page changed then', () => {
    for (const line of ['Last reviewed: March 3, 2021', 'Medically reviewed by Ann Lee, MD on March 3, 2021', 'Modified 2021-03-03', 'Edited March 3, 2021', 'Revised on March 3, 2021', 'Published March 1, 2021 · Updated March 3, 2021']) {
      expect(CHANGE_WORD.test(line), line).toBe(true);
    }
    // Near misses: a word that only contains a change word, and the publication itself.
    for (const line of ['Unedited footage, March 3, 2021', 'Reviewers met on March 3, 2021', 'Published on March 3, 2021']) {
      expect(CHANGE_WORD.test(line), line).toBe(false);
    }
  });
});

describe('date labels: every publication and update label is read the same way in the header', () => {
  it('reads "First published on …" as the stamp it is: its label kept with its date, no stray words left', () => {
    const { record, report } = article(`Headline on science cooperation\n\nFirst published on March 3, 2021\nUpdated: March 9, 2021\n\n${PROSE}`);
    expect(record.date).toMatchObject({ date: '2021-03-03', evidence: 'First published on March 3, 2021' });
    expect(report.entries.filter((e) => e.text === 'First published on')).toEqual([]);
  });

  it('reads "Last updated on …" whole: no stray "on" is left of the line', () => {
    const { record, report } = article(`Headline on science cooperation\n\nLast updated on March 9, 2021\n\n${PROSE}`);
    expect(record.date).toMatchObject({ date: '2021-03-09', evidence: 'Last updated on March 9, 2021' });
    expect(report.entries.filter((e) => e.text === 'on')).toEqual([]);
  });
});

describe('date labels: a publication label is one wherever it stands', () => {
  it('dates the article by a stamp under it labelled "Release time:" as by one labelled "Published:"', () => {
    for (const label of ['Published:', 'Release time:']) {
      const { record } = article(`Headline on science cooperation\n\n${PROSE}\n\n${PROSE.replace('ministry', 'agency')}\n\n${label} 2021-03-04 10:00`);
      expect(record.date, label).toMatchObject({ date: '2021-03-04' });
    }
  });
});
