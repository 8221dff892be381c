/** How much the briefing shows, so that it stays within 12 A4 pages whatever the size of the corpus. */
export const BRIEFING_LIMITS = {
  events: 12,
  citesPerEvent: 3,
  excerptsPerTopic: 3,
  figures: 8,
  people: 8,
};
