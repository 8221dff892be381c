/**
 * A box of other stories set between an article's paragraphs under a heading of its own ("Am
 * beliebtesten", "Ähnliche Nachrichten", "Noticia relacionada"): its teasers (kickers, headlines,
 * bylines, summaries, the box's "more" link) stand inside the article, and the article resumes under
 * them. These headings are not in block-features' box headings, which END the article: pages set
 * them mid-article, so ending there cost the paragraphs below. Here the heading opens the box, and
 * the box stops at the next paragraph of prose; its lines are left out at a caption's weight
 * (main-text/shared/leave-out.ts) so the run goes on past it. Where no paragraph follows within reach the
 * box closes the article and is left to the rules that judge a page's foot. Used by detectMainText
 * before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** Headings of boxes pages set between paragraphs (most read, similar news, one related story). */
const MID_ARTICLE_BOX_HEADING = /^\P{L}*(?:am beliebtesten|(?:mehr )?ähnliche nachrichten|noticia relacionada)\P{L}*$/iu;
/** Lines under the heading in which the article's prose must resume (a box shows a few teasers). */
const PROSE_REACH = 20;
/** Lines over the heading in which the article's prose must stand: the box is between paragraphs. */
const PROSE_ABOVE = 4;

export const BOX_BETWEEN_PARAGRAPHS = 'a box of other stories between the article\'s paragraphs';

const isParagraph = (b: ClassedBlock | undefined) => !!b && b.cls === 'good' && b.features.sentenceEnd;

export function boxesBetweenParagraphs(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!MID_ARTICLE_BOX_HEADING.test(lines[i].trim())) continue;
    if (!blocks.slice(Math.max(0, i - PROSE_ABOVE), i).some(isParagraph)) continue;
    let resumes = i + 1;
    while (resumes < lines.length && resumes <= i + PROSE_REACH && !isParagraph(blocks[resumes])) resumes++;
    if (!isParagraph(blocks[resumes])) continue;
    // A short line right over the paragraph, after the box's last teaser, is the article's own
    // sub-heading ("Forzada a abusar …"), unless it is the box's "more" link.
    const above = blocks[resumes - 1];
    const subHeading = resumes - 1 > i && above.cls === 'short' && !above.features.sentenceEnd && !above.features.byline && !MID_ARTICLE_BOX_HEADING.test(lines[resumes - 1].trim());
    const last = subHeading ? resumes - 2 : resumes - 1;
    for (let k = i; k <= last; k++) leaveOut(blocks[k], blocks[k].cls === 'bad' && k !== i ? `${BOX_BETWEEN_PARAGRAPHS} (${blocks[k].why})` : BOX_BETWEEN_PARAGRAPHS);
    i = last;
  }
}
