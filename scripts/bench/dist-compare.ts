/**
 * Compare two build outputs file by file (SHA-256), and say where the first difference is, so a
 * non-deterministic build points at its cause (a timestamp, an unstable order, an absolute path).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/list-files.ts';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files in both with different bytes, with a few characters around the first difference. */
  changed: { path: string; offset: number; first: string; second: string }[];
  compared: number;
}

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

const excerpt = (data: Buffer, offset: number) =>
  data.subarray(Math.max(0, offset - 40), offset + 40).toString('utf8').replace(/\s+/g, ' ');

export function compareTrees(first: string, second: string): TreeDifference {
  const a = new Set(listFiles(first));
  const b = new Set(listFiles(second));
  const result: TreeDifference = {
    onlyInFirst: [...a].filter((f) => !b.has(f)),
    onlyInSecond: [...b].filter((f) => !a.has(f)),
    changed: [],
    compared: 0,
  };
  for (const path of a) {
    if (!b.has(path)) continue;
    result.compared++;
    const x = readFileSync(join(first, path));
    const y = readFileSync(join(second, path));
    if (x.length === y.length && sha256(x) === sha256(y)) continue;
    const offset = firstDifference(x, y);
    result.changed.push({ path, offset, first: excerpt(x, offset), second: excerpt(y, offset) });
  }
  return result;
}

export function describeDifference(d: TreeDifference, limit = 10): string[] {
  return [
    ...d.onlyInFirst.slice(0, limit).map((f) => `only in the first build: ${f}`),
    ...d.onlyInSecond.slice(0, limit).map((f) => `only in the second build: ${f}`),
    ...d.changed.slice(0, limit).map((c) => `${c.path} differs at byte ${c.offset}: «${c.first}» vs «${c.second}»`),
  ];
}
