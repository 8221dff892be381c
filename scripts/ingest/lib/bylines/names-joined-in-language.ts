/**
 * An author list on a page not in English, joined as the site lists names (joinNames: "A, B and C"),
 * would show an English "and" among Korean or German names ("배윤경, 이상현 and 김혜진"). The project
 * knows no page language's own joining word for every language, so such a list is joined with commas
 * alone ("배윤경, 이상현, 김혜진"), which reads in any language and lists the same people (the bench's
 * author score reads commas and "and" alike). A page in English, or of no known language, keeps "and".
 */

/** "… and Last": the last name after the English joining word, no comma in it ("and 9,997 others" is a count, and stays). */
const LAST_JOINED = /^(.+?),? and ([^,]+)$/su;
/** The count a long list ends with (lib/bylines/author-list.ts): "and 12 others" is kept whole. */
const COUNTED = /^\d[\d,]*\s+others$/u;

/** Whether `lang` (a BCP-47 tag, or null when the text could not tell) is English. */
const isEnglish = (lang: string | null | undefined) => !lang || lang === 'und' || /^en(?:-|$)/i.test(lang);

/** The author list as a page in `lang` shows it: its last English "and" a comma on a page not in English. */
export function namesJoinedInLanguage(author: string | null, lang: string | null | undefined): string | null {
  if (!author || isEnglish(lang)) return author;
  const m = LAST_JOINED.exec(author);
  if (!m || COUNTED.test(m[2].trim())) return author;
  return `${m[1]}, ${m[2]}`;
}
