// Session 42 (issue #13, item 8): work a page's own lines say cannot matter, not done. noticesInVariants
// reads a line's words besides its figures only in a stretch of lines where a row of a notice's variants
// may stand (MIN_ROW lines in a row that pass the cheap tests, two of them naming money), not on every
// line with a figure; earliestCommentDay reads a line's dates only under a comment cue, each line's cue
// read once. Each answers as the form it replaces, on nasty and random pages.
import { describe, expect, it } from 'vitest';
import { everyLinesWords, namesMoney, noticesInVariants, wordsWhereRowsMayStand } from '../../scripts/ingest/stages/main-text/inside/notice-variants.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { stopwordsFor, type Language } from '../../scripts/ingest/lib/page-text/language/language.ts';
import type { ClassedBlock } from '../../scripts/ingest/stages/main-text.ts';
import { earliestCommentDay, earliestCommentDayDatesFirst } from '../../scripts/ingest/lib/dates/comment-dates.ts';

const ENGLISH: Language = { lang: 'en', stopwords: stopwordsFor('eng'), cjk: false };

/** A small deterministic generator: the same random pages on every run. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, pick };
}

const TAIL = 'For details on delivery times and rates, see our shipping page before you check out.';
/** The pieces a variant's figure is made of: signs, codes, digits in several scripts, and lookalikes that name no money. */
const FIGURES = ['$40+', '$60 CAD', '65€', 'R$670', '¥990', '480kr', '₹11,230', '₩180,035', '120 NZD', '40', '٣٠', '３０', 'USD+', 'usd', 'UsD', 'CADD', '(CAD)', 'CAD\u00a0', '\tEUR', '12 pounds', '£12', '12%'];
const OPENINGS = ['Free standard delivery on orders', 'Free express delivery on orders', 'Free standard shipping for orders', 'The harbour ferry leaves at'];
const OTHER = [
  'Shop', 'Sets', 'Search', 'Skip to content', 'Ferry terminal opens', '',
  'The harbour town opened its new ferry terminal on Tuesday after four years of building, and the first boats left within the hour.',
  'Monday will be sunny along the coast with a high of 21 degrees and a light breeze from the west in the afternoon.',
  'Tuesday brings clouds from the north, a high of 18 degrees and showers reaching the hills after dark.',
  'The WHO said 12 countries joined the BRI programme, and the UAE sent 3 delegates.',
  'Prices start at $12 for adults.', 'Week 1\t5 km\tEasy', 'Tickets: €5 or more at the door.',
];

function variant(g: ReturnType<typeof generator>): string {
  const tail = g.next() < 0.7 ? ` or more. ${TAIL}` : g.next() < 0.5 ? '.' : ` or more ${TAIL.slice(0, 30)}`;
  return `${g.pick(OPENINGS)} ${g.pick(FIGURES)}${tail}`;
}

/** A page: stretches of variants (some long enough, some priced), other lines between. */
function randomPage(g: ReturnType<typeof generator>): string[] {
  const lines: string[] = [];
  const parts = 1 + Math.floor(g.next() * 8);
  for (let p = 0; p < parts; p++) {
    if (g.next() < 0.5) for (let k = Math.floor(g.next() * 7); k > 0; k--) lines.push(variant(g));
    else for (let k = Math.floor(g.next() * 3); k >= 0; k--) lines.push(g.pick(OTHER));
  }
  return lines;
}

function blocksOf(lines: string[]): ClassedBlock[] {
  return lines.map((l) => ({ features: blockFeatures(l, ENGLISH), cls: 'good', why: '', headlineLike: false, weight: 1 }));
}

describe('noticesInVariants: words read only where a row may stand', () => {
  it('leaves out the rows reading every line gives, on nasty and random pages', () => {
    const g = generator(42);
    let pagesWithRows = 0;
    let pagesWithoutStretch = 0;
    for (let n = 0; n < 1500; n++) {
      const lines = randomPage(g);
      // Tabs mark some lines as a table's cells, as decode's table lines do.
      const tableLines = g.next() < 0.3 ? lines.map(() => (g.next() < 0.1 ? 2 : 0)) : undefined;
      const before = blocksOf(lines);
      const after = blocksOf(lines);
      noticesInVariants(lines, before, tableLines, everyLinesWords);
      noticesInVariants(lines, after, tableLines);
      expect(after, JSON.stringify({ lines, tableLines })).toEqual(before);
      if (before.some((b) => b.cls === 'bad')) pagesWithRows++;
      if (wordsWhereRowsMayStand(lines, blocksOf(lines), tableLines).every((w) => w.size === 0)) pagesWithoutStretch++;
    }
    // The pages reach the rule both ways: rows are left out on some, and the stretches skip the words on others.
    expect(pagesWithRows).toBeGreaterThan(30);
    expect(pagesWithoutStretch).toBeGreaterThan(100);
  });
  it('still leaves out a priced row of variants, and reads no words on a page with none', () => {
    const lines = ['Skip to content', ...['$40+', '$60 CAD', '65€', '₹11,230', '¥990'].map((f) => `Free standard delivery on orders ${f} or more. ${TAIL}`), 'Shop'];
    const blocks = blocksOf(lines);
    noticesInVariants(lines, blocks);
    expect(blocks.map((b) => b.cls)).toEqual(['good', 'bad', 'bad', 'bad', 'bad', 'bad', 'good']);
    const unpriced = ['40', '60', '65', '11', '99'].map((f) => `Free standard delivery on orders of ${f} or more. ${TAIL}`);
    expect(wordsWhereRowsMayStand(unpriced, blocksOf(unpriced)).every((w) => w.size === 0)).toBe(true);
    expect(everyLinesWords(unpriced, blocksOf(unpriced)).every((w) => w.size >= 8)).toBe(true);
  });
});

describe('namesMoney: one scan for a chunk that names money', () => {
  const MONEY = /\p{Sc}|^[A-Z]{3}\+?$/u;
  const before = (line: string) => line.split(/\s+/).some((chunk) => MONEY.test(chunk));
  it('answers as testing each chunk did, on nasty and random lines', () => {
    const nasty = ['', ' ', 'CAD', 'CAD+', ' CAD+ ', 'xCAD', 'CADx', 'CAD++', 'CA D', 'CADD', '$', '$40+', '65€', '₹', 'a\u00a0CAD\u00a0b', 'a\tUSD', 'a\u2028USD', 'a\u3000USD', '\ufeffUSD', 'ＣＡＤ', 'ÉUR', '(CAD)'];
    const g = generator(43);
    const alphabet = ['C', 'A', 'D', 'U', 'S', 'x', '+', ' ', '\u00a0', '\t', '\u3000', '\ufeff', '1', 'é', '$', '€', '₹', '¢', '(', ')'];
    const lines = [...nasty, ...Array.from({ length: 5000 }, () => Array.from({ length: Math.floor(g.next() * 10) }, () => g.pick(alphabet)).join(''))];
    let money = 0;
    for (const line of lines) {
      const was = before(line);
      if (was) money++;
      expect(namesMoney(line), JSON.stringify(line)).toBe(was);
    }
    expect(money).toBeGreaterThan(500);
  });
});

describe('earliestCommentDay: the cue over a line looked for before its dates', () => {
  const LINES = [
    '', '  ', '12 Comments', '3 thoughts on “Harbour ferry”', 'Comments (4)', 'Leave a Reply', 'Join the discussion', 'Reader Interactions',
    'Ann Lee says:', 'Ann Lee said', 'Tom wrote:', 'Jo commented', 'Anna Berg', 'Reply', 'Share', 'The mayor said the terminal opened.',
    'March 3, 2021 at 9:15 am', '3 March 2021', '2021-03-03', '03/04/2021', '4.5.2019', 'July 2015', 'May 12, 2019', '2015年7月3日',
    '12 March 2024 / 09:15 CET', 'Last updated: March 11, 2019', 'In 2020 the council voted, and on June 2, 2021 it met again.',
  ];
  it('gives the day reading every line with a year gave, on nasty and random pages', () => {
    const g = generator(44);
    let dated = 0;
    for (let n = 0; n < 4000; n++) {
      const lines = Array.from({ length: Math.floor(g.next() * 30) }, () => g.pick(LINES));
      const order = g.next() < 0.3 ? ('day-first' as const) : g.next() < 0.5 ? ('month-first' as const) : null;
      const was = earliestCommentDayDatesFirst(lines, order);
      if (was) dated++;
      expect(earliestCommentDay(lines, order), JSON.stringify({ lines, order })).toBe(was);
    }
    expect(dated).toBeGreaterThan(1000);
  });
  it('reads a comment under its cue and passes over dates with none over them', () => {
    expect(earliestCommentDay(['Last updated: March 11, 2019', 'Article text.', '2 Comments', 'Ann Lee', 'July 3, 2015', 'Tom says:', 'June 1, 2016'])).toBe('2015-07-03');
    expect(earliestCommentDay(['Last updated: March 11, 2019', 'Article text.', 'July 3, 2015'])).toBeNull();
  });
});
