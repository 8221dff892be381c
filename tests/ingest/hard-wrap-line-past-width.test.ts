/**
 * A text wrapped at a fixed width throughout (every paragraph broken near one width) with a line
 * longer than that width: the wrap never made it, so it is a line of its own (a headline the page set
 * apart), not the start of a paragraph to join to the line under it. Before the fix the headline was
 * run into the first words of its deck ("… gaming PCs But only hardcore") and could no longer be found.
 * A small page written here.
 */
import { describe, expect, it } from 'vitest';
import { unwrapHardWrapped } from '../../scripts/ingest/stages/segment.ts';
import { Report } from '../../scripts/ingest/report.ts';

// Teasers and prose, each broken at about fifty characters.
const WRAPPED = [
  'Harbor city opens a new lab for ocean robots in',
  'the old docks',
  'Rail link to the airport is delayed again by the',
  'winter floods',
  'The lab will test underwater drones that map the',
  'sea floor near the harbor, the city council said',
  'on Monday. Work starts in March and the first of',
  'the drones should be in the water by the summer.',
  'Engineers from three universities will share the',
  'building, which the port gave up in the nineties',
  'when the container ships moved to the new quays.',
];
const HEADLINE = 'Ocean robots review: drones that finally map the harbor floor';
const page = [...WRAPPED.slice(0, 4), HEADLINE, 'But only the patient', 'readers will get there.', 'Jane Roe', ...WRAPPED.slice(4)].join('\n');

describe('segment: a line past the width a text is wrapped at', () => {
  it('is a line of its own, not joined to the line under it', () => {
    const lines = unwrapHardWrapped(page, new Report('t'));
    expect(lines).toContain(HEADLINE);
  });

  it('still joins the lines the wrap broke', () => {
    const lines = unwrapHardWrapped(page, new Report('t'));
    expect(lines).toContain('Harbor city opens a new lab for ocean robots in the old docks');
    expect(lines).toContain(WRAPPED.slice(4, 8).join(' '));
  });
});
