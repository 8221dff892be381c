import { FILING_NOTE } from './filing-note-phrases.ts';

/**
 * A blog's filing note under its post: the categories and tags the post was filed under, as blog
 * software writes it in the page's language ("This entry was posted in Travel and tagged trains.
 * Bookmark the permalink.", "Dieser Eintrag wurde veröffentlicht in … und verschlagwortet mit …",
 * "Cette entrée a été publiée dans …", "Esta entrada fue publicada en …"). The post is over there:
 * what follows is the author's box, the blog's blurb, other posts.
 *
 * A post's header may say "Posted in News" over the headline (headline.ts reads that as a stamp's
 * row), so the short English form counts only with the footer's own "Bookmark the permalink"; the
 * German note "Dieser Beitrag wurde unter …" only with the filing's own verb ("abgelegt",
 * "verschlagwortet"), since "unter Mitarbeit von …" is a sentence of the article's. 400 characters at
 * most: a paragraph that opens so is the article's. The phrases are lib/page-text/chrome/filing-note-phrases.ts's,
 * which the HTML path's closing lines read too.
 */
export const ENTRY_FOOTER = FILING_NOTE;

/** Every line ENTRY_FOOTER matches opens with one of these words: the rest are not read further. */
export const ENTRY_FOOTER_MAY_MATCH = /^(?:this|posted|filed|dieser|der|cette|esta|questa|dit) /i;
