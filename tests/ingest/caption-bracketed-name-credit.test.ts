/**
 * A caption written without its full stop, closed by the photographer's name and the agency in brackets
 * ("… with the harbor trophy (Jane Roe/Harbor Today)", "… on May 4, 2023 [Jane Roe/Wire]"):
 * lib/page-text/lines/caption-credit-tails.ts reads it as a caption. What stays: an agency alone in the
 * brackets (an article citing its picture's source), a list's numbered item, a headline in title case,
 * a sentence with a slash in brackets. Every line is written for the test; the captions failed before.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const en = detectLanguage('The new ferry docks in the harbour for the first time on Monday, and the mayor says the town has waited for it for years.');

describe('a caption closed by a bracketed name and agency', () => {
  it('is a caption', () => {
    for (const line of [
      'Harbor players celebrate with the cup after the final whistle (Jane Roe/Harbor Today)',
      'Dockers inspect the crane that fell on the pier in the storm on May 4, 2023 [Jana Rose Lee/Wire]',
      'The captain ties the ferry to the quay on its first night in port (Jane Roe / Harbor Post)',
    ]) expect(blockFeatures(line, en).caption, line).toBe(true);
  });

  it('leaves an agency alone, a numbered item, a title-case headline and a sentence alone', () => {
    for (const line of [
      'The old lighthouse was pulled down after the storm of the winter (Wire/Harbor Images)',
      '2. Golden pothos grows well on a shaded windowsill (Golden Pothos / Devil Ivy)',
      'Harbor Fund Defies Market And Posts Huge Gains For The Year [Jane Roe/Wire]',
      'The council said the ferry would run twice a day on weekdays (and/or on weekends).',
    ]) expect(blockFeatures(line, en).caption, line).toBe(false);
  });
});
