/** One bench case on disk, as `loadCases` (cases.ts) reads it: `<out>/<id>/case.json` and the page as `source.html.gz`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function writeCase(outDir: string, c: { id: string }, html: Uint8Array): void {
  const caseDir = join(outDir, c.id);
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, 'case.json'), JSON.stringify(c, null, 2) + '\n');
  writeFileSync(join(caseDir, 'source.html.gz'), gzipSync(html, { level: 9 }));
}
