/**
 * A photo's credit in the byline's place, in the languages news is written in ("Фото из Инстаграма
 * …", "写真：…", "사진=…", "صورة: …"): it names where the picture comes from or who took it, not
 * who wrote the article, so the byline cleaner gives no author for it. A name holding the same
 * letters inside a word ("Фотопулос") stays a name.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { article } from './helpers.ts';

const P = 'Министерство сообщило, что программа поддержит совместные исследования учёных из многих стран в ближайшие пять лет.';
const saved = (author: string) =>
  `<!doctype html><html lang="ru"><head><title>Футболист объявил о завершении карьеры</title><meta name="author" content="${author}"></head><body><article><h1>Футболист объявил о завершении карьеры</h1><p>${P}</p><p>${P}</p></article></body></html>`;

describe('byline cleaner: a photo credit in other languages is no author', () => {
  it.each([
    'Фото из Инстаграма Ивана Петрова',
    'Фото Ивана Петрова',
    'Фотография из архива',
    'Foto di Marco Rossi',
    'Foto von Anna Berg',
    'Photo de Jean Martin',
    'Photo by Jon Vale',
    '写真：山田太郎',
    '写真提供 山田太郎',
    '사진=홍길동 기자',
    '사진 제공 홍길동',
    'صورة: أحمد علي',
    'صورة من أحمد علي',
  ])('%s', (credit) => {
    expect(cleanAuthor(credit)).toBeNull();
  });

  it('a name with the same letters inside a word stays a name', () => {
    expect(cleanAuthor('Иван Фотопулос')).toBe('Иван Фотопулос');
    expect(cleanAuthor('Мария Фотиева')).toBe('Мария Фотиева');
    expect(cleanAuthor('Ivo Fotopoulos')).toBe('Ivo Fotopoulos');
    expect(cleanAuthor('Иван Петров')).toBe('Иван Петров');
  });

  it('"Фото:" as a byline field\'s label is taken off as "Foto:" is (author-colon-labels.test.ts)', () => {
    expect(cleanAuthor('Фото: Иван Петров')).toBe('Иван Петров');
  });
});

describe('a saved page whose author field holds a photo credit', () => {
  it('gives no author', () => {
    expect(article(saved('Фото из Инстаграма Ивана Петрова'), 'page.html').record.author).toBeNull();
  });

  it('a writer\'s name in the field stays', () => {
    expect(article(saved('Иван Петров'), 'page.html').record.author).toBe('Иван Петров');
  });
});
