/**
 * A sentence in which an article says when it itself first came out: "This article was originally
 * published on 26 Sep 2019 but has been updated since", "Originally published in the Harbor Gazette on
 * June 9, 2020", "Editor's note: this story was first published on March 12, 2019". Pages that are kept
 * up to date re-stamp their header with each update and tell their first day only so; that day is the
 * article's publication. The subject must be the page's own text ("this article", "this post", or no
 * subject at all, as a note opens): "the study was first published on …" dates another work.
 * A month alone ("Originally published in March 2022") dates nothing, but tells that a later update
 * line is not the day the page came out.
 */
import { findFusedDates, findMonthYears, type ParsedDate } from './dates.ts';

/** The page's own text as the subject, or none (a note that opens with the label). */
const SUBJECT = '(?:this|the present)\\s+(?:article|post|blog post|story|piece|guide|page|review|interview|report|column|essay|feature|list|recipe|op-ed|entry)';
/** "was originally published", "first published", "has been first published": the label, then what may stand before its date. */
const LABEL = new RegExp(`(?:\\b${SUBJECT}\\s+(?:(?:was|has been|is)\\s+)?|(?:^|[.:!?]\\s+|—\\s*|\\(\\s*))(?:originally|first)\\s+published\\s+`, 'giu');
/**
 * Between the label and the date: nothing but "on (the)", or where it came out first then "on"
 * ("in the Harbor Gazette on"): a few words without a sentence's end.
 */
const GAP = /^(?:on\s+(?:the\s+)?|(?:in|by|at)\s+[^.;:!?]{1,60}?\s+on\s+(?:the\s+)?)?$/iu;
/** How far after the label its date may start: "in the Harbor Gazette on " and a little more. */
const REACH = 100;

/** The day `text` says the article itself was originally (first) published, or null when it says no full date so. */
export function findOriginalPublication(text: string): ParsedDate | null {
  return firstAfterLabel(text, GAP, findFusedDates);
}

/** Between the label and a month: "in", or where it came out first then "in" ("in the Harbor Gazette in "). */
const MONTH_GAP = /^(?:(?:in|by|at)\s+[^.;:!?]{1,60}?\s+)?in\s+$/iu;

/**
 * The month `text` says the article itself first came out in ("Originally published in March 2022"),
 * as its first day at month precision; null when it names no month so. It dates nothing by itself: it
 * tells that a later update line is not the day the page came out (stages/metadata.ts).
 */
export function findOriginalPublicationMonth(text: string): ParsedDate | null {
  return firstAfterLabel(text, MONTH_GAP, findMonthYears);
}

/** The first date `read` finds in `text` right after a label, with only `gap` between them. */
function firstAfterLabel(text: string, gap: RegExp, read: (text: string) => ParsedDate[]): ParsedDate | null {
  LABEL.lastIndex = 0;
  const any = LABEL.test(text);
  // matchAll starts where test left the shared pattern.
  LABEL.lastIndex = 0;
  if (!any) return null;
  // The text's dates are read once, and each label looks at the first that starts after it: a line of
  // many labels costs its length, not its labels times its dates.
  const dates = read(text);
  let next = 0;
  for (const m of text.matchAll(LABEL)) {
    const start = m.index + m[0].length;
    while (next < dates.length && dates[next].index < start) next++;
    const first = dates[next];
    if (!first) return null;
    if (first.index - start > REACH || !gap.test(text.slice(start, first.index))) continue;
    const from = m.index + m[0].search(/\S/);
    return { ...first, text: text.slice(from, first.index + first.text.length), index: from };
  }
  return null;
}
