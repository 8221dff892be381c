/**
 * header-fields: the facts a header or footer line states, taken out of it (readHeaderField): a source
 * ("Source: …"), an editor, a labelled byline (which may carry the stamp), a stamp (readStamp, peeled off one
 * after the other), a row of the header's fields, a summary bullet; and the bylines those fields do not read
 * (readBylineShape): a name under a label alone on its line, a "By …" line under the headline.
 */
import type { HeaderFacts, Unit } from '../../types.ts';
import { Report } from '../../report.ts';
import { endsLikeSentence } from '../../lib/page-text/language/text.ts';
import { withoutClosingClockTime } from '../../lib/dates/closing-clock-time.ts';
import { datesOf, readStamp, readStampRow } from './stamp-line.ts';
import { cleanAuthor, withoutClosingAbbreviation } from '../../lib/bylines/author.ts';
import { BYLINE } from '../../lib/bylines/byline-labels.ts';
import { longAuthorList } from '../../lib/bylines/author-list.ts';
import { readLabelledLine, withoutLeadingSeparator, writerAfterReviewer } from '../../lib/bylines/labelled-line.ts';
import { nameShaped, organisationShaped, sectionWordAlone } from '../../lib/bylines/name-shape.ts';
import { agencyOnStampRow } from '../../lib/bylines/agency-byline.ts';
import { listOfFullNames, wordsBeforeItsStamp } from '../../lib/bylines/name-lines.ts';

/** A bullet opening a line: a point of the article's summary in its header (and so no line of body prose). */
export const BULLET = /^[•·▪●◦‣∙*-]\s+/;
/** A line that names the story's source ("Source: …", "来源：…"), and one that names its editor ("Edited by …"). */
const SOURCE = /^(?:source|来源|來源)\s*[:：]\s*(.+)$/i;
const EDITOR = /^(?:editor|edited by|responsible editor)\s*[:：]?\s+(.+)$/i;

/**
 * A byline the header fields do not read: a name under a label alone on its line ("By" / "Anna Berg"),
 * and, under the headline inside the article's run, a "By …" line, its label run into the name or not.
 * Only a line that names someone is taken: "By" over a date, a sentence ("By 2030, …") names nobody.
 */
export function readBylineShape(line: string, previous: string, inRun: boolean, header: HeaderFacts, report: Report): void {
  // In the header, the English labels are its fields' (readHeaderField); other languages' are read
  // here, before a name's shape, on any page: the header's place beside the headline says it is a byline.
  // A row that credits a reviewer first ("Medically reviewed by … — Written by … — Updated on …"): the writer's part.
  const read = readLabelledLine(line, previous, { english: inRun, otherLanguages: true, barePrepositionAlone: true }) ?? writerAfterReviewer(line);
  if (!read) return;
  const name = read.words;
  // A byline of more than eight words is a sentence, unless it lists full names ("By Dr Anna Berg, Dr Li Wei, Jo van Park").
  if (endsLikeSentence(withoutClosingAbbreviation(line)) || (wordsBeforeItsStamp(name, header.numericOrder) > 8 && !listOfFullNames(name.trim()))) return;
  const cleaned = cleanAuthor(name);
  // A list of more full names than a byline shows is no name cleaning reads whole: named in part and counted (stages/metadata.ts).
  // "Writer Archive": the label's noun before a section's word (sectionWordAlone) is a menu's link.
  if (cleaned && sectionWordAlone(cleaned)) return;
  // On the label's own line, the writers the header's fields read there too (readHeaderField): an
  // organisation ("By University of Tokyo"), two writers joined by "with" ("By Anna Berg with Li Wei").
  const shaped = !!cleaned && (nameShaped(cleaned) || (!read.underLabel && (organisationShaped(cleaned) || writersWith(cleaned))));
  if (!shaped && !longAuthorList(name) && !agencyOnStampRow(cleaned, name, header.numericOrder)) return;
  header.bylines.push(name.trim());
  report.add('segment', read.underLabel ? 'byline-under-label' : 'byline', 'found', read.underLabel ? `${previous.trim()} ${line}` : line);
}

/** "Anna Berg with Li Wei": two names, each of two words at least, the second writing with the first (the byline keeps the word). */
const writersWith = (name: string): boolean => {
  const names = name.split(/(?<!\s)\s+with\s+/u);
  return names.length === 2 && names.every((n) => /\S\s+\S/u.test(n) && nameShaped(n));
};

/**
 * How many stamps one line may give up, one after the other ("2021-03-14 Updated 2021-03-15 Title"):
 * real rows hold two or three. Each is peeled off by reading the rest of the line again, so a line of
 * 10,000 dates (a pasted calendar) took ten minutes of CPU; past the cap the rest stays the line's text.
 */
const MAX_STAMPS_PER_LINE = 8;

/** Take the facts out of a header or footer line; return what is left of the line, if anything. */
export function readHeaderField(
  line: string,
  zone: Unit['zone'],
  header: HeaderFacts,
  report: Report,
  mayBeRow = true,
  dates = datesOf(line, header.lang, header.numericOrder),
  peeled = 0,
): string {
  if (peeled >= MAX_STAMPS_PER_LINE) return line;
  let m: RegExpExecArray | null;
  if ((m = SOURCE.exec(line))) {
    header.sources.push(m[1].trim());
    report.add('segment', 'source-line', 'found', line);
    return '';
  }
  if ((m = EDITOR.exec(line))) {
    header.editors.push(m[1].trim());
    report.add('segment', 'editor-line', 'found', line);
    return '';
  }
  // "By Ann Lee, Staff Writer, Updated December 22, 2023, 5:49 p.m.", "By Anna Berg Jr.", "BY NELSON C.J.": a closing
  // "p.m." or an abbreviation's full stop ends no sentence (as readBylineShape and bylineWithDate read it).
  if (zone === 'header' && (m = BYLINE.exec(withoutLeadingSeparator(line))) && !endsLikeSentence(withoutClosingAbbreviation(withoutClosingClockTime(line)))) {
    // "By LI WEI | example.com | Updated: 2021-03-15 08:12": a byline can carry the stamp.
    const [name, ...rest] = m[1].split(/(?:(?<!\s)\s+)?[|·]\s*/);
    // "Writer Archive", "Author Posts": a menu's link, the label's noun before a section's word, no name (sectionWordAlone).
    // "By —": a label and a dash with no letter, the name on the next line (readBylineShape reads it there).
    if (/\p{L}/u.test(name) && !sectionWordAlone(name) && (wordsBeforeItsStamp(name, header.numericOrder) <= 8 || listOfFullNames(name))) {
      header.bylines.push(name.trim());
      report.add('segment', 'byline', 'found', line);
      const stamps = header.stamps.length;
      for (const part of rest) {
        const partDates = datesOf(part, header.lang, header.numericOrder);
        if (readStamp(partDates)) readHeaderField(part, zone, header, report, true, partDates);
      }
      // "By Daniel Cho • December 17, 2025 • 11 min read", "BY JANE ROEPUBLISHED: JAN 29, 2025": the date rides in the byline.
      const row = header.stamps.length === stamps ? readStampRow(dates) : null;
      if (row) header.stamps.push(row);
      return '';
    }
  }
  // A stamp that is no calendar day ("February 30, 2021") is reported and not published as text.
  const stamp = readStamp(dates);
  const invalid = stamp ? null : readStamp(dates, true);
  if (invalid) {
    report.add('segment', 'invalid-date', 'removed', line, `${invalid.stamp} is not a calendar date: not used as the article's date`);
    return invalid.rest ? readHeaderField(invalid.rest, zone, header, report, true, undefined, peeled + 1) : '';
  }
  if (stamp) {
    // A date under the article (a comment's, another story's) is weaker evidence than the header's.
    (zone === 'footer' ? (header.footerStamps ??= []) : header.stamps).push(stamp.stamp);
    report.add('segment', 'date-stamp', 'found', line, stamp.rest ? `rest of the line: "${stamp.rest}"` : undefined);
    return stamp.rest ? readHeaderField(stamp.rest, zone, header, report, true, undefined, peeled + 1) : '';
  }
  // The headline is never read as a row: "Election Day November 5, 2024" names its subject's date.
  const row = zone === 'header' && mayBeRow ? readStampRow(dates) : null;
  if (row) {
    // The row stays as written: only its date is read.
    header.stamps.push(row);
    report.add('segment', 'date-stamp-row', 'found', line);
    return line;
  }
  // What is left of a stamp row once its stamp is read ("• Last updated 1 day ago • 2 minute read")
  // starts with the mark that parted the row's fields: no bullet of the article's summary.
  if (zone === 'header' && peeled === 0 && BULLET.test(line)) {
    header.standfirst.push(line.replace(BULLET, ''));
    report.add('segment', 'standfirst-bullet', 'found', line);
    return '';
  }
  return line;
}
