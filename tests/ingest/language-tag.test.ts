/**
 * A language tag's primary subtag ("pt" of "pt-BR", "en" of "en_US") is cut in one place
 * (lib/page-text/language/language-tag.ts); each caller keeps its own default for a page that declares none.
 */
import { describe, expect, it } from 'vitest';
import { primarySubtag } from '../../scripts/ingest/lib/page-text/language/language-tag.ts';
import { stopwordsForTag } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

describe('primarySubtag', () => {
  it('cuts at "-" or "_" and lowercases', () => {
    expect(primarySubtag('en_US')).toBe('en');
    expect(primarySubtag('pt-BR')).toBe('pt');
    expect(primarySubtag('ZH-hant')).toBe('zh');
    expect(primarySubtag('x')).toBe('x');
  });

  it('an empty or missing tag has no primary subtag, so the caller\'s default applies', () => {
    expect(primarySubtag('')).toBeNull();
    expect(primarySubtag('  ')).toBeNull();
    expect(primarySubtag(null)).toBeNull();
    expect(primarySubtag(undefined)).toBeNull();
  });
});

describe('callers of primarySubtag', () => {
  it('stopwordsForTag reads "en_US" and "ZH-hant" as the tags they name', () => {
    expect(stopwordsForTag('en_US').has('the')).toBe(true);
    expect(stopwordsForTag('pt-BR').has('que')).toBe(true);
    expect(stopwordsForTag('ZH-hant')).toEqual(stopwordsForTag('zh'));
    expect(stopwordsForTag('').size).toBe(0);
  });

  const langOf = (lang: string | null) =>
    readPageMeta(prunePage(`<!DOCTYPE html><html${lang === null ? '' : ` lang="${lang}"`}><head><title>T</title></head><body><p>Text.</p></body></html>`).meta, null).lang;

  it('a page\'s declared language is its primary subtag, null when it declares none', () => {
    expect(langOf('en_US')).toBe('en');
    expect(langOf('ZH-hant')).toBe('zh');
    expect(langOf('')).toBeNull();
    expect(langOf(null)).toBeNull();
  });
});
