/**
 * "Harbor Digest 11.18.19": a series' name and the issue's date in figures, written with dots. The two
 * first figures read like a time ("11.18"), but the line is the issue's headline, no date line: it
 * heads the issue over its teaser sentence, the author and the stamp.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY } from './headline-fixture.ts';

const english = detectLanguage('The programme will fund joint laboratories and train young researchers over the next five years.');

describe('a series’ name with a dotted issue date', () => {
  it.each(['Harbor Digest 11.18.19', 'Morning Ledger 04.07.2022'])('"%s" is no date line', (line) => {
    expect(blockFeatures(line, english).dateLine).toBe(false);
  });

  it.each(['11.18.19', 'Nov 18, 2019 11.18', 'Updated 11:18:19'])('"%s" is a date line still', (line) => {
    expect(blockFeatures(line, english).dateLine).toBe(true);
  });

  it('is the headline over its teaser, author and stamp', () => {
    const page = `Home\nHarbor Digest\nHarbor Digest 11.18.19\nThe valley's rice farmers are harvesting twice ... what a year ...\nAuthor:\nThe Harbor Gazette\nPublish date:\nNov 18, 2019\nThe valley's rice farmers are harvesting twice ... what a year ...\n${BODY}`;
    expect(article(page).record.title).toBe('Harbor Digest 11.18.19');
  });
});
