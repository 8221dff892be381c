/**
 * Writes the cases of a set being imported (import-check-cases.ts, import-utomo-cases.ts,
 * import-aed-cases.ts), leaving out a page already written under another entry (byte-identical twins)
 * and a page another set holds (other-sets-pages.ts), and counts all three outcomes for the import's log.
 */
import { pagesOfOtherSets } from './other-sets-pages.ts';
import { writeCase } from './write-case.ts';

export interface NewCaseWriter {
  readonly counts: { written: number; twins: number; inOtherSet: number };
  /** Writes the case unless its page is a twin or another set's; says whether it was written. */
  write(c: { id: string; url?: string | null }, html: Uint8Array, pageHash: string): boolean;
}

export function newCaseWriter(set: string, outDir: string): NewCaseWriter {
  const otherSets = pagesOfOtherSets(set);
  const seen = new Set<string>();
  const counts = { written: 0, twins: 0, inOtherSet: 0 };
  return {
    counts,
    write(c, html, pageHash) {
      if (seen.has(pageHash)) {
        counts.twins++;
        return false;
      }
      if (otherSets.has(pageHash, c.url)) {
        counts.inOtherSet++;
        return false;
      }
      seen.add(pageHash);
      writeCase(outDir, c, html);
      counts.written++;
      return true;
    },
  };
}
