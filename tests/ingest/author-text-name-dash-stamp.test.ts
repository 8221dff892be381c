/**
 * The text path's row with the name, a dash or a bar left hanging after it, then the stamp ("Tessa Lund
 * - 2025/4/29", "Tessa Lund | October 15, 2025"): the separator stayed on the name's words, which then
 * read as no name, and the page named nobody. A row whose words before the stamp are no name stays no byline,
 * and so do words all in capitals: "PRESS RELEASE · March 4 2026" is a label before the date, and a name in
 * capitals cannot be told from it here (tests/ingest/author-text-name-tails.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { nameBeforeItsStamp } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nThe new bridge over the river comes next year\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: a separator left between the name and the stamp', () => {
  it('"Tessa Lund - 2025/4/29", "Tessa Lund – October 15, 2025", "Tessa Lund | October 15, 2025"', () => {
    expect(nameBeforeItsStamp('Tessa Lund - 2025/4/29', 'en')).toBe('Tessa Lund');
    expect(nameBeforeItsStamp('Tessa Lund – October 15, 2025', 'en')).toBe('Tessa Lund');
    expect(article(page('Tessa Lund - 2025/4/29')).record.author).toBe('Tessa Lund');
    expect(article(page('Tessa Lund | October 15, 2025')).record.author).toBe('Tessa Lund');
  });

  it('a section or a tip\'s words before the dash are no name', () => {
    expect(nameBeforeItsStamp('Sports - October 15, 2025', 'en')).toBeNull();
    expect(nameBeforeItsStamp('Read more about the bridge plans - October 15, 2025', 'en')).toBeNull();
    expect(nameBeforeItsStamp('PRESS RELEASE · March 4 2026', 'en')).toBeNull();
  });
});
