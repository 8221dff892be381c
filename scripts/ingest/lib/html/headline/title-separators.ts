/**
 * The marks a page's software sets between a headline and the site's name (or a section's) in its
 * <title> and share fields: "Headline | Site", "Site » Headline", "헤드라인ㅣ사이트". One list, so that
 * the cut of the site's name (lib/html/headline/html-headline.ts) and the glued-name cut
 * (lib/html/headline/glued-site-name.ts) know the same ones.
 *
 * Besides the ASCII bar and the dashes, pages in other scripts use marks that look like a bar: the
 * fullwidth "｜", the box-drawing "│" and "┃", and the Hangul vowel "ㅣ" (U+3163), which Korean sites
 * type as a bar. "ㅣ" is a letter: it is read as a bar only where no other jamo touches it (a lone
 * jamo between two words, or glued to a whole syllable, is no Korean word).
 */

/** Bars that look like "|" (the fullwidth bar, box drawing's light and heavy bars). */
const BARS = '|｜│┃';
/** Dashes: hyphen, figure dash, en dash, em dash, horizontal bar. */
const DASHES = '\\-‒–—―';
/** Other marks set between the parts of a title: middle dot, bullet, the angle quotes of a breadcrumb. */
const DOTS_AND_ARROWS = '·•»›';

/** The Hangul vowel "ㅣ" typed as a bar: no other Hangul jamo (U+3131–U+318E) on either side. */
export const HANGUL_BAR = '(?<![\\u3131-\\u318E])\\u3163(?![\\u3131-\\u318E])';

/** One separator set off by spaces ("Headline – Site"), as a pattern's alternative (no colon). */
export const SPACED_MARK = `(?:[${BARS}${DASHES}${DOTS_AND_ARROWS}]|${HANGUL_BAR})`;

/**
 * A bar that separates without spaces too ("标题｜站名", "헤드라인ㅣ사이트", "Headline|Site"), "::" and "_";
 * a bar doubled, spaced or not ("||", "│ │"), is one separator (at most three bars: a scan stays linear).
 */
export const GLUED_BAR = `(?:[${BARS}_](?:\\s?[${BARS}]){0,2}|::|${HANGUL_BAR})`;

/** The characters that join a site's name to a headline with no space (lib/html/headline/glued-site-name.ts). */
export const JOINT_CHARS = `-‐‒–—―－|｜│┃丨_:：·•»›\u3163`;
