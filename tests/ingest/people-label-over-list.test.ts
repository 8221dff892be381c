/**
 * A saved page's "Name:" line over a list is the list's lead-in ("Service Investment:" over an agency's
 * prices), and its sub-heading starts a new section: a real guide's page gave twenty sentences, its
 * prices and the rest of the page under the next headings, to a person "Service Investment". A
 * transcript's label over the answer still gives the answer to its speaker. A label over a box of
 * fragments ("Heutiges Evangelium:" over "Audio: Lesung", a guest's name) is no speaker either: an
 * answer reads as speech, a sentence or a long line.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { SPEAKER_LABEL } from '../../scripts/ingest/stages/clean.ts';
import type { Paragraph, ShownKind } from '../../scripts/ingest/types.ts';

/** Paragraphs as the HTML path gives them: "h2 " marks a sub-heading, "li " a list item. */
function paragraphsOf(lines: string[]): Paragraph[] {
  return lines.map((line, i) => {
    const kind: ShownKind | undefined = line.startsWith('h2 ') ? 'heading' : line.startsWith('li ') ? 'item' : undefined;
    const text = kind ? line.slice(3) : line;
    const label = SPEAKER_LABEL.exec(text)?.[1];
    return { id: `p-${i + 1}`, text, sentences: label ? [text] : splitSentences(text), ...(label ? { speakerLabel: label } : {}), ...(kind ? { kind } : {}) };
  });
}
const quoted = (lines: string[]) => findPeople(paragraphsOf(lines), new Report('t')).quotes.map((q) => `${q.person} ${q.paragraph}`);

describe('people: a label over a list, and a sub-heading after a transcript', () => {
  it('a label over list items is nobody', () => {
    expect(quoted(['Harbour Content Studio writes for health brands.', 'Service Investment:', 'li Blog content: $1,999/month', 'li Blog and social: $2,999/month', 'Client Wins: Various wellness brands.', 'h2 Northwind Growth', 'They build growth plans that every channel follows.'])).toEqual([]);
  });

  it('a label over fragments, no sentence among them, is nobody', () => {
    expect(quoted(['Abendgebet Heute:', 'Audio:Ps 23,1-4', 'Audio: Lesung', 'Zu Gast in dieser Woche:', 'Jonas Keller', 'Audio: Auslegung', 'Jonas Keller'])).toEqual([]);
  });

  it('a short answer that is a sentence, and a long line without its stop, are still the speaker’s', () => {
    expect(quoted(['Maria Lindqvist:', 'Yes.', 'Tomas Berg:', 'We will open the station to every team that asks for time'])).toEqual(['maria-lindqvist p-2', 'tomas-berg p-4']);
  });

  it("a transcript's answer ends at the next sub-heading", () => {
    expect(quoted(['Maria Lindqvist:', 'We will open the station to every team that asks.', 'h2 What comes next', 'The station opens in spring with four laboratories.'])).toEqual(['maria-lindqvist p-2']);
  });
});
