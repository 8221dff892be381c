/**
 * The READMEs of scripts/ingest/lib/ list every file with its one-line job, so a newcomer finds where a
 * rule lives by reading one page: lib/README.md the files at the top and those of bylines/, dates/,
 * facts/ and safety/; lib/html/README.md and lib/page-text/README.md those of their folders. A new file
 * without its line, or a line left for a file gone, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '../../scripts/ingest/lib');

/** The files a folder holds (no folders, no README), by name. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder).filter((name) => name !== 'README.md' && statSync(join(folder, name)).isFile()).sort();

/** The files a README's tables name in their first cell ("| `name.ts` | its job |"), each with its job. */
function rowsOf(readme: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const m of readFileSync(readme, 'utf8').matchAll(/^\| `([^`/]+\.[a-z.]+)` \| (.*) \|$/gm)) rows.set(m[1], m[2].trim());
  return rows;
}

/** Each README and the folders whose files it lists ('' is the README's own folder). */
const READMES: [string, string[]][] = [
  ['README.md', ['', 'bylines', 'dates', 'facts', 'safety']],
  ['html/README.md', ['article', 'furniture', 'headline', 'metadata', 'prune', 'read']],
  ['page-text/README.md', ['boxes', 'chrome', 'headline', 'language', 'lines']],
];

describe('the READMEs of scripts/ingest/lib/', () => {
  for (const [readme, folders] of READMES) {
    it(`${readme} lists every file of its folders with its job, and no file that is gone`, () => {
      const rows = rowsOf(join(LIB, readme));
      const base = join(LIB, readme, '..');
      const files = folders.flatMap((folder) => filesIn(join(base, folder)));
      expect(files.filter((name) => !rows.has(name))).toEqual([]);
      expect(files.filter((name) => (rows.get(name) ?? 'x').length < 10)).toEqual([]);
      expect([...rows.keys()].filter((name) => !files.includes(name))).toEqual([]);
    });
  }

  it('the html and page-text READMEs name every folder they hold', () => {
    for (const [readme, folders] of READMES.slice(1)) {
      const base = join(LIB, readme, '..');
      const held = readdirSync(base).filter((name) => statSync(join(base, name)).isDirectory()).sort();
      expect(held).toEqual([...folders].sort());
    }
  });
});
