/**
 * A name that ends in a generation's suffix, "Jr." or "Sr." (lib/bylines/name-lines.ts bareName): its
 * full stop ends the abbreviation, not a sentence, so the line is a bare name as "Anna Berg" is. A line
 * that ends in a sentence's full stop is still none.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { bareName, nameBeforeItsTail } from '../../scripts/ingest/lib/bylines/name-lines.ts';

describe('bylines: a name with its generation suffix', () => {
  it('is a bare name, alone or before its outlet', () => {
    expect(bareName('Anna Berg Jr.')).toBe(true);
    expect(bareName('Li Wei Sr.')).toBe(true);
    expect(nameBeforeItsTail('Anna Berg Jr. • Harbor.com')).toBe('Anna Berg Jr.');
  });

  it('leaves a sentence and a name whose last word only ends in "r."', () => {
    expect(bareName('See the letter.')).toBe(false);
    expect(bareName('Ask Mr.')).toBe(false);
    expect(bareName('Anna Berg')).toBe(true);
  });

  it('reads the name alone over the stamp under the headline on the text path', () => {
    const text = `Home\nNews\n\nHarbor tides and the new research buoys at sea\nAnna Berg Jr.\nMarch 3, 2024\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('Anna Berg Jr.');
  });
});
