/**
 * "Jane Roe" / "Staff Writer" / "Jane Roe is a writer and researcher covering farming …": an author's
 * card (the name, the role, the biography) reads as a headline over its deck: a line of a headline's
 * shape over a longer sentence. The role is a job title, not a story's name, and a biography tells who
 * wrote the article, not what it is about: neither heads an article.
 *
 * Two words ("Staff Writer", "Freie Journalistin") are thin evidence for a headline, so a role alone, or
 * a biography under them alone, rules them out. A longer line ("Rédactrice en chef adjointe") needs
 * both signals, or the role right under the author's name or byline: "Why I Became a Writer" over a
 * deck about careers stays a headline, and so does a profile's headline over a deck that opens on its
 * subject ("Maria Ressa is a journalist who …").
 */
import { isRole } from '../../bylines/author.ts';
import { biographyName } from '../boxes/writer-bio.ts';

/** How many words a line over a deck has below which one sign of an author's card is enough. */
const SHORT_CARD_WORDS = 3;

/**
 * Is `line` (of `words` words, right over `deck`) an author's role over the author's biography? With
 * `underAName`, the line stands right under a bare name or a byline.
 */
export function roleOverBiography(line: string, words: number, deck: string, underAName: boolean): boolean {
  const role = isRole(line);
  if (words >= SHORT_CARD_WORDS && !role) return false;
  const biography = biographyName(deck) !== null;
  return words < SHORT_CARD_WORDS ? role || biography : biography || underAName;
}
