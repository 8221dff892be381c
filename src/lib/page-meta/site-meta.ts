/**
 * How the site names and describes itself to feeds, search engines and link previews, in one place:
 * the header and titles use the same name through src/lib/page-meta/site-name.ts.
 */
export const siteName = "China's science and technology cooperation";

export const siteDescription =
  "A timeline of China's international science and technology cooperation, built from news reports, " +
  'with every claim linked to the sentence it came from.';
