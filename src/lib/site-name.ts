/** The site's name, in one place (header, titles, briefing). */
export const SITE_NAME = "China's science and technology cooperation";
export const SITE_TAGLINE = 'A timeline from the news';
