/**
 * One bench case on disk, as `loadCases` (cases.ts) reads it: `<out>/<id>/case.json` and the page as
 * `source.html.gz`. `jsonIndent` is 1 for the snippet set, whose case files were first written that way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function writeCase(outDir: string, c: { id: string }, html: Uint8Array, jsonIndent = 2): void {
  const caseDir = join(outDir, c.id);
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, 'case.json'), JSON.stringify(c, null, jsonIndent) + '\n');
  writeFileSync(join(caseDir, 'source.html.gz'), gzipSync(html, { level: 9 }));
}
