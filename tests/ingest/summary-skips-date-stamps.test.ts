/**
 * An article's summary (its description in meta tags, preview cards and the feed) describes it, not a
 * calendar widget's date-times: a first paragraph that is only "2023-01-10 10:30:00 … America/Chicago"
 * is passed over, and a first sentence that opens with such stamps is read from the text after them.
 * A sentence that opens with a date as a writer uses it stays whole.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { onlyMachineStamps, withoutLeadingMachineStamps } from '../../scripts/ingest/lib/dates/machine-stamps.ts';
import { matchers } from './helpers.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story time for toddlers</title></head><body><article>
<h1>Story time for toddlers</h1>
${body}
</article></body></html>`;

const summaryOf = (html: string) => processSeed('story.html', new TextEncoder().encode(html), matchers).summary?.summary;

const FIRST = 'Bring the whole family to the library on Tuesday for songs, picture books and simple stories for children up to five.';
const REST = '<p>The session lasts half an hour and is held in the meeting room on the ground floor of the central library.</p><p>No booking is needed, and parents may bring older brothers and sisters along to join the songs.</p>';

describe('the summary of a page whose text opens with date-times', () => {
  it('passes over a paragraph that is only date-times', () => {
    expect(summaryOf(page(`<p>2023-01-10 10:30:00 2023-01-10 11:00:00 America/Chicago</p><p>${FIRST}</p>${REST}`))).toBe(FIRST);
    expect(summaryOf(page(`<p>2024-05-02T09:00:00+02:00</p><p>${FIRST}</p>${REST}`))).toBe(FIRST);
  });

  it('reads a first sentence from the text after the date-times it opens with', () => {
    expect(summaryOf(page(`<p>2023-01-10 10:30:00 2023-01-10 11:00:00 America/Chicago ${FIRST}</p>${REST}`))).toBe(FIRST);
  });

  it('keeps a sentence that opens with a date as a writer uses it', () => {
    expect(withoutLeadingMachineStamps('2024-05-02 was the day the bridge reopened.')).toBe('2024-05-02 was the day the bridge reopened.');
    expect(onlyMachineStamps('2024-05-02 was the day the bridge reopened.')).toBe(false);
    expect(onlyMachineStamps('Tuesday, 10 January 2023')).toBe(false);
    const SENTENCE = '2023 was the year the library opened its new reading room, the council said on Monday.';
    expect(summaryOf(page(`<p>${SENTENCE}</p>${REST}`))).toBe(SENTENCE);
  });
});
