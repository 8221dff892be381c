/**
 * A listener the bench sets to see each call of the text path's headline chooser (headline.ts
 * chooseHeadline): the lines and the article run it was given, every line it scored and the line it
 * returned. scripts/bench/extract/headline-loss-stages.ts reads it to tell where a headline is lost
 * (never scored, scored under another, rewritten after the pick). The ingest never sets it: unset,
 * the chooser does no more work than before.
 */
import type { Language } from '../language/language.ts';
import type { HeadlineBlock } from './headline.ts';

/** One call of the chooser, as the bench sees it. */
export interface HeadlineCall {
  lines: string[];
  blocks: HeadlineBlock[];
  start: number;
  end: number;
  language: Language;
  /** The line the chooser returned, or -1. */
  chosen: number;
  /** Every line scored, nearest the article first. */
  scored: { index: number; score: number }[];
  /** The score a line needs to be taken on its score alone. */
  minScore: number;
}

export let headlineProbe: ((call: HeadlineCall) => void) | null = null;

/** Listen to the chooser's calls (the bench only); `null` stops. */
export function setHeadlineProbe(probe: ((call: HeadlineCall) => void) | null): void {
  headlineProbe = probe;
}
