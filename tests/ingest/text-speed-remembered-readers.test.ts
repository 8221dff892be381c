// Session 41's memories in the text path's header readers (issue #13, item 8): the byline cleaner
// (cleanAuthor), the fused-date reader (findFusedDates) and the headline chooser's test of what is
// never a headline (notAHeadline) remember their answers by text (and by the
// numeric order, for dates), as the headline chooser's byline test does (lib/bounded-memo.ts). A
// remembered answer must be the one reading gives, whatever was asked before, and no caller may change
// what the next caller is told. And the author's box's first-word test reads a line's first word at its
// start instead of splitting the line. On nasty and random lines.
import { describe, expect, it } from 'vitest';
import { cleanAuthor, cleanAuthorReadForTests } from '../../scripts/ingest/lib/bylines/author.ts';
import { findFusedDates, fusedDatesReadForTests, type NumericOrder } from '../../scripts/ingest/lib/dates/dates.ts';
import { notAHeadline, notAHeadlineReadForTests } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { firstWord } from '../../scripts/ingest/lib/bylines/labelled-byline.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string[], count: number, maxParts: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxParts) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

const BYLINE_PIECES = [
  'Anna', 'Berg', 'BergFounder', 'Li', 'Wei', 'van', 'der', 'and', 'und', '&', 'By', 'by', 'Written', 'Staff', 'Writer', 'Senior', 'Editor', 'Reporter',
  'ANNA', 'BERG', 'LAST', 'UPDATED', '|', '·', '•', '–', '-', ',', '.', ':', '@anna', 'Jan.', 'March', '5,', '2025', 'Foto:', 'Getty', 'Images', 'null',
  'Émile', 'Łukasz', 'Иван', 'Петров', '张三', '이상현', '\u00a0', ' ', ' ', '\t', '\n', 'MS', 'RD', 'Ph.D.', 'https://example.org', 'AB', 'View', 'Follow',
];
const NASTY_BYLINES = [
  '', ' ', 'null', 'By', 'Written by', 'By Anna Berg', 'Anna Berg', ' Anna Berg ', 'Anna Berg | Example Journal', 'Anna BergFounder at Example Labs',
  'Posted by: Anna Berg', 'By Dr. Anna Berg - Mar 27', 'Anna Berg\n\tFormer Management Consultant', 'Anna Berg, MS, RD', 'Anna Berg and Li Wei',
  'Text: Anna Berg, Foto: Jan Smit', 'Senior Autos Reporter', 'Getty Images', 'AB Anna Berg', 'Anna Berg View In Digital Edition', 'anna berg',
  `Anna Berg ${'x'.repeat(250)}`, `${'Anna Berg, '.repeat(30)}`, 'Иван Петров | Редакция', '张三 李四', 'Anna\u00a0Berg',
];

describe('cleanAuthor: a byline remembered by its text', () => {
  it('gives what reading the text gives, asked first or again, whatever was asked between', () => {
    const lines = [...NASTY_BYLINES, ...randomLines(43, BYLINE_PIECES.flatMap((p) => [p, ' ']), 3000, 12)];
    const read = lines.map((line) => cleanAuthorReadForTests(line));
    let named = 0;
    for (const [k, line] of lines.entries()) {
      expect(cleanAuthor(line), JSON.stringify(line)).toBe(read[k]);
      if (read[k]) named++;
    }
    // Again, the other way round: now answered from memory (or read again, past the memory's bound).
    for (let k = lines.length - 1; k >= 0; k--) expect(cleanAuthor(lines[k]), JSON.stringify(lines[k])).toBe(read[k]);
    // The texts reach the rule: many give a name (a test that could not fail otherwise).
    expect(named).toBeGreaterThan(300);
    expect(cleanAuthor(null)).toBeNull();
    expect(cleanAuthor(undefined)).toBeNull();
  });
  it('answers past the memory\'s bound as within it', () => {
    // More distinct texts than the memory holds: it starts afresh and still answers as reading does.
    const lines = Array.from({ length: 9000 }, (_, k) => `Anna Berg${k} | Example`);
    for (const line of lines) expect(cleanAuthor(line)).toBe(cleanAuthorReadForTests(line));
    for (const line of lines.slice(0, 50)) expect(cleanAuthor(line)).toBe(cleanAuthorReadForTests(line));
  });
});

const DATE_PIECES = [
  'March', 'Mar', 'Mar.', '5', '05', '5,', '31', '2025', '2025-03-05', '03/04/2025', '27/05/2024', '10/31/2024', '20.11.2019', '25.4.24', '28. 4. 2023',
  '2026年3月9日', '9 de marzo de 2026', '9 marca 2026', '2026. március 9.', '19-Dec-2025', 'Dec-19-2025', 'Ann', 'LeeApril', 'Lee3/4/2025', 'Lee24.04.2024',
  'ByJane', 'RoeMar', '20', 'Mins', 'Read', '٢٠٢٥', '١٢', '|', '·', ',', '.', '/', '-', ' ', ' ', '\u00a0', 'Updated:', 'Published', 'v2.4.24', 'GEARAPR 28, 2024',
];
const NASTY_DATED = [
  '', ' ', '2025', 'March 5, 2025', 'ByJane RoeMar 5, 2025', 'Mental HealthDECEMBER 22, 2022Updated: Jan 3, 2023', 'January 14, 202620 Mins Read',
  'September 27, 20231', '03/04/2021', '8/27/2025', '27/8/2025', 'Ola Lindqvist24.04.2024, 19:35 Uhr', 'Redaktion, Nordufer15.04.25 09:56',
  'Ann Lee3/4/2025', 'July 13, 2024October 10, 2020 by Ann Lee', '۱۲ مارس ۲۰۲۴', `${'1 March 2025 · '.repeat(80)}`, 'February 30, 2025',
];
const ORDERS: (NumericOrder | null | undefined)[] = [undefined, null, 'day-first', 'month-first'];

describe('findFusedDates: the dates of a text remembered by the text and the numeric order', () => {
  it('gives what reading the text gives, in each order, asked first or again', () => {
    const lines = [...NASTY_DATED, ...randomLines(44, DATE_PIECES.flatMap((p) => [p, ' ']), 2000, 10)];
    let dated = 0;
    for (const order of ORDERS) {
      const read = lines.map((line) => fusedDatesReadForTests(line, order));
      for (const [k, line] of lines.entries()) {
        expect(findFusedDates(line, order), `${order} ${JSON.stringify(line)}`).toEqual(read[k]);
        if (read[k].length) dated++;
      }
      for (let k = lines.length - 1; k >= 0; k--) expect(findFusedDates(lines[k], order), `${order} ${JSON.stringify(lines[k])}`).toEqual(read[k]);
    }
    expect(dated).toBeGreaterThan(1000);
  });
  it('reads no order and a null one alike, as one memory holds both', () => {
    const lines = [...NASTY_DATED, ...randomLines(45, DATE_PIECES.flatMap((p) => [p, ' ']), 2000, 10)];
    for (const line of lines) expect(fusedDatesReadForTests(line, undefined), JSON.stringify(line)).toEqual(fusedDatesReadForTests(line, null));
  });
  it('tells the numeric orders apart', () => {
    expect(findFusedDates('Posted 03/04/2021', 'day-first').map((d) => d.date)).toEqual(['2021-04-03']);
    expect(findFusedDates('Posted 03/04/2021', 'month-first').map((d) => d.date)).toEqual(['2021-03-04']);
    expect(findFusedDates('Posted 03/04/2021', null)).toEqual([]);
  });
  it('gives each caller dates of its own: reordering or changing them changes no later answer', () => {
    const line = 'July 13, 2024 · October 10, 2020 · 3 Comments';
    const first = findFusedDates(line);
    expect(first.map((d) => d.date)).toEqual(['2024-07-13', '2020-10-10']);
    first.reverse();
    first[0].date = 'changed';
    first.push({ date: 'x', precision: 'day', text: 'x', index: 0 });
    expect(findFusedDates(line).map((d) => d.date)).toEqual(['2024-07-13', '2020-10-10']);
  });
});

const HEADER_PIECES = [
  'By', 'Jane', 'Roe', 'Skip', 'to', 'content', 'Menu', 'cookies', 'Privacy', 'Policy', 'Published', 'Updated', 'Nov', '18', '2025', '12:30', '5', 'min', 'read',
  '3', 'hours', 'ago', 'Home', '/', '>', '»', '|', 'Photo:', 'Foto:', '(Jane', 'Roe/Agency)', 'Agency', 'China', 'and', 'Germany', 'sign', 'a', 'climate', 'pact',
  '记者', '张三', '홍길동', '기자', 'بقلم:', 'محمد', 'Weekly', 'Wrap-Up', '12/19/2025', '.', ',', ' ', ' ', '\u00a0', '\t',
];
const NASTY_HEADER_LINES = [
  '', ' ', 'By Jane Roe', 'By the Numbers: What 2025 Taught Us', 'Skip to main content', 'Menu', 'We use cookies', 'Published: Nov 18, 2025', 'Nov 18',
  '18 November', '12:30 | 18.11.2025', '5 min read', '3 hours ago', 'Home / World / Asia', 'Photo: Jane Roe', '(Jane Roe/Agency)', '记者 张三', '홍길동 기자',
  'بقلم: محمد أحمد', 'Weekly Wrap-Up 12/19/2025', 'Which Boards Fit the 2040, 2050 or 2060 Chips', 'China and Germany sign a climate pact',
  ` China and Germany sign a climate pact `, `By Jane Roe ${'x '.repeat(120)}`,
];

describe('notAHeadline: a line\'s answer remembered by the line', () => {
  it('gives what reading the line gives, asked first or again, whatever was asked between', () => {
    const lines = [...NASTY_HEADER_LINES, ...randomLines(46, HEADER_PIECES.flatMap((p) => [p, ' ']), 3000, 10)];
    const read = lines.map((line) => notAHeadlineReadForTests(line));
    for (const [k, line] of lines.entries()) expect(notAHeadline(line), JSON.stringify(line)).toBe(read[k]);
    for (let k = lines.length - 1; k >= 0; k--) expect(notAHeadline(lines[k]), JSON.stringify(lines[k])).toBe(read[k]);
    // Both answers are met: a test that could not fail otherwise.
    expect(read.filter(Boolean).length).toBeGreaterThan(300);
    expect(read.filter((r) => !r).length).toBeGreaterThan(300);
  });
});

describe('firstWord: a line\'s first word read at its start', () => {
  it('gives what trimming and splitting the line gave', () => {
    // Every kind of space JavaScript trims and \\s matches, and some it does not (a zero-width space, a joiner).
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u200d', '\u180e'];
    const nasty = ['', ' ', '  ', 'Anna', ' Anna', 'Anna ', ' Anna Berg is a writer.', '\u00a0Anna\u00a0Berg', '\ufeffAnna', '\u200bAnna Berg', 'x'.repeat(5000), ` ${' '.repeat(5000)}`];
    const lines = [...nasty, ...spaces, ...randomLines(47, [...spaces, 'Anna', 'Berg', 'is', '.', 'é', '张', '\ud83d\ude00'], 4000, 8)];
    let nonEmpty = 0;
    for (const line of lines) {
      const was = line.trim().split(/\s+/)[0];
      if (was) nonEmpty++;
      expect(firstWord(line), JSON.stringify(line)).toBe(was);
    }
    expect(nonEmpty).toBeGreaterThan(1000);
  });
});
