/**
 * A short line (a picture's caption, a button's label) chosen over the page's one-word section label,
 * the headline under the label with its byline under it: the headline is taken. A short line over a
 * sentence, a label of two words, or a line of five words stays; so does a headline with its own header.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';
import { headlineUnderAKickerAndLabel } from '../../scripts/ingest/lib/page-text/headline/headline-under-a-kicker-and-label.ts';

const EN = [
  'Voters across the state approved a cost-of-living increase for retired teachers on Tuesday, the first raise the retirement system has paid in four years.',
  'Analysts warn that the retirement fund still faces future shortfalls, as the number of retired teachers grows faster than the workforce paying into it.',
  'Lawmakers are expected to take up the fund’s long-term finances when the legislature meets again in January.',
].join('\n\n');

describe('a short line over a one-word section label, the headline under the label', () => {
  it('gives way to the headline under the label (a caption’s words shared with the lead)', () => {
    const page = `Home\nNews\nJobs\nSearch\nRetired Teachers Fund\nSTATE\nVoters pass increase for retired teachers, but future shortfalls likely\nby: Jane Roe\nPosted: Nov 8, 2023 / 04:43 PM CST\n${EN}`;
    expect(titleOf(page)).toBe('Voters pass increase for retired teachers, but future shortfalls likely');
  });
});

describe('headlineUnderAKickerAndLabel', () => {
  const lines = ['Retired Teachers Fund', 'STATE', 'Voters pass increase for retired teachers, but future shortfalls likely', 'by: Jane Roe'];
  const yes = () => true;
  it('moves from the short line to the line under its label when the kicker rule takes that line', () => {
    expect(headlineUnderAKickerAndLabel(lines, 0, yes, yes, (k) => k + 1)).toBe(2);
  });
  it('stays when the kicker rule keeps the label (no header under the line below it)', () => {
    expect(headlineUnderAKickerAndLabel(lines, 0, yes, yes, (k) => k)).toBe(0);
  });
  it('stays on a short headline ending on a full stop, or over a label of two words', () => {
    expect(headlineUnderAKickerAndLabel(['Wahl im Tal.', 'Kommentar', 'Die Bürgermeisterin muss jetzt liefern', 'Jane Roe'], 0, yes, yes, (k) => k + 1)).toBe(0);
    expect(headlineUnderAKickerAndLabel(['Wahl im Tal', 'Ein Kommentar', 'Die Bürgermeisterin muss jetzt liefern', 'Jane Roe'], 0, yes, yes, (k) => k + 1)).toBe(0);
  });
  it('stays on a line of five words or more', () => {
    expect(headlineUnderAKickerAndLabel(['Die Wahl im Tal ist entschieden', 'Kommentar', 'Die Bürgermeisterin muss jetzt liefern', 'Jane Roe'], 0, yes, yes, (k) => k + 1)).toBe(0);
  });
});

describe('a headline with its own header, a section label and another story under it (guard)', () => {
  it('stays the headline', () => {
    const page = `Home\nNews\nJobs\nRetired teachers get a raise\nby: Jane Roe\nPosted: Nov 8, 2023 / 04:43 PM CST\nSTATE\nVoters pass increase for retired teachers, but future shortfalls likely\n${EN}`;
    expect(titleOf(page)).toBe('Retired teachers get a raise');
  });
});
