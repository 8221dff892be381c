/**
 * chrono-node is loaded one locale at a time (lib/dates/dates.ts, chronoFor): the parser of a language must
 * be the very one the package's main entry exports for it, and a page in one language must not load
 * the other fifteen.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronoFor, findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';

const require = createRequire(import.meta.url);
const LANGS = ['en', 'pt', 'es', 'fr', 'de', 'nl', 'ru', 'uk', 'ja', 'zh', 'sv', 'it', 'fi', 'id', 'vi'];

describe('chrono-node, one locale at a time', () => {
  it.each(LANGS)('gives for "%s" the parser the main entry exports', (lang) => {
    const whole = require('chrono-node') as Record<string, { parse: unknown }>;
    expect(chronoFor(lang)).toBe(whole[lang]);
    expect(chronoFor(lang)!.parse).toBe(whole[lang].parse);
  });

  it('has no parser for a language chrono does not read, nor for an object key', () => {
    for (const lang of ['und', 'xx', 'ko', 'constructor', '__proto__', 'toString']) expect(chronoFor(lang)).toBeUndefined();
  });

  it('reads other languages\u2019 month names as before', () => {
    expect(findStampDate('Publicado em 19 de novembro de 2019', 'pt')?.date).toBe('2019-11-19');
    expect(findStampDate('Опубликовано 19 ноября 2019', 'ru')?.date).toBe('2019-11-19');
    expect(findStampDate('2019年11月19日', 'ja')?.date).toBe('2019-11-19');
  });

  it('loads only the locale a page needs', () => {
    const dates = join(import.meta.dirname, '../../scripts/ingest/lib/dates/dates.ts');
    const script = `
      import { createRequire } from 'node:module';
      const { findStampDate } = await import(${JSON.stringify(dates)});
      const date = findStampDate('Опубликовано в ноябре 2019', 'ru')?.date ?? null;
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('chrono-node'));
      console.log(JSON.stringify({ date, main: loaded.some((f) => /chrono-node\\/dist\\/cjs\\/index\\.js$/.test(f)), locales: [...new Set(loaded.map((f) => f.match(/locales\\/(\\w+)\\//)?.[1]).filter(Boolean))] }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const loaded = JSON.parse(run.stdout) as { date: string | null; main: boolean; locales: string[] };
    // The table of month-names.ts reads full dates of these languages itself; a month and a year with
    // no day are asked of chrono, which dates nothing without the day.
    expect(loaded.date).toBeNull();
    expect(loaded.main).toBe(false);
    // Russian builds on the English locale's configuration; none of the others is loaded.
    expect(loaded.locales.sort()).toEqual(['en', 'ru']);
  });
});
