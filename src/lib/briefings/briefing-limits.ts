/** How much a briefing shows, so that it stays within 12 A4 pages whatever the size of the corpus. */
export const BRIEFING_LIMITS = {
  events: 12,
  citesPerEvent: 3,
  excerptsPerTopic: 3,
  /** A briefing on one topic quotes more of it: the excerpts are its main text. */
  excerptsOneTopic: 8,
  figures: 8,
  people: 8,
};
