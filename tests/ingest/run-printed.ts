/**
 * An ingest run with its report printed, the console caught. Apart from helpers.ts because it spies on
 * the console and starts the ingest's worker pool: a test file importing it runs in a module graph of
 * its own (tests/helpers/shared-module-files.ts).
 */
import { vi } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';

/**
 * Runs the ingest with its report printed; returns what went to the console (the table is left out).
 * `onLine` sees each line as it is printed.
 */
export async function runPrinted(root: string, seedsDir: string, onLine?: (line: string) => void): Promise<string> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => {
    lines.push(args.join(' '));
    onLine?.(lines.at(-1)!);
  });
  const table = vi.spyOn(console, 'table').mockImplementation(() => {});
  try {
    await runIngest({ root, seedsDir, print: true });
  } finally {
    log.mockRestore();
    table.mockRestore();
  }
  return lines.join('\n');
}
