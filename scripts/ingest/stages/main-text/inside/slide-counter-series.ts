/**
 * A picture gallery's slides set out one after the other, each under its counter alone on a line:
 * "1 of 23" / caption / "2 of 23" / caption / "3 of 23" … ("2 von 12", "3/12"). slide-counters.ts
 * leaves out the first slide's counter beside the article's prose; the later ones, "2 of 57" after
 * "1 of 57", were short lines the run kept, one a slide. What shows a counter whatever the page's
 * language: its number, "of" (in the news sets' languages) or a slash, the gallery's count, alone on
 * its line; and a series: the counter just before or just after it (one less, one more, the same count)
 * on a line of its own elsewhere on the page. Each such counter is left out with its reason, weighing as
 * a caption. What stays: a counter with no neighbour in its series (a single "3/4", a score "7/10"),
 * a number past its count, a count written into a sentence.
 *
 * Used by detectMainText before the run is found, after slide-counters.ts.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** The slide's number, "of" in the news sets' languages or a slash, the gallery's count (as slide-counters.ts reads the first). */
const COUNTER = /^(\d{1,3}) ?(?:\/|of|von|de|di|av|af|z|sur|van|из) ?(\d{1,3})$/u;

const WHY = 'a picture gallery\'s slide counter in a series ("2 of 23" after "1 of 23")';

/** The slide's number and the gallery's count, or null when the line is no counter. */
export function counterOf(line: string): { slide: number; count: number } | null {
  const m = COUNTER.exec(line.trim());
  if (!m) return null;
  const slide = Number(m[1]);
  const count = Number(m[2]);
  return slide >= 1 && count >= 2 && slide <= count ? { slide, count } : null;
}

export function slideCounterSeries(lines: string[], blocks: ClassedBlock[]): void {
  const counters = new Map<number, { slide: number; count: number }>();
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const c = counterOf(lines[i]);
    if (!c) continue;
    counters.set(i, c);
    seen.add(`${c.slide}/${c.count}`);
  }
  for (const [i, { slide, count }] of counters) {
    if (!seen.has(`${slide - 1}/${count}`) && !seen.has(`${slide + 1}/${count}`)) continue;
    if (blocks[i].cls === 'bad' && blocks[i].why) continue;
    leaveOut(blocks[i], WHY);
  }
}
