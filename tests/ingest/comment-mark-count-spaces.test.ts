/**
 * The comment section's heading with its count in brackets: "Kommentare (56)" and, as some templates
 * write it, "Kommentare ( 56 )" with spaces inside the brackets. Both are the comment mark, in every
 * language the mark knows; a heading with words in its brackets stays none.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const GERMAN = detectLanguage('Die Stadt will im kommenden Jahr vier neue Fähren in Dienst stellen, wie das Hafenamt am Dienstag mitteilte.');

describe('comment heading with a bracketed count', () => {
  it('is a comment mark with or without spaces inside the brackets', () => {
    for (const line of ['Kommentare (56)', 'Kommentare ( 56 )', 'Kommentare ( 3 ):', 'Comments ( 12 )', 'Commentaires ( 4 )', 'komentarze ( 7 )', 'Comments (12)'])
      expect(blockFeatures(line, GERMAN).commentMark, line).toBe(true);
  });
  it('stays none for a heading whose brackets hold words', () => {
    for (const line of ['Kommentare (Auswahl)', 'Kommentare zur Lage ( 56 )'])
      expect(blockFeatures(line, GERMAN).commentMark, line).toBe(false);
  });
});
