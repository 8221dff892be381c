/** Every file under `root`, as sorted `/`-separated paths relative to it (for comparing and walking built sites). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}
