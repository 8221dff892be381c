/**
 * Small folders of files written by a test (`{ 'a/index.html': '…' }`), removed by `cleanup()`:
 * hand-made sites for checking that a checker bites.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempTrees(prefix: string) {
  const roots: string[] = [];
  return {
    make(files: Record<string, string | Buffer>): string {
      const root = mkdtempSync(join(tmpdir(), prefix));
      roots.push(root);
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      return root;
    },
    cleanup: () => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })),
  };
}
