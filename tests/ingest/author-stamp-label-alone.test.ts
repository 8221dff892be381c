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

  it('splits off a label in lower case set off by a space, before its date: the whole label, no word of it left to the name', () => {
    expect(cleanAuthor('By Lance Ulanoff last updated 19 September 2023')).toBe('Lance Ulanoff');
    expect(cleanAuthor('Anna Berg published 3 March 2024')).toBe('Anna Berg');
    expect(cleanAuthor('Von Anna Berg aktualisiert am 3. März 2024')).toBe('Anna Berg');
    expect(cleanAuthor('Par Élise Roy mis à jour le 3 mars 2024')).toBe('Élise Roy');
    expect(cleanAuthor('Иван Петров обновлено 3 марта 2024')).toBe('Иван Петров');
  });

  it('a label in capitals after a name in capitals, before its month: "SAIBAL DASGUPTA UPDATED Oct 9"', () => {
    expect(cleanAuthor('ANNA BERG UPDATED Oct 9, 2019')).toBe('ANNA BERG');
    expect(cleanAuthor('ANNA BERG PUBLISHED March 3, 2024, 11:05 IST')).toBe('ANNA BERG');
  });

  it('a name, an agency and the label set off by slashes: the name alone ("Anna Berg / AFP / Updated: …")', () => {
    expect(cleanAuthor('Anna Berg / AFP / Updated: Oct 9, 2019, 11:05 IST')).toBe('Anna Berg');
    expect(cleanAuthor('Jörg Weiß / dpa / Aktualisiert am 3. März 2024')).toBe('Jörg Weiß');
    expect(cleanAuthor('Anna Berg/AFP')).toBe('Anna Berg');
  });

  it('guard: a slash between two names or two agencies, or before a longer name, is left as it was', () => {
    expect(cleanAuthor('Anna Berg / Li Wei')).toBe('Anna Berg / Li Wei');
    expect(cleanAuthor('Laura / House Plant House')).toBe('Laura / House Plant House');
    expect(cleanAuthor('sid/dpa')).toBe('sid/dpa');
  });

  it('names nobody when the label is left with a word after it, in English or another language (both of readAuthor\'s label checks)', () => {
    // "Last Updated at" / "Published in": the label's last word is cut as a dangling one, the label left reads as a role.
    expect(cleanAuthor('Last Updated at')).toBeNull();
    expect(cleanAuthor('Published in')).toBeNull();
    // "Veröffentlicht in": another language's label, no role: only the label check keeps it from the names.
    expect(cleanAuthor('Veröffentlicht in')).toBeNull();
    expect(cleanAuthor('Pubblicato in')).toBeNull();
  });

  it('guard: a role alone is still the answer when no name is given, and a name like a label word stays', () => {
    expect(cleanAuthor('Staff Writer')).toBe('Staff Writer');
    expect(cleanAuthor('Anna Last')).toBe('Anna Last');
    expect(cleanAuthor('Posey Updike')).toBe('Posey Updike');
  });
});
