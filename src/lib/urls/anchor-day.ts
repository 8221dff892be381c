/**
 * The day an anchor of the timeline names: event ids start with their date (`2021-03-14-…`), and a
 * mentioned day's anchor is `mentioned-day-2021-03-14`. Old links to a month's page are sent on to
 * the part of that day by it (TimelineMonth.astro); an id that names no day gives null. (A year's page,
 * TimelineYear.astro, reads only the month, from any mention's anchor, a month-dated one's too: those
 * live on the month's page, not a part's, so it keeps its own broader pattern.)
 */
const DAY = /^(?:mentioned-day-)?(\d{4}-\d\d-\d\d)(?![\d])/;

export function anchorDay(id: string): string | null {
  return DAY.exec(id)?.[1] ?? null;
}
