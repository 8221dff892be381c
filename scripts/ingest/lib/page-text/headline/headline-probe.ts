/**
 * A listener the bench sets to see each call of the text path's headline chooser (headline.ts
 * chooseHeadline): the lines and the article run it was given, every line it scored and the line it
 * returned. scripts/bench/extract/census/headline-loss-stages.ts reads it to tell where a headline is lost
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
  /** Every line the scorer weighed and left unscored, with the rule that left it (a key of SKIP_RULES). */
  skipped: Map<number, SkipRule>;
}

/**
 * The rules of the scorer (headline.ts scoreHeadlineCandidates) that leave a weighed line unscored,
 * one code each, in the order the scorer asks them.
 */
export const SKIP_RULES = {
  shape: 'no headline\'s shape (headlineShaped, notAHeadline)',
  'name-under-by': 'the name under a "By" label',
  'under-bio': 'right under a writer\'s biography',
  'byline-above': 'the author\'s bare name over the date, over a headline',
  'prose-below': 'prose (good), at or below the article\'s first paragraph',
  'prose-stop': 'prose (good) above it, ending on a full stop',
  'prose-no-header': 'prose (good) above it, no byline or date right under it',
  'over-credit': 'over a photo\'s credit (a caption)',
  'under-credit': 'under a photo\'s credit, a sentence (a caption)',
  'fused-teaser': 'another story\'s headline run into its summary',
  'long-in-run': 'in the run, over twenty words',
  'unmarked-in-run': 'in the run, no headline\'s mark (header, copy, Title Case, stamp above, echo)',
  'glued-nearby': 'ends glued onto a nearby line (a breadcrumb run together)',
  'holds-nearby': 'the dressed-up form of a nearby line',
  'no-shared-words': 'shares no word with the lead (no header under it)',
  'role-under-name': 'the author\'s role under the name',
} as const;
export type SkipRule = keyof typeof SKIP_RULES;

export let headlineProbe: ((call: HeadlineCall) => void) | null = null;

/** Listen to the chooser's calls (the bench only); `null` stops. */
export function setHeadlineProbe(probe: ((call: HeadlineCall) => void) | null): void {
  headlineProbe = probe;
}
