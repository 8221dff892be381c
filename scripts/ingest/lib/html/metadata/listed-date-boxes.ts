/**
 * A list of other stories' dates far under the headline. The prune pass reads the boxes a page names
 * for a date anywhere after its <h1> (lib/html/prune/html-prune.ts), to find an article footer's date;
 * but a "Related posts" or "More on this topic" list far under the article names each story's date in
 * such a box too ("Julian Canlas December 2, 2025", "Stephen Jesudunsin September 1, 2025", …). Boxes
 * past the first texts under the headline that name three different days or more are such a list: a
 * bare date among them is none of the article's (a page has one publication day, and a footer shows it
 * once, maybe with its update: two days). Their labelled lines ("Posted on …", "Updated …") and a
 * comment's date keep their meaning: html-meta.ts reads them as it did.
 */
import { findStampDate, type NumericOrder } from '../../dates/dates.ts';

/** Different days in far date boxes that make them a list of stories (a footer's own shows two at most: published, updated). */
const LIST_DAYS = 3;
const NONE: ReadonlySet<string> = new Set();

/** The far boxes' lines (`farBoxTexts`) when those name LIST_DAYS days or more: a list's; else none. */
export function listedDates(farBoxTexts: readonly string[] | undefined, lang: string, order: NumericOrder | null): ReadonlySet<string> {
  if (!farBoxTexts || farBoxTexts.length < LIST_DAYS) return NONE;
  const days = new Set<string>();
  for (const line of farBoxTexts) {
    const found = findStampDate(line, lang, order);
    if (found) days.add(found.date);
  }
  return days.size < LIST_DAYS ? NONE : new Set(farBoxTexts);
}
