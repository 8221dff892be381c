/**
 * Date-times as software writes them, not as a reader does: "2023-01-10 10:30:00", "2023-01-10T10:30Z",
 * "2024-05-02 09:00 +02:00 America/Chicago", one or a run of them (an event's start and end, as a
 * calendar widget prints them over its text). A line of them alone tells a reader nothing of the
 * article; one that opens with them goes on with the text the widget shows.
 */

/** One ISO date, its time maybe, its zone maybe (an offset, Z, UTC/GMT, or an IANA name "Area/City"). */
const STAMP = String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT))?(?:\s+[A-Z][A-Za-z]+(?:/[A-Z][A-Za-z_-]+){1,2})?`;
/** Stamps in a row, a dash or "to" maybe between them. */
const STAMPS = String.raw`${STAMP}(?:\s*(?:[-–—]|to)?\s*${STAMP})*`;
const ONLY_STAMPS = new RegExp(String.raw`^\s*${STAMPS}\s*$`, 'u');
/** Stamps at a sentence's start with a date-time in them (a bare date may open a sentence: "2024-05-02 was the day …" is not cut). */
const LEADING_STAMPS = new RegExp(String.raw`^\s*(?=\d{4}-\d{2}-\d{2}[T ]\d)${STAMPS}\s+(?=\p{Lu}|\p{Lo})`, 'u');

/** Whether the text is date-times as software writes them and nothing else. */
export const onlyMachineStamps = (text: string): boolean => ONLY_STAMPS.test(text);

/** The text without the software's date-times it opens with ("2023-01-10 10:30:00 America/Chicago Story time …" → "Story time …"). */
export const withoutLeadingMachineStamps = (text: string): string => text.replace(LEADING_STAMPS, '');
