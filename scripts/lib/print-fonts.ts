/**
 * The fonts the briefing PDFs bring for Chinese (Simplified and Traditional), Japanese, Korean, Arabic, Hebrew, Thai and Devanagari,
 * so that a briefing prints its sources' titles and quotes on any machine that runs `npm ci && npm run
 * build`, not only on one with system fonts for them (without them Chromium draws each such character as
 * an empty box, in every copy of the PDF). The fonts come from the npm registry (Noto Sans, variable
 * weight, as @fontsource-variable packages: ~23 MB installed, 20 of them CJK, pinned by package-lock.json,
 * so two builds embed the same glyphs and give the same PDF bytes); Debian's fonts-noto-cjk (91 MB) would
 * be missing on a fresh machine that runs the README's commands.
 *
 * They are used only while printing: briefing-pdf.ts serves them to its own Chromium under
 * PRINT_FONTS_PATH and adds this stylesheet to each briefing before printing it. The site's pages never
 * link them, so a reader's browser downloads nothing more on any page (a reader sees the pages in their
 * own fonts, as before); the PDF embeds the glyphs it uses.
 *
 * Each package is cut into slices by `unicode-range` (~100 for each CJK font); Chromium fetches only the
 * slices whose range holds a character of the page, so a Latin briefing loads none. Only each package's
 * slices of its own script are kept (its Latin, Cyrillic, Greek, math and symbol slices are left out):
 * Latin text keeps the site's own fonts (site.css names these families after its Latin ones, so they
 * are asked only for what those cannot draw).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCharsets, type Coverage } from './font-coverage.ts';

/**
 * The families site.css names (in this order: Simplified Chinese first, the site's subject; Traditional
 * Chinese, Japanese and Korean text asks its own first), their
 * packages, and which of a package's slices hold its script: the CJK fonts' are numbered
 * (`noto-sans-sc-119-wght-normal.woff2`), the others' named after it (`noto-sans-thai-thai-wght-normal.woff2`).
 */
export const PRINT_FONT_PACKAGES = [
  { family: 'Briefing Noto Sans SC', pkg: '@fontsource-variable/noto-sans-sc', slices: /-\d+-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans TC', pkg: '@fontsource-variable/noto-sans-tc', slices: /-\d+-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans JP', pkg: '@fontsource-variable/noto-sans-jp', slices: /-\d+-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans KR', pkg: '@fontsource-variable/noto-sans-kr', slices: /-\d+-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans Arabic', pkg: '@fontsource-variable/noto-sans-arabic', slices: /-arabic-arabic-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans Hebrew', pkg: '@fontsource-variable/noto-sans-hebrew', slices: /-hebrew-hebrew-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans Thai', pkg: '@fontsource-variable/noto-sans-thai', slices: /-thai-thai-wght-normal\.woff2$/ },
  { family: 'Briefing Noto Sans Devanagari', pkg: '@fontsource-variable/noto-sans-devanagari', slices: /-devanagari-devanagari-wght-normal\.woff2$/ },
] as const;

/** Where the printing browser finds them, under the site's base path; never a file in dist/. */
export const PRINT_FONTS_PATH = '_briefing-print-fonts/';

export interface PrintFonts {
  /** The @font-face rules, their URLs relative to PRINT_FONTS_PATH (`sc/noto-sans-sc-119-wght-normal.woff2`). */
  css: string;
  /** Each URL of `css` (relative to PRINT_FONTS_PATH) and the file that answers it. */
  files: Map<string, string>;
  /** The code points the faces cover, for the warning about characters no font can draw. */
  coverage: Coverage;
}

/** One @font-face of a package's stylesheet: its file and the code points it holds. */
interface Face {
  file: string;
  unicodeRange: string;
  weight: string;
}

/** The faces of a fontsource stylesheet, in its order. A block it cannot read is left out. */
export function parseFontFaces(css: string): Face[] {
  const faces: Face[] = [];
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1];
    const file = /src:\s*url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body)?.[1];
    const unicodeRange = /unicode-range:\s*([U+0-9a-fA-F,\s-]+);/.exec(body)?.[1]?.replace(/\s+/g, '');
    const weight = /font-weight:\s*([\d ]+);/.exec(body)?.[1]?.trim() ?? '400';
    if (file && unicodeRange) faces.push({ file, unicodeRange, weight });
  }
  return faces;
}

/** `U+4e00-4e0f,U+4e2d` as fontconfig's charset words (`4e00-4e0f 4e2d`), to merge with the installed fonts'. */
const asCharset = (unicodeRange: string) => unicodeRange.split(',').map((r) => r.replace(/^U\+/i, '')).join(' ');

/** Read from the installed packages (node_modules); null when one is missing (a partial install): nothing is brought. */
export function printFonts(from = import.meta.dirname): PrintFonts | null {
  const require = createRequire(join(from, 'x.js'));
  const rules: string[] = [];
  const files = new Map<string, string>();
  const charsets: string[] = [];
  for (const { family, pkg, slices } of PRINT_FONT_PACKAGES) {
    let dir: string;
    try {
      dir = dirname(require.resolve(`${pkg}/package.json`));
    } catch {
      return null;
    }
    const short = pkg.slice(pkg.lastIndexOf('/noto-sans-') + '/noto-sans-'.length); // sc, jp, kr, arabic, …
    for (const face of parseFontFaces(readFileSync(join(dir, 'index.css'), 'utf8'))) {
      if (!slices.test(face.file)) continue;
      const url = `${short}/${face.file}`;
      files.set(url, join(dir, 'files', face.file));
      charsets.push(asCharset(face.unicodeRange));
      // font-display: block: the printer waits for the glyphs rather than printing a fallback.
      rules.push(`@font-face{font-family:"${family}";font-style:normal;font-weight:${face.weight};font-display:block;` +
        `src:url(${url}) format("woff2");unicode-range:${face.unicodeRange}}`);
    }
  }
  return { css: `${rules.join('\n')}\n`, files, coverage: parseCharsets(charsets.join(' ')) };
}

/** Two coverages as one (the installed fonts' and the brought fonts'). */
export function mergedCoverage(a: Coverage, b: Coverage): Coverage {
  return parseCharsets([...a, ...b].map(([first, last]) => `${first.toString(16)}-${last.toString(16)}`).join(' '));
}
