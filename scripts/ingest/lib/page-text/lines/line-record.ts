/**
 * What is remembered of one short line across pages, in one record: its block features, the chrome
 * rule it matches, whether it is an author's line, whether it can be no headline. A site's furniture repeats from page to page, and
 * the block features, `clean` and the headline chooser all ask about the same lines: with a memory of
 * their own each, every ask hashed the line and compared it with a stored copy again (three lookups a
 * line, ~2.5 % of a text seed's CPU, session 40). One lookup now finds the record, and each reader
 * fills its own field the first time it asks (lazily: a line no one asks about is never read).
 *
 * Each field is a pure function of the line (and of what the field says it was read with), so an
 * answer read from the record is the answer reading the line again gives. Only lines of a menu's or
 * a label's length (`REMEMBERED_LINE_CHARS`): prose seldom repeats, and remembering a paragraph
 * would keep its text alive.
 */
import type { BlockFeatures } from './block-features.ts';
import type { ChromeRule } from '../chrome/chrome-rules.ts';
import { BoundedMemo } from '../../bounded-memo.ts';

export interface LineRecord {
  /** `chromeRuleOf`'s answer (null: no rule matches), undefined until asked. */
  chrome: ChromeRule | null | undefined;
  /** `blockFeatures`' answer, read with `featuresStopwords` and `featuresCjk`; undefined until asked. */
  features: BlockFeatures | undefined;
  featuresStopwords: ReadonlySet<string> | undefined;
  featuresCjk: boolean;
  /** `isAuthorLine`'s answer for a line not marked as a byline, read with `authorWords` words (-1: not asked). */
  author: boolean;
  authorWords: number;
  /** `notAHeadline`'s answer, undefined until asked. */
  notHeadline: boolean | undefined;
}

/** The longest line remembered: furniture is short. */
export const REMEMBERED_LINE_CHARS = 200;

// Four readers share the memory that four memos of 4,096 lines each held.
const records = new BoundedMemo<LineRecord>(4 * 4096);

/** The record of `line` (at most REMEMBERED_LINE_CHARS long), a fresh one the first time. */
export function lineRecord(line: string): LineRecord {
  return (
    records.get(line) ??
    // Every field set at once, so every record has one shape.
    records.remember(line, { chrome: undefined, features: undefined, featuresStopwords: undefined, featuresCjk: false, author: false, authorWords: -1, notHeadline: undefined })
  );
}
