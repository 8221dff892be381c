/**
 * Dedupe recall: a guide lists its sections at the top (its table of contents, one heading a line)
 * and then heads each section with the same words. When the article keeps its contents, both copies
 * of each heading are the article's: dedupe kept one (a heading of five words or more is no short
 * line that may repeat). Headings listed together, three or more, each shown once more below in the
 * same order between the sections' own lines, are such contents. A line shown twice elsewhere (a
 * teaser's headline over and under the article) keeps one copy. Invented page; the first case failed before.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADINGS = ['Why the old pier needed repairs', 'How the stones were lifted and cleaned', 'Who carried the smaller stones by hand', 'When the pier opens to walkers again'];
const SECTION = (h: string, n: number) => [
  `This part of the story, number ${n + 1}, explains ${h.toLowerCase()}, and it gives the reader the details the town council published about the work on the harbour.`,
  `The engineers we spoke to for part ${n + 1} said the work went as planned for most of the year, though the weather in the winter months slowed it down more than once.`,
  `Several people in the town told us what part ${n + 1} of the work meant to them, and most of them said they were glad to walk to the end of the pier again soon.`,
];
const INTRO = [
  'The harbour town has repaired its old stone pier after two winters of storms, and this guide tells the story of the work from the first survey to the opening day.',
  'The council spent most of its maritime budget for three years on the work, and many people in the town have asked how the money was used and why it took so long to finish.',
  'We spoke to the engineers, the volunteers and the fishermen who moor their boats there, and we read every report the council published on the pier since the first storm.',
];
const OUTRO = 'The sailing club will hold its first race of the season from the end of the pier on the weekend after it opens, weather permitting.';

const count = (body: string[], line: string) => body.filter((p) => p === line).length;

describe('dedupe: headings in the article\'s contents and over its sections', () => {
  it('keeps both copies of each heading the contents list and the section repeats', () => {
    const page = ['The old pier is open again', 'By Ann Lee', ...INTRO, 'Contents', ...HEADINGS, ...HEADINGS.flatMap((h, n) => [h, ...SECTION(h, n)]), OUTRO].join('\n\n');
    const body = article(page).record.paragraphs.map((p) => p.text);
    for (const h of HEADINGS) expect(count(body, h), h).toBe(2);
  });

  it('keeps one copy of a line of five words or more shown twice, not in a list of headings', () => {
    const teaser = 'Storm closes the coastal road again';
    const page = ['The old pier is open again', 'By Ann Lee', ...INTRO, teaser, ...HEADINGS.flatMap((h, n) => SECTION(h, n)), teaser, OUTRO].join('\n\n');
    const body = article(page).record.paragraphs.map((p) => p.text);
    expect(count(body, teaser)).toBeLessThanOrEqual(1);
  });

  // A guide's contents may word an entry otherwise than its section's heading ("Who carried the
  // stones" over "Who carried the smaller stones by hand"), or end an entry with a full stop its
  // heading lacks: the contents are still the article's, and the entries repeated keep both copies.
  // A heading may be the question its section answers.
  it('keeps both copies when an entry between them is worded otherwise or ends with a full stop', () => {
    const asked = 'When will the pier open to walkers again?';
    const listed = [HEADINGS[0], 'How the stones were cleaned?', `${HEADINGS[2]}.`, asked, 'What the work cost the town'];
    const headed = [HEADINGS[0], HEADINGS[1], HEADINGS[2], asked, 'What the pier cost the town in the end'];
    const page = ['The old pier is open again', 'By Ann Lee', ...INTRO, 'Contents', ...listed, ...headed.flatMap((h, n) => [h, ...SECTION(h, n)]), OUTRO].join('\n\n');
    const body = article(page).record.paragraphs.map((p) => p.text);
    for (const h of [HEADINGS[0], asked]) expect(count(body, h), h).toBe(2);
    expect(body.filter((p) => p.startsWith(HEADINGS[2])).length, HEADINGS[2]).toBe(2);
  });

  // Nasty case: other stories' headlines listed above the article and again in a box under it, one
  // under the other, are no contents, however many lines between them are shown once: one copy stays.
  it('keeps one copy of teasers listed above and again together below, with lines shown once between', () => {
    const teasers = ['Storm closes the coastal road again', 'Ferry timetable changes for the winter', 'Harbour market moves to the square'];
    const above = [teasers[0], 'Lifeboat crew trains at night', teasers[1], teasers[2]];
    const page = ['The old pier is open again', 'By Ann Lee', ...INTRO, ...above, ...HEADINGS.flatMap((h, n) => SECTION(h, n)), OUTRO, 'More stories', ...teasers].join('\n\n');
    const body = article(page).record.paragraphs.map((p) => p.text);
    for (const t of teasers) expect(count(body, t), t).toBeLessThanOrEqual(1);
  });
});
