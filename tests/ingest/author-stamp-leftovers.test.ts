/**
 * A stamp where a byline's name would be (lib/bylines/author.ts): "Posted" is also a byline label
 * ("Posted Anna Berg"), so "Posted on 3 March 2024" lost its label and left "on" as the name; "Posted at
 * 11:30" left "at"; a label that only says a date follows ("Date:", "Datum:", German "Stand:", as of) was
 * kept as a name. A stamp's label with its date, or alone with its "on" or its colon, names nobody.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('a stamp where the name would be', () => {
  it('leaves no preposition of the label as a name', () => {
    expect(cleanAuthor('Posted on')).toBeNull();
    expect(cleanAuthor('Posted on:')).toBeNull();
    expect(cleanAuthor('POSTED ON')).toBeNull();
    expect(cleanAuthor('Posted at 11:30')).toBeNull();
    expect(cleanAuthor('Posted on 3 March 2024')).toBeNull();
    expect(cleanAuthor('Posted on March 3, 2024')).toBeNull();
    expect(cleanAuthor('Posted on Tuesday')).toBeNull();
  });

  it('keeps no label that only says a date follows, in several languages', () => {
    expect(cleanAuthor('Stand: 12.03.2024')).toBeNull();
    expect(cleanAuthor('Stand: 12.03.2024, 11:30 Uhr')).toBeNull();
    expect(cleanAuthor('STAND: 12.03.2024')).toBeNull();
    expect(cleanAuthor('Stand:')).toBeNull();
    expect(cleanAuthor('Datum: 12.03.2024')).toBeNull();
    expect(cleanAuthor('Date: March 3, 2024')).toBeNull();
    expect(cleanAuthor('Fecha: 3 de marzo de 2024')).toBeNull();
    expect(cleanAuthor('Time: 11:30')).toBeNull();
    expect(cleanAuthor('Erstellt: 3.3.2024')).toBeNull();
    expect(cleanAuthor('日付：2024年3月3日')).toBeNull();
    expect(cleanAuthor('发布时间：2024-03-03')).toBeNull();
  });

  it('reads the name in the byline\'s other part, before or after the stamp', () => {
    expect(cleanAuthor('Stand: 12.03.2024 | Von Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Date: March 3 | By Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg | Posted on 3 March 2024')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg | Posted on')).toBe('Anna Berg');
    expect(cleanAuthor('Posted on March 3, 2024 by Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg Stand: 12.03.2024')).toBe('Anna Berg');
    expect(cleanAuthor('Von Jörg Weiß Stand: 12.03.2024, 11:30 Uhr')).toBe('Jörg Weiß');
    // "Posted:" with its date once cut to nothing read as a label that starts the byline again, and the name before was dropped.
    expect(cleanAuthor('Anna Berg · Posted: Dec 20, 2023 10:27 AM EST | Last Updated: December 21, 2023')).toBe('Anna Berg');
  });

  it('guard: a name after the label, a word that is no label, and a label word alone with no colon stay as they were', () => {
    expect(cleanAuthor('Posted Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Published by Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Stand')).toBe('Anna Stand');
    expect(cleanAuthor('Stand Up Comedy')).toBe('Stand Up Comedy');
    expect(cleanAuthor('Time Out London')).toBe('Time Out London');
    expect(cleanAuthor('TIME')).toBe('TIME');
    expect(cleanAuthor('Marta Sundberg')).toBe('Marta Sundberg');
  });
});
