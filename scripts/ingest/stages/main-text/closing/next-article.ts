/**
 * A page that scrolls on into the next article: under the article's end come a new headline, its
 * byline, a stamp shaped as the article's own ("Published 06.01.2026 - 16:25" under "Published
 * 06.01.2026 - 17:29") and the header's other lines again (a summary box's label, its "Show more"),
 * then the next article's prose, all of it in the run. That second header is the boundary: the
 * article ends on its last paragraph above the next article's header lines. A live report's entries
 * carry stamps too, but repeat none of the header's other lines around them. Used by detectMainText
 * after the run's end is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { OPENS_ON_STAMP_LABEL } from '../../../lib/dates/date-labels.ts';

/** How far from the run's start the article's own stamp may stand (above it: the header; in it: under a standfirst). */
const STAMP_REACH = 12;
/** How far around each stamp the header's other lines stand. */
const HEADER_LINES = 6;
/** Paragraphs of the article above the second stamp: a header's stamp repeated near the top is a correction's or an update's. */
const ARTICLE_PARAGRAPHS = 3;
/** The next article's headline, standfirst, caption and byline stand at most this far above its stamp. */
const NEXT_HEADER = 6;

/** A stamp's shape: its words with the figures of the date and time blanked. */
const shape = (line: string) => line.trim().toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ');
export function aboveTheNextArticle(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let own = -1;
  for (let i = Math.max(0, start - STAMP_REACH); i <= Math.min(end, start + STAMP_REACH) && own === -1; i++) if (blocks[i].features.dateLine && OPENS_ON_STAMP_LABEL.test(lines[i].trim())) own = i;
  if (own === -1) return end;
  const stamp = shape(lines[own]);
  const headerLines = new Set<string>();
  for (let i = Math.max(0, own - HEADER_LINES); i <= own + HEADER_LINES && i < lines.length; i++) if (i !== own && blocks[i].cls !== 'good' && lines[i].trim()) headerLines.add(lines[i].trim().toLowerCase());
  let paragraphs = 0;
  for (let i = Math.max(own, start) + 1; i <= end; i++) {
    if (blocks[i].cls === 'good') paragraphs++;
    if (paragraphs < ARTICLE_PARAGRAPHS || !blocks[i].features.dateLine || shape(lines[i]) !== stamp) continue;
    let repeated = false;
    for (let k = Math.max(0, i - HEADER_LINES); k <= i + HEADER_LINES && k < lines.length && !repeated; k++) repeated = k !== i && headerLines.has(lines[k].trim().toLowerCase());
    if (!repeated) continue;
    let cut = i - NEXT_HEADER;
    while (cut > start && blocks[cut].cls !== 'good') cut--;
    return cut > start ? cut : end;
  }
  return end;
}
