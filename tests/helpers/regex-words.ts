/**
 * For the tests of the cheap word scans put in front of a long pattern (lib/page-text/boxes/closing-note.ts,
 * company-description.ts): whether every match of a pattern's source holds one of the scan's words.
 */
import { alternativesOf } from '../../scripts/ingest/lib/regex-alternatives.ts';

/** The words of a scan's source as written (`tip\?` is "tip?"). */
export const wordsOfScan = (scan: RegExp): string[] => scan.source.split('|').map((w) => w.replace(/\\(.)/g, '$1'));

/**
 * Whether every match of `source` holds one of `words`: each of its top-level alternatives holds a
 * word in the text it always matches (outside groups, classes and escapes, no quantifier after it), or
 * a group it always matches (no quantifier after it, no lookaround) whose every alternative does.
 */
export function alwaysHoldsAWord(source: string, words: string[]): boolean {
  return alternativesOf(source)!.every((alternative) => {
    let text = '';
    const groups: string[] = [];
    for (let i = 0; i < alternative.length; i++) {
      const c = alternative[i];
      const quantified = (at: number) => /[?*+{]/.test(alternative[at] ?? '');
      if (c === '\\') {
        // An escaped mark is itself ("tip\?"); a class or an edge (\b, \p{L}, \s) is none.
        const next = alternative[i + 1];
        const literal = /[.?*+(){}[\]|^$\\/-]/.test(next);
        let end = i + 2;
        if (next === 'p' || next === 'P') end = alternative.indexOf('}', i) + 1;
        text += literal && !quantified(end) ? next : '\u0000';
        i = end - 1;
      } else if (c === '[') {
        let end = i + 1;
        while (alternative[end] !== ']') end += alternative[end] === '\\' ? 2 : 1;
        text += '\u0000';
        i = end;
      } else if (c === '(') {
        let depth = 0;
        let end = i;
        for (; end < alternative.length; end++) {
          if (alternative[end] === '\\') end++;
          else if (alternative[end] === '[') {
            while (alternative[++end] !== ']') if (alternative[end] === '\\') end++;
          } else if (alternative[end] === '(') depth++;
          else if (alternative[end] === ')' && --depth === 0) break;
        }
        const group = alternative.slice(i, end + 1);
        if (group.startsWith('(?:') && !quantified(end + 1)) groups.push(group.slice(3, -1));
        text += '\u0000';
        i = end;
      } else if (/[.^$]/.test(c) || quantified(i + 1)) text += '\u0000';
      else text += c;
    }
    const lower = text.toLowerCase();
    return words.some((w) => lower.includes(w.toLowerCase())) || groups.some((g) => alwaysHoldsAWord(g, words));
  });
}

