/**
 * How the site describes itself to feeds and link previews, next to its name (src/lib/site-name.ts),
 * so the feed, the JSON-LD and the <head> tags say the same thing.
 */
export { SITE_NAME as siteName } from './site-name';

export const siteDescription =
  "A timeline of China's international science and technology cooperation, built from news reports, " +
  'with every claim linked to the sentence it came from.';
