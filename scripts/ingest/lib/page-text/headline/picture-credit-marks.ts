/**
 * Two marks of a picture's caption or credit that the credit readers (title.ts isPhotoCredit,
 * lines/caption-credit.ts) did not know, found on the text path's headline misses: a caption that
 * names the people in the picture by their place in it ("(L-R) Jane Roe, chief executive, and …",
 * "From left: …"), and a credit that thanks its source ("Courtesy of Harbor Films", "Photo courtesy
 * Jane Roe", "(Courtesy of Harbor Films)" after the caption). A caption shares the article's words
 * as its headline does and stands near the header, so it was taken for the headline; a headline never
 * opens on the people's places in a picture, nor is it a credit.
 */

/**
 * Where each person stands in the picture, at the caption's start, then a mark before the names:
 * "(L-R) …", "L-R: …", "From left, …", "Left to right: …", "Clockwise from top left: …", German
 * "v.l.n.r. …" / "Von links: …", French "De gauche à droite : …", Spanish "De izquierda a derecha,
 * …", Italian "Da sinistra: …", Russian "Слева направо: …".
 */
const BY_POSITION = /^(?:\(\s*(?:l\s?[-–/]\s?r|r\s?[-–/]\s?l|from left|from right|left to right|v\.\s?l\.(?:\s?n\.\s?r\.)?)\s*\)|(?:l\s?[-–/]\s?r|r\s?[-–/]\s?l|(?:pictured\s+)?(?:from left|from right|left to right|clockwise from (?:top |bottom )?(?:left|right))(?: to right)?|v\.\s?l\.(?:\s?n\.\s?r\.)?|von links(?: nach rechts)?|de gauche à droite|de izquierda a derecha|da sinistra(?: a destra)?|слева направо)\s*[:;,)–—-])\s*\S/iu;
/** Every line BY_POSITION matches opens on one of these (checked on its first characters only). */
const BY_POSITION_MAY_MATCH = /^\(?\s*(?:l|r|f|c|p|v|d|с)/iu;

/**
 * The places name two people or more: a list follows ("Jane Roe, John Doe and …", "Jane Roe; John
 * Doe"). "From Left to Right: How the Party Moved" lists no one: a headline.
 */
const LIST_OF_PEOPLE = /[,;]|\s(?:and|&|und|et|y|e|и)\s/u;

/** Does the caption name the people in its picture by their places, at its start? */
export function captionByPosition(line: string): boolean {
  if (!BY_POSITION_MAY_MATCH.test(line)) return false;
  const marker = BY_POSITION.exec(line);
  return marker !== null && LIST_OF_PEOPLE.test(line.slice(marker[0].length - 1));
}

/**
 * A credit that thanks its source: "Courtesy of Harbor Films", "Courtesy: Jane Roe", "Photo courtesy
 * Jane Roe", "Image courtesy of the artist", "COURTESY PHOTO", a credit in capitals ("COURTESY JANE
 * ROE"). "Courtesy" and a bare word in mixed case ("Courtesy Calls") may be a headline: not read.
 */
// Single spaces between the words: a run of spaces before optional marks would be tried every way (regex-audit).
const COURTESY = /^(?:(?:photos?|images?|pictures?|video) courtesy(?: of)?[:：]? ?\S|courtesy(?: of |[:：] ?)\S|courtesy (?:photos?|images?)$)/iu;
const COURTESY_IN_CAPITALS = /^(?:(?:PHOTOS?|IMAGES?)\s+)?COURTESY\s+[\p{Lu}\p{N}]/u;
/** How many words such a credit has at most: a source's name, not a sentence. */
const COURTESY_WORDS = 10;

/** Is the line a picture's credit that thanks its source ("Courtesy of Harbor Films")? */
export function courtesyCredit(line: string, words: number): boolean {
  if (words > COURTESY_WORDS || !/courtesy/i.test(line) || /[.!?]\s+\p{Lu}/u.test(line)) return false;
  return COURTESY.test(line) || (COURTESY_IN_CAPITALS.test(line) && !/\p{Ll}/u.test(line));
}
