/**
 * The heading of a box the site closes its articles with ("About the Author", "Disclaimer:", "Die
 * Autorin") among the run's last lines, under most of its prose: the article ends above it, and the
 * box's lines go however they read. Used by ../../main-text.ts after the run is found, and by
 * closingLinesOfArticle and mayCloseOnTheSitesLines there.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/**
 * The German heading written for both genders: the other form after a slash, an asterisk or a colon
 * ("Über den Autor/ die Autorin", "Zum Autor / zur Autorin", "Autor*in", "Autor:innen", "AUTOR/IN",
 * "Autorin/Autor"); the trade alone needs it ("Autor" alone is a byline's label, read elsewhere).
 */
const PAIR = String.raw`\s?[/*:]\s?(?:(?:den|die|der|zum|zur) )?(?:autor(?:in|en|innen)?|in|innen)`;
const BOTH = `(?:${PAIR})?`;

/**
 * The heading of a box the site closes its articles with: a note on the author or the reviewer, a
 * disclaimer ("About the Author", "Disclaimer:", "Über den Autor", "Sobre o autor", "À propos de l'auteur");
 * or the author's trade alone as its heading, with the article ("Die Autorin", "L'auteur", "El autor",
 * "O autorze"): under most of the article's prose, it heads the note on her, not a section.
 */
export const CLOSING_BOX = new RegExp(
  String.raw`^(?:about (?:the|this) (?:authors?|writers?|reviewers?|contributors?|experts?)|(?:the )?authors?['’]?s? bio(?:graphy)?|meet the (?:authors?|writers?)|(?:legal |medical )?disclaimers?|über (?:den|die) autor(?:in|en|innen)?${BOTH}|sobre (?:o|a|el|la) autora?|(?:à|a) propos de l['’]auteure?|sull['’]autore|(?:der|die) autor(?:in|en|innen)?${BOTH}|zu[mr] autor(?:in)?${BOTH}|autor(?:in|en|innen)?${PAIR}|l['’]aut(?:eure?|rice|ore)|(?:el|la|os|as) autor(?:a|es|as)?|o autorze|o autorovi|over de auteur|об авторе)\s*:?$`,
  'iu',
);
/** Paragraphs a closing box holds at most: a note on the author or the reviewer, a disclaimer of a paragraph or two. */
const CLOSING_BOX_PARAGRAPHS = 3;
const CLOSING_BOX_WHY = 'under the heading of the site\'s closing box (a note on the author, a disclaimer)';

/**
 * "About the Author" / her name and role / a note on her / "Disclaimer:" / the site's disclaimer: the
 * heading of a box the site closes its articles with, among the run's last lines, under most of its
 * prose (more prose above it than under it). The article ends above the heading; the heading and
 * what the run took in under it are the box's, however they read (a note on a reviewer, a disclaimer
 * worded as no rule knows). Returns the article's last line.
 */
export function aboveAClosingBox(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let below = 0;
  let heading = -1;
  let above = 0;
  // Paragraphs under the box heading being walked up to: a box holds a note or two, not a section.
  let paragraphs = 0;
  for (let i = start; i <= end; i++) if (blocks[i].cls === 'good' || blocks[i].cls === 'near') above += blocks[i].features.words;
  for (let i = end; i > start; i--) {
    const b = blocks[i];
    if (b.cls === 'good' || b.cls === 'near') {
      below += b.features.words;
      above -= b.features.words;
      if (++paragraphs > CLOSING_BOX_PARAGRAPHS) break;
    }
    if (b.features.words <= 6 && b.cls !== 'good' && CLOSING_BOX.test(lines[i].trim()) && below < above) [heading, paragraphs] = [i, 0];
    if (below >= above) break;
  }
  if (heading === -1) return end;
  for (let i = heading; i <= end; i++) if (blocks[i].cls !== 'bad') leaveOut(blocks[i], CLOSING_BOX_WHY, runEndingWeight(blocks[i]));
  let cut = heading - 1;
  while (cut > start && blocks[cut].weight <= 0) cut--;
  return cut;
}
