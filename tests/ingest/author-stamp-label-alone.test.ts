/**
 * A stamp's label where a byline's name would be (lib/bylines/author.ts): "Last Updated:" was split at
 * its first word and "Last" kept as a name; "Published" alone was kept as a role. A label names nobody.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('a stamp label in the byline', () => {
  it('names nobody when it stands alone, with its colon, its "on" or its date', () => {
    expect(cleanAuthor('Last Updated:')).toBeNull();
    expect(cleanAuthor('Last Updated on')).toBeNull();
    expect(cleanAuthor('Last updated')).toBeNull();
    expect(cleanAuthor('Last Updated: 3 March 2024')).toBeNull();
    expect(cleanAuthor('LAST UPDATED')).toBeNull();
    expect(cleanAuthor('Published')).toBeNull();
    expect(cleanAuthor('Updated')).toBeNull();
    expect(cleanAuthor('Veröffentlicht am')).toBeNull();
    expect(cleanAuthor('Zuletzt aktualisiert am:')).toBeNull();
  });

  it('leaves the name before it, and the name after it in another part', () => {
    expect(cleanAuthor('Ben Tarr Last Updated: 3 May 2024')).toBe('Ben Tarr');
    expect(cleanAuthor('Ben Tarr. Last Updated on')).toBe('Ben Tarr');
    expect(cleanAuthor('TESSA MARLOWPUBLISHED: JAN 29')).toBe('TESSA MARLOW');
    expect(cleanAuthor('Last Updated: 3 May 2024 | By Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Published by Anna Berg')).toBe('Anna Berg');
  });

  it('guard: a role alone is still the answer when no name is given, and a name like a label word stays', () => {
    expect(cleanAuthor('Staff Writer')).toBe('Staff Writer');
    expect(cleanAuthor('Anna Last')).toBe('Anna Last');
    expect(cleanAuthor('Posey Updike')).toBe('Posey Updike');
  });
});
