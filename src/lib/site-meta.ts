/**
 * How the site names and describes itself to feeds, search engines and link previews.
 * Kept apart from page copy so the feed, the JSON-LD and the <head> tags say the same thing.
 */
export const siteName = "China's international science and technology cooperation";
export const siteDescription =
  "A timeline of China's international science and technology cooperation, built from news reports, " +
  'with every claim linked to the sentence it came from.';
