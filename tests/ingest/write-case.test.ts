/**
 * writeCase (scripts/bench/extract/import/write-case.ts): every importer writes a case folder the way
 * loadCases reads it back, so a case written here loads with the same truth and page bytes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCase } from '../../scripts/bench/extract/import/write-case.ts';
import { loadCases } from '../../scripts/bench/extract/cases.ts';

const out = mkdtempSync(join(tmpdir(), 'write-case-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('writeCase', () => {
  it('writes case.json and the gzipped page, and loadCases reads them back', () => {
    const page = new TextEncoder().encode('<html><body><h1>Ünïcode – headline</h1><p>Body.</p></body></html>');
    const truth = { id: 'x-1', source: 'test', url: null, lang: 'en', split: 'dev', headline: 'Ünïcode – headline', headlineSource: 'annotated', body: 'Body.' };
    writeCase(out, truth, page);
    expect(readFileSync(join(out, 'x-1', 'case.json'), 'utf8')).toBe(JSON.stringify(truth, null, 2) + '\n');
    expect(Buffer.compare(gunzipSync(readFileSync(join(out, 'x-1', 'source.html.gz'))), Buffer.from(page))).toBe(0);
    const [read] = loadCases(out);
    expect(read.headline).toBe(truth.headline);
    expect(read.body).toBe('Body.');
  });

  it('keeps the snippet set one-space JSON when asked', () => {
    const snippet = { id: 'tf-2', with: ['a'] };
    writeCase(out, snippet, new Uint8Array([60, 112, 62]), 1);
    expect(readFileSync(join(out, 'tf-2', 'case.json'), 'utf8')).toBe('{\n "id": "tf-2",\n "with": [\n  "a"\n ]\n}\n');
  });
});
