/**
 * A page's buttons and headings ("Share This Story:", "Review Your Order:") and a US state
 * ("South Dakota said") are not people: nothing is said by them, and the people page never lists them.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/sentences.ts';
import { SPEAKER_LABEL } from '../../scripts/ingest/stages/clean.ts';

function peopleOf(...paragraphs: string[]) {
  const ps = paragraphs.map((text, i) => {
    const label = SPEAKER_LABEL.exec(text)?.[1];
    return { id: `p-${i + 1}`, text, sentences: label ? [text] : splitSentences(text), ...(label ? { speakerLabel: label } : {}) };
  });
  return findPeople(ps, new Report('t')).people.map((p) => p.name);
}

const LINE = 'The new library opens in the spring with a reading room for two hundred people.';

describe('people: not a person', () => {
  it('a button or a heading written as a label is nobody', () => {
    for (const label of ['Share This Story', 'Review Your Order', 'Metadata Notes', 'Subscribe Now', 'Follow Us On Social']) {
      expect(peopleOf(`${label}:`, LINE), label).toEqual([]);
    }
  });

  it('a transcript label that names a person still does', () => {
    expect(peopleOf('Maria Lindqvist:', LINE)).toEqual(['Maria Lindqvist']);
  });

  it('a US state that says something is a place', () => {
    for (const state of ['South Dakota', 'New Hampshire', 'West Virginia', 'North Carolina']) {
      expect(peopleOf(`${state} said the new rules would take effect in March next year.`), state).toEqual([]);
    }
  });

  it('a person who speaks is still found beside them', () => {
    expect(peopleOf('Share This Story:', 'The rules take effect in March, Dana Whitfield said on Monday.')).toEqual(['Dana Whitfield']);
  });
});
