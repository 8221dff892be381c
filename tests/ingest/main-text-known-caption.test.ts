/**
 * The rules that read what stands under a picture's caption (a credit, a chart's source:
 * main-text/inside/sources-between-paragraphs.ts, credits-under-captions.ts) know a caption another
 * rule left out by the mark that rule set (shared/leave-out.ts: leaveOutAsCaption), not by the word
 * "caption" in its reason: before, any rule whose reason named a caption ("a box of captions from
 * other stories", "a note that weighs as a caption") made the line under it a caption's credit.
 */
import { describe, expect, it } from 'vitest';
import type { ClassedBlock } from '../../scripts/ingest/stages/main-text.ts';
import { knownCaption } from '../../scripts/ingest/stages/main-text/inside/sources-between-paragraphs.ts';
import { leaveOut, leaveOutAsCaption } from '../../scripts/ingest/stages/main-text/shared/leave-out.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const block = (text: string): ClassedBlock => ({ features: blockFeatures(text, detectLanguage(text)), cls: 'short', why: '', headlineLike: false, weight: 0 });

describe('a caption another rule left out is known by its mark', () => {
  it('a caption rule marks it', () => {
    const b = block('The new bridge seen from the harbour at dawn');
    leaveOutAsCaption(b, "a picture's caption over its credit");
    expect(knownCaption(b)).toBe(true);
  });

  it("a rule whose reason only names a caption does not", () => {
    const b = block('Captions from other stories');
    leaveOut(b, 'a box of captions from other stories');
    expect(knownCaption(b)).toBe(false);
  });

  it('a caption a later rule leaves out for another reason is no longer one', () => {
    const b = block('The new bridge seen from the harbour at dawn');
    leaveOutAsCaption(b, "a picture's caption over its credit");
    leaveOut(b, 'another story\'s headline');
    expect(knownCaption(b)).toBe(false);
  });
});
