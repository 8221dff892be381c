/**
 * How the site names and describes itself, in one place: the header, titles, briefings and cards use
 * the same name as feeds, search engines and link previews.
 */
export const siteName = "China's science and technology cooperation";

/**
 * The name of a timeline, of everything or of one topic: its embed's heading and the title of the
 * <iframe> code that embeds it, one spelling for both.
 */
export const timelineTitle = (topic?: { name: string }): string => (topic ? `${topic.name}: timeline` : `Timeline of ${siteName}`);

/** What the site is, in a few words: under the name in the header, on the home page and its card. */
export const siteTagline = 'A timeline from the news';

export const siteDescription =
  "A timeline of China's international science and technology cooperation, built from news reports, " +
  'with every claim linked to the sentence it came from.';
