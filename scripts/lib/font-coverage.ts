/**
 * Which characters of a text no installed font can draw. The briefing PDFs are printed on the building
 * machine, so its fonts are the reader's: a Japanese or Korean title printed where no font covers it is
 * a row of empty boxes in every copy of the PDF (a reader's browser, with its own fonts, shows the site's
 * pages fine). Chromium finds fallback fonts through fontconfig, so fontconfig's list of what each
 * installed font covers (`fc-list`) is what the printed page can show; the site's own web font (Latin)
 * covers less than the system's.
 *
 *   const fonts = installedFontCoverage();             // null when fc-list is not there: nothing to say
 *   uncoveredCharacters('日中 lab', fonts)               // ['日', '中'] on a machine with Latin fonts only
 */
import { execFileSync } from 'node:child_process';

/** Sorted, merged ranges of code points [first, last], both included. */
export type Coverage = readonly (readonly [number, number])[];

/**
 * The code points fontconfig's charsets name, merged: `fc-list --format '%{charset}\n'` prints, for each
 * font, hexadecimal code points and ranges separated by spaces ("20-7e a0-17f 192"). Anything else in a
 * token (a line of another format) makes it skipped, never a wrong range.
 */
export function parseCharsets(output: string): Coverage {
  const ranges: [number, number][] = [];
  for (const token of output.split(/\s+/)) {
    if (!token) continue;
    const dash = token.indexOf('-');
    const first = parseHex(dash < 0 ? token : token.slice(0, dash));
    const last = dash < 0 ? first : parseHex(token.slice(dash + 1));
    if (first !== null && last !== null && first <= last) ranges.push([first, last]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const top = merged.at(-1);
    if (top && r[0] <= top[1] + 1) top[1] = Math.max(top[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const HEX_DIGITS = '0123456789abcdefABCDEF';
function parseHex(s: string): number | null {
  if (!s || s.length > 6) return null;
  for (const c of s) if (!HEX_DIGITS.includes(c)) return null;
  return Number.parseInt(s, 16);
}

/** What the installed fonts cover, or null when fontconfig cannot be asked (then nothing is reported). */
export function installedFontCoverage(): Coverage | null {
  try {
    return parseCharsets(execFileSync('fc-list', ['--format', '%{charset}\n'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return null;
  }
}

function covered(coverage: Coverage, cp: number): boolean {
  let lo = 0;
  let hi = coverage.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < coverage[mid][0]) hi = mid - 1;
    else if (cp > coverage[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Characters drawn with no ink of their own need no font: controls, format characters (bidi marks,
 * zero-width joiners), spaces and separators, and marks that combine with the letter before them
 * (variation selectors, vowel signs), which the browser draws with that letter's font.
 */
const NEEDS_NO_FONT = /[\p{Cc}\p{Cf}\p{Z}\p{Mn}\p{Me}]/u;

/** The distinct characters of `text` (whole code points, in order met) that no font of `coverage` covers. */
export function uncoveredCharacters(text: string, coverage: Coverage): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ch of text) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || NEEDS_NO_FONT.test(ch)) continue;
    if (!covered(coverage, cp)) out.push(ch);
  }
  return out;
}

/** One line for the build's output: which characters a PDF shows as empty boxes, and what to install. */
export function uncoveredWarning(what: string, missing: string[]): string {
  const shown = missing.slice(0, 12).join(' ');
  const more = missing.length > 12 ? ` and ${missing.length - 12} more` : '';
  return `${what}: ${missing.length} character(s) no installed font can draw (${shown}${more}) print as empty boxes; ` +
    'install fonts that cover them (on Debian: fonts-noto-cjk for Chinese, Japanese and Korean, fonts-noto-core for other scripts) and build again';
}
