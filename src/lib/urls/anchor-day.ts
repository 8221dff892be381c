/**
 * The day an anchor of the timeline names: event ids start with their date (`2021-03-14-…`), and a
 * mentioned day's anchor is `mentioned-day-2021-03-14`. Old links to a year's or a month's page are
 * sent on by it (TimelineYear.astro, TimelineMonth.astro); an id that names no day gives null.
 */
const DAY = /^(?:mentioned-day-)?(\d{4}-\d\d-\d\d)(?![\d])/;

export function anchorDay(id: string): string | null {
  return DAY.exec(id)?.[1] ?? null;
}
