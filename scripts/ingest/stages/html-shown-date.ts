/**
 * html-shown-date: a saved page that none of its fields dates (no JSON-LD datePublished, no
 * article:published_time, no <time>, no date in its address, no date line by its <h1>) may still show
 * its reader a date line: under its headline in a box the prune pass drops ("<aside><p>May 25,
 * 2023</p>"), in the article header's <footer>, beside "Written by …". Its shown text
 * (lib/html/prune/html-shown-text.ts) is read as the text path reads a text seed: the segment stage finds
 * the header's stamps, setting aside a list's dates (related stories, comments) and a footer's
 * unlabelled ones, and the metadata stage chooses among them (not the text path's last resort, below). The date keeps its line as evidence and
 * its own source (`page-text`), or `update` when the line says only when the page was changed (the
 * lead's decision, tests/ingest/dates-update-only.test.ts). Never a date the fields gave: read only
 * when they gave none.
 */
import type { Language } from '../lib/page-text/language/language.ts';
import type { PageDate } from '../lib/html/metadata/html-meta.ts';
import { Report, SkipArticle } from '../report.ts';
import { segment } from './segment.ts';
import { extractMetadata } from './metadata.ts';
import { findFusedDates, mayHoldChronoDate } from '../lib/dates/dates.ts';
import { setStampLabelAside } from '../lib/dates/stamp-label.ts';
import type { PageHints } from '../lib/dates/page-order.ts';
import { phase } from '../lib/phase-clock.ts';

export interface ShownDate {
  published: PageDate;
  /** The only date the page shows is the day it was changed. */
  isUpdate: boolean;
}

/**
 * The date the page's shown text gives its article, as the text path would read it; null when it shows none.
 * `hints`: the page's address and language tags, which may settle its numeric dates' order (lib/dates/page-order.ts).
 */
export function dateShownInText(shown: string, headline: string | null, language: Language, seed: string, report: Report, hints?: PageHints): ShownDate | null {
  const outer = phase('text:shown-date-test');
  const text = fromHeadlineOn(shown, headline);
  const shows = showsAFullDate(text, language.lang);
  phase(outer);
  if (!shows) return null;
  // The text path's own readers, with a report of their own: their decisions about the page's lines
  // are not the article's (the article's lines are the extractor's); what they find is reported below.
  const scratch = new Report(seed);
  let date;
  try {
    const { header } = segment(text, language, scratch, null, hints);
    // Not the text path's last resort (a row of fields under the article, the page's only dated line,
    // read when it shows no other stamp): a page whose fields give no date shows no other stamp as a
    // rule, and the HTML path has read its date places already, so a line only that reading finds is
    // as likely a teaser's ("Fusion lab opens doorsJune 2, 2024" in a list of related stories) as the
    // article's. On the metadata set it dated no page right that the stamps do not.
    delete header.lastResortStamp;
    date = extractMetadata(header, [], scratch).date;
  } catch (error) {
    if (error instanceof SkipArticle) return null;
    throw error;
  }
  if (!date || date.precision !== 'day' || (date.source !== 'explicit' && date.source !== 'update')) return null;
  const isUpdate = date.source === 'update';
  report.add('html', 'date-from-page-text', 'found', date.evidence, `no field of the page dates it; its shown text does, read as a text seed's: ${date.date}${isUpdate ? ' (the day it was updated)' : ''}`);
  return { published: { date: date.date, source: 'page-text', evidence: date.evidence }, isUpdate };
}

/**
 * Does a line of the text show a full date, in its whole or after its stamp label ("Publiziert6.
 * November 2025"), or, in a language other than English, words chrono-node may read as one? Every stamp
 * the text path reads is such a line's date (lib/dates/dates.ts findStampDate), so a text without one
 * is not read: most pages that no field dates show no date at all (130 of the metadata set's 159), and
 * reading them cost more than the rest of their ingest. A numeric date with two readings ("03/04/2021")
 * is read in either order (day first reads every one that month first does).
 */
function showsAFullDate(text: string, lang: string): boolean {
  for (const line of text.split('\n')) {
    if (findFusedDates(line, 'day-first').length > 0) return true;
    const { label, body } = setStampLabelAside(line);
    if (label && findFusedDates(body, 'day-first').length > 0) return true;
    if (lang !== 'en' && mayHoldChronoDate(line)) return true;
  }
  return false;
}

/** Case and spacing set aside, to find the headline's line in the shown text. */
const normal = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();
/** A line inside the headline counts as its line when it holds this much of it (a headline split over two lines). */
const HEADLINE_PART = 0.6;

/**
 * The shown text from the headline's line on, when the page shows its headline: what stands over it is
 * the site's masthead and menus, and a masthead's date ("Thursday, December 3, 2026") is the day the
 * page was saved, not the article's. A date line set above the headline (a kicker) is the HTML stage's
 * own reading (lib/html/metadata/html-meta.ts), done before this one. A page whose headline is not found is read whole.
 */
function fromHeadlineOn(text: string, headline: string | null): string {
  const wanted = headline ? normal(headline) : '';
  if (!wanted) return text;
  const lines = text.split('\n');
  const at = lines.findIndex((line) => {
    const seen = normal(line);
    return seen.includes(wanted) || (seen.length >= wanted.length * HEADLINE_PART && wanted.includes(seen));
  });
  return at <= 0 ? text : lines.slice(at).join('\n');
}
