/**
 * A text page whose header lines are in isolates or carry directional marks, as a page copied from a
 * right-to-left site or one that sets `dir="auto"` on each line gives them: the byline, the stamp run
 * into the headline, the summary's bullets are read as the same page without the marks reads them
 * (segment's readers ask what a line shows), and what is published keeps the marks as written, every
 * control closed on its line (no part of a line in an isolate left open by a cut). Every fixture is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { balanceLine } from '../../scripts/ingest/lib/safety/bidi-controls.ts';
import { withoutDirectionalMarks } from '../../scripts/ingest/lib/page-text/language/directional-marks.ts';
import { cutAsWritten, shownLine, trimmedInsideMarks, writtenPiece } from '../../scripts/ingest/lib/page-text/language/shown-line.ts';
import { AR, AR_TITLE, EN, EN_TITLE } from '../../scripts/bench/fuzz/seed-sources.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const [FSI, RLI, PDI, LRM, RLM, LRE, PDF] = ['\u2068', '\u2067', '\u2069', '\u200E', '\u200F', '\u202A', '\u202C'];

const page = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const story = (title: string, paragraphs: string[], byline = 'By Mara Lind', stamp = '11 March 2024') => ['Home', 'News', '', title, '', byline, stamp, '', ...paragraphs.flatMap((p) => [p, '']), 'Share this', 'Related stories'];
const read = (lines: string[]) => {
  const outcome = processSeed('a.txt', page(lines), []);
  expect(outcome.skip).toBeUndefined();
  return outcome.record!;
};
/** Every line of a published text closes the controls it opens. */
const balanced = (text: string) => expect(balanceLine(text).dropped).toEqual([]);

describe('a byline with directional marks around it', () => {
  const plain = read(story(EN_TITLE, EN));
  for (const [name, byline] of [
    ['in a first-strong isolate', `${FSI}By Mara Lind${PDI}`],
    ['in a right-to-left isolate', `${RLI}By Mara Lind${PDI}`],
    ['after a right-to-left mark', `${RLM}By Mara Lind`],
    ['after a left-to-right mark, one after the name', `${LRM}By Mara Lind${LRM}`],
    ['in a left-to-right embedding', `${LRE}By Mara Lind${PDF}`],
    ['in an isolate, indented inside it', `${FSI}  By Mara Lind ${PDI}`],
  ] as const) {
    it(`${name}: the author is read as without them`, () => {
      expect(plain.author).toBe('Mara Lind');
      const marked = read(story(EN_TITLE, EN, byline));
      expect(marked.author).toBe('Mara Lind');
      expect(marked.date?.date).toBe('2024-03-11');
      expect(marked.paragraphs.map((p) => p.text)).toEqual(EN);
    });
  }
  it('an Arabic page, every line in a right-to-left isolate: author, date and paragraphs as written', () => {
    const isolated = (l: string) => (l ? `${RLI}${l}${PDI}` : l);
    const record = read(story(AR_TITLE, AR).map(isolated));
    expect(record.author).toBe('Mara Lind');
    expect(record.date?.date).toBe('2024-03-11');
    expect(record.paragraphs.map((p) => p.text)).toEqual(AR.map(isolated));
    expect(withoutDirectionalMarks(record.title)).toBe(AR_TITLE);
  });
});

describe('a stamp run into the headline, the line in an isolate', () => {
  const lines = (headline: string) => [headline, '', ...EN.flatMap((p) => [p, ''])];
  it('the stamp is read and the headline keeps the isolate, closed', () => {
    const plain = read(lines(`date 2024-03-11 ${EN_TITLE}`));
    const marked = read(lines(`${FSI}date 2024-03-11 ${EN_TITLE}${PDI}`));
    expect(plain.title).toBe(EN_TITLE);
    expect(plain.date?.date).toBe('2024-03-11');
    expect(marked.title).toBe(`${FSI}${EN_TITLE}${PDI}`);
    expect(marked.date?.date).toBe('2024-03-11');
  });
});

describe("a headline run into the first paragraph, the line in an isolate", () => {
  it('split in two, each part in the isolate; its later copy is found without the marks', () => {
    const fused = `${FSI}Harbour cranes get new wind sensors today${EN[0]}${PDI}`;
    const record = read([fused, '', `${FSI}${EN[1]}${PDI}`, '', `${FSI}${EN[2]} Harbour cranes get new wind sensors today${EN[0]}${PDI}`, '']);
    expect(record.title).toBe(`${FSI}Harbour cranes get new wind sensors today${PDI}`);
    for (const p of record.paragraphs) balanced(p.text);
    expect(record.paragraphs.map((p) => p.text)).toEqual([`${FSI}${EN[0]}${PDI}`, `${FSI}${EN[1]}${PDI}`, `${FSI}${EN[2]}${PDI}`]);
  });
});

describe("a summary's bullets in isolates", () => {
  it('read as the bullets they show, kept with their marks', () => {
    const bullets = ['Twelve cranes get sensors that warn drivers of strong gusts', 'The project cost about two million dollars, the authority said'];
    const lines = (bullet: (b: string) => string) => ['Home', 'News', '', EN_TITLE, '', ...bullets.map(bullet), '', 'By Mara Lind', '11 March 2024', '', ...EN.flatMap((p) => [p, ''])];
    const plain = read(lines((b) => `  • ${b}`));
    const marked = read(lines((b) => `${FSI}  • ${b}${PDI}`));
    // What the plain page gives (which line is the headline is another question), the marked one gives with its marks.
    const shown = (r: typeof plain) => [r.title, r.author, r.date?.date, ...r.paragraphs.map((p) => p.text)].map((t) => withoutDirectionalMarks(t ?? ''));
    expect(shown(marked)).toEqual(shown(plain));
    expect(marked.author).toBe('Mara Lind');
    expect(marked.paragraphs.slice(-3).map((p) => p.text)).toEqual(EN);
    for (const b of bullets) expect(marked.paragraphs.map((p) => p.text)).toContain(`${FSI}${b}${PDI}`);
  });
});

describe('shown-line', () => {
  it('shows a line without its marks, spaces single; a line without marks is itself', () => {
    expect(shownLine(`${FSI}By ${RLM} Mara Lind${PDI}`)).toBe('By Mara Lind');
    const plain = 'By Mara Lind';
    expect(shownLine(plain)).toBe(plain);
  });
  it('gives back a piece as written, wrapped as its line and balanced', () => {
    const line = `${FSI}date 2024-03-11 ${RLI}Title here${PDI}${PDI}`;
    expect(writtenPiece(line, 'Title here')).toBe(`${FSI}${RLI}Title here${PDI}${PDI}`);
    expect(writtenPiece(line, 'date 2024-03-11 Title here')).toBe(line);
    expect(writtenPiece(line, 'rewritten')).toBe('rewritten');
    expect(cutAsWritten(`${FSI}Head lineBody text${PDI}`, 'Head line')).toBe(`${FSI}Head line${PDI}`);
    expect(cutAsWritten(`${FSI}Head lineBody text${PDI}`, 'Body text')).toBe(`${FSI}Body text${PDI}`);
  });
  it('trims inside the marks around a line; marks alone show nothing', () => {
    expect(trimmedInsideMarks(`${FSI} Text ${PDI}`)).toBe(`${FSI}Text${PDI}`);
    expect(trimmedInsideMarks(`${FSI} ${RLM} ${PDI}`)).toBe('');
  });
  it('reads a line of 200,000 marks in linear time', () => {
    const line = `${FSI}${RLM.repeat(200_000)}x${PDI}`;
    const seconds = cpuSeconds(() => {
      expect(shownLine(line)).toBe('x');
      expect(writtenPiece(line, 'x')).toBe(line);
    });
    expect(seconds).toBeLessThan(2);
  });
});

describe('a 5 MB line of sentences each ending in a right-to-left mark', () => {
  it('is read in linear time (shown-line built it a character at a time and asked its last one: minutes)', () => {
    const sentence = `${AR[0]}${RLM} `;
    const line = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const text = [AR_TITLE, '', 'By Mara Lind', '', line, '', AR[1], ''].join('\n');
    let outcome: ReturnType<typeof processSeed> | undefined;
    const seconds = cpuSeconds(() => (outcome = processSeed('a.txt', new TextEncoder().encode(text), [])));
    expect(outcome!.record).toBeDefined();
    expect(seconds).toBeLessThan(15);
    let shown = '';
    expect(cpuSeconds(() => (shown = shownLine(line)))).toBeLessThan(2);
    expect(shown).toBe(withoutDirectionalMarks(line).trim());
  }, 60_000);
});
