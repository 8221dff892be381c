/**
 * How the site names and describes itself, in one place: the header, titles, briefings and cards use
 * the same name as feeds, search engines and link previews.
 */
export const siteName = "China's science and technology cooperation";

/** The whole timeline's name: the embed's heading and the title of the <iframe> code that embeds it. */
export const timelineName = `Timeline of ${siteName}`;

/** What the site is, in a few words: under the name in the header, on the home page and its card. */
export const siteTagline = 'A timeline from the news';

export const siteDescription =
  "A timeline of China's international science and technology cooperation, built from news reports, " +
  'with every claim linked to the sentence it came from.';
