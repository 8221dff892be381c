// Session 43's prechecks in segment's header readers (issue #13, item 8) answer as the forms they cut
// short: a publication label after a separator read from the line's last separator; names without
// capitals looked for only in a line with a letter of their scripts; a name before its age or its stamp
// looked for only in a line that may open with a name; a date that is no calendar day read once per
// distinct text; a paper's authors and a reviewer's credit row split only past their first part's test.
// On nasty and random lines.
import { describe, expect, it } from 'vitest';
import { PUBLICATION_LABEL_AFTER, publicationLabelAfter } from '../../scripts/ingest/lib/dates/date-labels.ts';
import { caselessNamesAlone, caselessNamesAloneReadForTests } from '../../scripts/ingest/lib/bylines/caseless-labelled-byline.ts';
import { bareName, mayOpenWithName, nameBeforeItsAge, nameBeforeItsAgeReadForTests, nameBeforeItsStamp, nameBeforeItsStampReadForTests, namesWithAffiliationMarks } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { findInvalidDates, invalidDatesReadForTests } from '../../scripts/ingest/lib/dates/dates.ts';
import { joinNames } from '../../scripts/ingest/lib/bylines/author.ts';
import { writerAfterReviewer } from '../../scripts/ingest/lib/bylines/labelled-line.ts';
import { BYLINE, REVIEWER_CREDIT } from '../../scripts/ingest/lib/bylines/byline-labels.ts';

/** A small deterministic generator: the same random lines on every run. */
function randomLines(seed: number, alphabet: string[], count: number, maxParts: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxParts) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

/** Lines made of one piece from each slot in turn (random within a slot): rows shaped as the rules read them, and near misses. */
function slotLines(seed: number, slots: string[][], count: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => slots.map((slot) => slot[Math.floor(next() * slot.length)]).join(''));
}

const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\u2009', '\u200f'];
const SEPARATORS = ['|', '·', '•', '–', '—', '-', '/', ',', ':'];

describe('publicationLabelAfter: the pattern run from the line\'s last separator', () => {
  const before = (line: string) => PUBLICATION_LABEL_AFTER.exec(line)?.[1] ?? null;
  const LABELS = ['Published', 'published', 'Originally published', 'first published', '(re)published', 'republished', 'Posted', 'posted', 'release time', '发布时间', 'Veröffentlicht am', 'erstellt', 'erstellt:', 'mis en ligne le', 'Publicado em', '發佈時間', 'Updated', 'by'];
  const NASTY = [
    '', ' ', '|', '| published', ' | published', 'x | published', 'x |published', 'x| published', 'x - Published ', 'x -\tPublished\u00a0', '5 Sept 2024 | Originally published',
    '5 Sept 2024 | Originally published | 3 min', '5 Sept 2024 — Posted', '5 Sept 2024 — Posted —', 'a - b | posted', 'a | b - posted', 'a |  - posted', 'a - | posted',
    'a · (re)published', 'a · re-published', 'a - erstellt : ', 'a - erstellt:', 'x • mis en ligne le', 'x •mis  en ligne le', 'published', '- published', ' -published',
    `${'word '.repeat(300)}| published`, `${'| '.repeat(200)}posted`, 'x | PUBLISHED', 'x | Pu-blished',
  ];
  it('answers as the pattern on nasty and random lines', () => {
    const lines = [
      ...NASTY,
      ...randomLines(43, [...LABELS, ...SPACES, ...SEPARATORS, 'x', '2024', 'Ann', 'é'], 6000, 9),
      ...slotLines(48, [['', '5 Sept 2024', 'Ann Lee - x', 'a|b', 'x —'], ['', ...SPACES], SEPARATORS, ['', ...SPACES], LABELS, ['', ...SPACES, 'x', '-', '|']], 4000),
    ];
    let labelled = 0;
    for (const line of lines) {
      const was = before(line);
      if (was !== null) labelled++;
      expect(publicationLabelAfter(line), JSON.stringify(line)).toBe(was);
    }
    // The lines reach the rule: many carry a label (a test that could not fail otherwise).
    expect(labelled).toBeGreaterThan(100);
  });
});

describe('caselessNamesAlone: only a line with a letter of the scripts is read', () => {
  const PIECES = ['محمد', 'أحمد', 'علی', 'رضایی', 'و', 'بقلم', 'بقلم:', 'مراسل', 'דני', 'כהן', 'מאת:', 'ו', 'राहुल', 'शर्मा', 'और', 'लेखक:', 'ने', 'Anna', 'Berg', 'and', '14', '٤', '2025', '،', ',', '|', 'ـ', '\u064e', '\u200c', '\u200f', "'", '-', ...SPACES];
  const NASTY = ['', ' ', 'Anna Berg', 'राहुल शर्मा', 'محمد أحمد', 'دני כהן', 'Anna راهول', '\u200fمحمد أحمد\u200f', 'محمد أحمد، علی رضایی', 'लेखक: राम शर्मा', 'Anna Berg, Li Wei', '١٢٣ ٤٥٦', `${'محمد '.repeat(40)}`];
  it('answers as reading every line did, on nasty and random lines', () => {
    const names = ['محمد', 'أحمد', 'علی', 'رضایی', 'דני', 'כהן', 'राहुल', 'शर्मा', 'Anna', 'مراسل', 'ने'];
    const lines = [
      ...NASTY,
      ...randomLines(44, PIECES.flatMap((p) => [p, ' ']), 6000, 10),
      ...slotLines(49, [['', ' ', '\u200f', 'بقلم: '], names, [' ', '  ', '\u200c', ''], names, ['', ' ', ' و ', '، ', ' और '], ['', ...names], ['', ' ', ' 2025']], 4000),
    ];
    let named = 0;
    for (const line of lines) {
      const was = caselessNamesAloneReadForTests(line);
      if (was) named++;
      expect(caselessNamesAlone(line), JSON.stringify(line)).toBe(was);
    }
    expect(named).toBeGreaterThan(100);
  });
});

/** Pieces of a header's name rows: names, particles, roles, separators, ages, stamps and their labels, prose. */
const ROW_PIECES = [
  'Anna', 'Berg', 'BergFounder', 'ANNA', 'BERG', 'BERGLAST', 'UPDATED', 'Li', 'Wei', 'van', 'der', 'de', 'and', '&', 'y', 'Staff', 'Writer', 'Editor', 'writer', 'the',
  'government', 'said', 'Published', 'Updated:', 'Posted', 'on', 'by', 'By', '|', '·', '•', '–', '—', '-', '@anna', ',', '.', ':', '(Example', 'Software)',
  '1', '5', '7', 'an', 'one', 'day', 'days', 'hours', 'hour', 'ago', 'min', 'read', 'July', 'Jul.', 'NOV', '13,', '6,', '2025', '2024', '2025-03-04', '04/03/2025', '4.3.2025',
  '10:30', 'am', 'EST', 'Émile', 'Łukasz', 'Иван', 'Петров', '张三', ...SPACES,
];
const ROW_NASTY = [
  '', ' ', 'Anna Berg', 'Anna Berg|Published 1 day ago', 'Anna Berg 7 hours', 'Anna Berg · 7 hours', 'Anna Berg - an hour ago', 'Anna Berg July 13, 2025 — 7 min read',
  'ANNA BERGLAST UPDATED NOV 6, 2025', 'Anna BergJuly 13, 2025', 'Anna Berg, Staff Writer July 13, 2025', 'Anna Berg | Example Journal July 13, 2025', 'Anna July 13, 2025',
  'July 13, 2025 Anna Berg', 'anna Berg July 13, 2025', 'Anna berg July 13, 2025', 'van Berg Anna July 13, 2025', 'Ann (Example Software) July 13, 2025', 'Anna\u00a0Berg July 13, 2025',
  'Anna Berg July 13, 2025 one two three four five six seven eight nine ten', 'The minister said on July 13, 2025 that talks go on.', 'Иван Петров 13.07.2025', 'Anna Berg 2025-03-04 10:30',
];

/** A name row's slots: a name (or not), a tail, a separator, an age or a stamp, a few words after. */
const ROW_SLOTS = [
  ['', ' ', 'Anna ', 'The ', 'anna ', 'van ', 'Dr. '],
  ['Berg', 'Anna Berg', 'ANNA BERG', 'Li Wei', 'Anna van Berg', 'government', 'Émile Zola', 'Иван Петров', 'Ann (Example Software)', 'Anna Berg, Staff Writer', 'Anna Berg@anna', 'Staff'],
  ['', ' ', '  ', '\u00a0', 'LAST UPDATED ', 'Founder'],
  ['', ' | ', '|', ' · ', ' - ', ' — ', ', ', ' Published ', ' Updated: ', ' on '],
  ['7 hours', '1 day ago', 'an hour ago', 'one week ago', 'July 13, 2025', 'NOV 6, 2025', '2025-03-04', '04/03/2025', '4.3.2025', '13. Juli 2025', '13 июля 2025', 'yesterday', '5 min read'],
  ['', ' ', ' 10:30 am EST', ' — 7 min read', ' in Science', ' one two three four five six seven eight nine ten', '.', ' ago'],
];

describe('nameBeforeItsAge: only a line that may open with a name is scanned', () => {
  it('answers as scanning every line did, on nasty and random lines', () => {
    const lines = [...ROW_NASTY, ...randomLines(45, ROW_PIECES.flatMap((p) => [p, ' ']), 8000, 12), ...slotLines(50, ROW_SLOTS, 6000)];
    let named = 0;
    for (const line of lines) {
      const was = nameBeforeItsAgeReadForTests(line);
      if (was) named++;
      expect(nameBeforeItsAge(line), JSON.stringify(line)).toBe(was);
    }
    expect(named).toBeGreaterThan(20);
  });
});

describe("nameBeforeItsStamp: only a line that may open with a name is searched for its date", () => {
  it('answers as searching every line did, on nasty and random lines, in the orders and languages a page reads', () => {
    const lines = [...ROW_NASTY, ...randomLines(46, ROW_PIECES.flatMap((p) => [p, ' ']), 8000, 12), ...slotLines(51, ROW_SLOTS, 6000)];
    let named = 0;
    for (const [k, line] of lines.entries()) {
      const text = line.trim();
      const [lang, order] = ([['en', null], ['de', 'day-first'], ['en', 'month-first'], ['ru', undefined]] as const)[k % 4];
      const was = nameBeforeItsStampReadForTests(text, lang, order);
      if (was) named++;
      expect(nameBeforeItsStamp(text, lang, order), JSON.stringify([line, lang, order])).toBe(was);
    }
    expect(named).toBeGreaterThan(20);
  });
  it('rests on the precheck being necessary: a bare name opens with its two first words', () => {
    const lines = [...ROW_NASTY, ...randomLines(47, ROW_PIECES.flatMap((p) => [p, ' ']), 8000, 6), ...slotLines(52, ROW_SLOTS, 6000)];
    let bare = 0;
    for (const line of lines) {
      if (!bareName(line)) continue;
      bare++;
      expect(mayOpenWithName(line.trim()), JSON.stringify(line)).toBe(true);
    }
    expect(bare).toBeGreaterThan(20);
  });
});

describe('findInvalidDates: each distinct text run through the patterns once', () => {
  const PIECES = ['February', 'Feb.', '30', '31', '29', '2021', '2024', '2021-04-31', '2021-02-30', '31.04.2021', '30/02/2021', '02/30/2021', '31.06.21', '1', 'March', 'de', 'febrero', 'de', '2021年2月30日', '٣٠', '٢٠٢١', ',', ' ', '  ', 'x', 'Updated'];
  it('answers as reading the text did, asked again and with the answers changed by a caller', () => {
    const texts = [...randomLines(53, PIECES.flatMap((p) => [p, ' ']), 3000, 8), 'February 30, 2021', '29 February 2021', `${'x'.repeat(1001)} February 30, 2021`];
    let invalid = 0;
    for (const round of [0, 1]) {
      for (const text of texts) {
        const got = findInvalidDates(text);
        if (round === 0 && got.length) invalid++;
        expect(got, JSON.stringify(text)).toEqual(invalidDatesReadForTests(text));
        // A caller that changes its dates changes no other caller's.
        for (const d of got) d.index = -1;
      }
    }
    expect(invalid).toBeGreaterThan(100);
  });
});

describe("namesWithAffiliationMarks: the line's first part read before the line is split", () => {
  // The form before the precheck, as it was.
  const MARKS = /(?<![\s\d*†‡§¶✉#])[\s\d*†‡§¶✉#]+$/u;
  const BREAK = /(?:(?<!\s)\s+)?[,;]\s*/;
  function before(line: string): string | null {
    if (!/[;,]/.test(line) || !/[0-9*†‡§¶✉]/.test(line) || !/\p{Lu}\p{Ll}*\s*(?:\d|[*†‡§¶✉])/u.test(line)) return null;
    const names: string[] = [];
    for (const part of line.trim().split(BREAK)) {
      if (!part) continue;
      const name = part.replace(MARKS, '').trim();
      if (!name) {
        if (!names.length) return null;
        continue;
      }
      if (name === part.trim() || !bareName(name)) return null;
      names.push(name);
    }
    return names.length >= 2 ? joinNames(names) : null;
  }
  it('answers as before on nasty and random lines', () => {
    const nasty = ['', ',', ', Anna Berg 1, Li Wei 2', 'Anna Berg 1, Li Wei 2,*', 'Anna Berg1 ; Li Wei2', ' Anna Berg 1 , Li Wei 2 ', 'Anna Berg#, Li Wei 2', 'Anna Berg 1,, Li Wei 2', '*, Anna Berg 1, Li Wei 2', 'In 2018, China signed 43 documents, Zheng said.', 'Anna Berg, Li Wei 2'];
    const slots = [['', ' ', ',', '*, '], ['Anna Berg', 'In', 'Li Wei', 'anna berg', 'The Team', 'Jo van Park'], ['', ' ', '1', ' 1', '2,*', '#', '†', ' 12'], [',', ';', ' ,', ', ', ''], ['', ' ', '*'], ['Li Wei', 'Jo Park', '2018', 'China'], ['', ' 2', '3', '*', ' 1,✉'], ['', ',', ', Ann Lee 1', ' and more.']];
    const lines = [...nasty, ...slotLines(54, slots, 8000)];
    let named = 0;
    for (const line of lines) {
      const was = before(line);
      if (was) named++;
      expect(namesWithAffiliationMarks(line), JSON.stringify(line)).toBe(was);
    }
    expect(named).toBeGreaterThan(100);
  });
});

describe("writerAfterReviewer: a line split only when a reviewer's credit opens it", () => {
  const PART = /(?:(?<!\s)\s+)?[|·•⋅]\s*|(?<!\s)\s+[–—-]\s+/u;
  function before(line: string): string | null {
    const [first, ...rest] = line.trim().split(PART);
    if (!REVIEWER_CREDIT.test(first)) return null;
    for (const part of rest) {
      const m = BYLINE.exec(part);
      if (m) return m[1];
    }
    return null;
  }
  it('answers as before on nasty and random lines', () => {
    const slots = [['', ' ', 'Medically ', 'medically-', 'peer ', 'The '], ['reviewed', 'Reviewed', 'fact-checked', 'edited', 'written'], [' by ', ' by', ' by  ', ' by | ', ' — by '], ['Kim Lee', 'kim lee', '| Kim', '· Anna', '— Anna', 'Kim Lee, RD'], ['', ' — ', ' | ', ' · ', ' -', '|'], ['Written by Anna Berg', 'By Anna Berg', 'Anna Berg', 'by Li Wei', ''], ['', ' — Updated on March 7, 2025', ' | By Jo Park']];
    const lines = ['', ' ', '|', 'Reviewed by Kim Lee', ...slotLines(55, slots, 8000)];
    let written = 0;
    for (const line of lines) {
      const was = before(line);
      if (was) written++;
      expect(writerAfterReviewer(line)?.words ?? null, JSON.stringify(line)).toBe(was);
    }
    expect(written).toBeGreaterThan(100);
  });
});
