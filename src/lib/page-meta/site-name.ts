/** The site's name, in one place (header, titles, briefing); the same as feeds and JSON-LD use. */
import { siteName } from './site-meta';

export const SITE_NAME = siteName;
export const SITE_TAGLINE = 'A timeline from the news';
