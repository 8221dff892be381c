/**
 * Why a line of the page's innerText that the truth holds is missing from the body (lost-lines.ts).
 * The census reads the innerText as written, as the scorer reads the truth, but decode normalises
 * the text before any stage sees it (NFC, soft hyphens and other invisible marks dropped, mojibake
 * re-read), and every report entry and the body hold that normalised text. Matched as written, a
 * line with a decomposed umlaut, a soft hyphen or a compatibility ideograph finds neither the entry
 * that removed it nor its copy in the body, and showed as a loss with no report entry: here it is
 * matched as decode reads it. A line decode only normalised is kept (the scorer, which no public
 * benchmark's normalises either, still counts its shingles missed); the headline and a date or
 * byline taken as the article's metadata are named as such.
 */
import { tokenize } from '../score.ts';
import type { ReportEntry } from '../../../ingest/report.ts';
import { MOJIBAKE, reReadMojibake, repairMojibakeRuns } from '../../../ingest/lib/safety/mojibake.ts';
import { INVISIBLE_MARKS } from '../../../ingest/lib/safety/invisible-marks.ts';

/** A text's tokens between spaces, so a line's words can be found inside an entry's or the body's. */
export const words = (s: string) => ` ${tokenize(s).join(' ')} `;

/** A text as stages/decode.ts hands it on (the steps that change its words): lines stay where they were. */
export function readAsDecodeDoes(text: string): string {
  const reRead = MOJIBAKE.test(text) ? reReadMojibake(text) : null;
  return (reRead ?? repairMojibakeRuns(text)).normalize('NFC').replace(INVISIBLE_MARKS, '');
}

export function why(e: ReportEntry): string {
  return `${e.stage}/${e.rule}${e.detail ? `: ${e.detail.slice(0, 90)}` : ''}`;
}

export interface PageOutcome {
  /** The article body, as the pipeline gave it. */
  body: string;
  title: string;
  entries: readonly ReportEntry[];
}

/**
 * The reason a lost line went: the removal that names it (whole, else a part of it), else kept once
 * normalised, the headline, a header fact the segment stage took, or '(no report entry)'. `line` is
 * as the innerText has it; pass the line as decode read it when the whole text was re-read (mojibake).
 */
export function lostLineCause(line: string, page: PageOutcome, read = readAsDecodeDoes(line)): string {
  const w = words(read);
  const removed = page.entries.filter((e) => e.text && e.action === 'removed').map((e) => ({ e, w: words(e.text!) }));
  const whole = removed.find((x) => x.w.includes(w));
  if (whole) return why(whole.e);
  const part = removed.find((x) => x.w.trim().length > 10 && w.includes(x.w));
  if (part) return `part of the line: ${why(part.e)}`;
  if (words(page.body).includes(w)) return 'kept, normalised as decode reads it (NFC, soft hyphens, mojibake): the scorer counts it missed';
  const title = words(readAsDecodeDoes(page.title));
  if (title.trim() && w.includes(title)) return 'the headline (the article title, not its body)';
  // A date or byline line the segment stage read as the article's date or author; a figure found inside a sentence is not one.
  const fact = page.entries.find((e) => e.text && e.action === 'found' && e.stage === 'segment' && (words(e.text).includes(w) || w.startsWith(words(e.text))));
  if (fact) return `taken as metadata: ${fact.stage}/${fact.rule}`;
  return '(no report entry)';
}
