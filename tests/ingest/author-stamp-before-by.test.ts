/**
 * "Posted on March 3, 2024 at 11:30 pm by Anna Berg": a stamp's label, its date and time, then "by" and
 * the name. The byline's cleaner (lib/bylines/author.ts STAMP_BEFORE_BY) reads the name after "by", and
 * the text path's stamp row (lib/bylines/name-lines.ts nameInStampRow) reads it past the time. A time
 * before capitalised words with no label ("10:30 Harbor Road") names nobody.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { nameInStampRow } from '../../scripts/ingest/lib/bylines/name-lines.ts';

describe('bylines: a stamp, then "by" and the name', () => {
  it('reads the name after "by"', () => {
    expect(cleanAuthor('Posted on March 3, 2024 at 11:30 pm by Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Published 3 March 2024 by Anna Berg and Li Wei')).toBe('Anna Berg and Li Wei');
  });

  it('leaves the label alone before "by", and a "by" after no date', () => {
    expect(cleanAuthor('Published by Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg')).toBe('Anna Berg');
  });

  it('reads the stamp row past its time', () => {
    expect(nameInStampRow('March 3, 2024 at 11:30 pm by Anna Berg')).toBe('Anna Berg');
    expect(nameInStampRow('March 3, 2024 11:30 EST by Anna Berg')).toBe('Anna Berg');
    expect(nameInStampRow('March 3, 2024 | 10:30 Harbor Road')).toBeNull();
  });

  it('gives the text path its author', () => {
    const text = `Home\nNews\nWorld\n\nHarbor tides and the new research buoys at sea\nPosted on March 3, 2024 at 11:30 pm by Anna Berg\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n`;
    expect(article(text, 'page.txt').record.author).toBe('Anna Berg');
  });
});
