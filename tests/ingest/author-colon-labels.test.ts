/**
 * "Text: Anna Berg", "Текст: Иван Петров", "Foto: …": a field label with its colon names what the
 * person did; it is not part of the name. A photographer after the writer is a credit, not a second author.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

describe('cleanAuthor: a field label before a colon', () => {
  it('takes the label off in several languages', () => {
    const cases: [string, string][] = [
      ['Текст: Иван Петров', 'Иван Петров'],
      ['Фото: Иван Петров', 'Иван Петров'],
      ['Texto: Ana Souza', 'Ana Souza'],
      ['Text: Anna Berg', 'Anna Berg'],
      ['TEXT: Anna Berg', 'Anna Berg'],
      ['Tekst: Jan Kowalski', 'Jan Kowalski'],
      ['Testo: Marco Rossi', 'Marco Rossi'],
      ['Texte : Jean Roy', 'Jean Roy'],
      ['Foto: Anna Berg', 'Anna Berg'],
    ];
    for (const [raw, want] of cases) expect(cleanAuthor(raw), raw).toBe(want);
  });

  it('keeps the writer and leaves the photographer who follows', () => {
    expect(cleanAuthor('Текст: Иван Петров, Фото: Мария Смирнова')).toBe('Иван Петров');
    expect(cleanAuthor('Text: Anna Berg | Foto: Jan Smit')).toBe('Anna Berg');
  });

  it('leaves a name that only starts like a label', () => {
    expect(cleanAuthor('Textor Berg')).toBe('Textor Berg');
    expect(cleanAuthor('Fotini Papadaki')).toBe('Fotini Papadaki');
  });
});
