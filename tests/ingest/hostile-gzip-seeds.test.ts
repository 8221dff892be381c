/**
 * A gzip-compressed seed is read: a page saved as `story.html.gz` (as `wget`, a crawler or a backup
 * writes it), a text as `notes.txt.gz`, or a page whose transfer's gzip was kept under a plain `.html`
 * name (`curl` without `--compressed`). It used to be skipped with "unpack it (gunzip)": the bytes say
 * all there is to say, and a user who drops such a file in expects the page. It is unpacked up to a
 * seed's size (MAX_SEED_BYTES, 100 MB), the report saying so; a gzip that unpacks to more (a bomb:
 * 200 MB of zeros in 200 KB) is skipped with the reason, as is one cut short or damaged. A `.gz` of any
 * other kind (notes.gz, data.json.gz) is still no seed.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { nameNotASeed, seedKindOf, unreadPageFormat } from '../../scripts/ingest/seed-files.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const TITLE = 'Joint laboratories to study the climate';
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;
const text = `${TITLE}\n\nBy Anna Berg\n\nMarch 14, 2025\n\n${PROSE_BEFORE}\n\n${PROSE_AFTER}\n`;
const gz = (s: string | Uint8Array) => new Uint8Array(gzipSync(s));

describe('a gzip-compressed seed', () => {
  it.each([
    ['story.html.gz', page],
    ['story.HTM.GZ', page],
    ['notes.txt.gz', text],
    ['story.html', page],
    ['notes.txt', text],
  ])('%s: unpacked and read as its page or text, the report saying so', (seed, content) => {
    const outcome = processSeed(seed, gz(content), []);
    expect(outcome.skip).toBeUndefined();
    expect(outcome.record!.title).toBe(TITLE);
    expect(outcome.body).toContain(PROSE_AFTER);
    expect(outcome.entries.find((e) => e.rule === 'gzip')?.detail).toMatch(/^gzip-compressed: unpacked \d+ bytes to \d+$/);
  });

  it('the same page unpacked reads the same', () => {
    const plain = processSeed('story.html', new TextEncoder().encode(page), []);
    const packed = processSeed('story.html.gz', gz(page), []);
    expect(packed.body).toBe(plain.body);
    expect(packed.record!.title).toBe(plain.record!.title);
  });

  it('a gzip that unpacks past a seed\'s size: skipped with the reason, in bounded time', () => {
    let skip: string | undefined;
    const seconds = cpuSeconds(() => (skip = processSeed('bomb.html.gz', gz(new Uint8Array(200_000_000)), []).skip));
    expect(skip).toBe('a gzip-compressed file that unpacks to more than 100,000,000 bytes, far more than any page: not read');
    expect(seconds).toBeLessThan(10);
  });

  it('a gzip cut short: skipped, saying so', () => {
    expect(processSeed('story.html.gz', gz(page).subarray(0, 40), []).skip).toMatch(/^a gzip-compressed file \(a \.gz page\), cut short: .*cannot be unpacked/);
  });

  it('names: .html.gz, .htm.gz, .txt.gz, .mhtml.gz are seeds of their kind; another .gz is none', () => {
    expect(['a.html.gz', 'a.htm.gz', 'a.txt.gz', 'a.mhtml.gz', 'a.HTML.GZ'].map(seedKindOf)).toEqual(['html', 'html', 'text', 'html', 'html']);
    for (const name of ['a.html.gz', 'a.txt.gz']) {
      expect(nameNotASeed(name)).toBeNull();
      expect(unreadPageFormat(name)).toBeNull();
    }
    expect(seedKindOf('notes.gz')).toBeNull();
    expect(seedKindOf('data.json.gz')).toBeNull();
    expect(nameNotASeed('notes.gz')).toMatch(/a \.gz file/);
  });
});
