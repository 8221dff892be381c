/**
 * Are a PDF's words drawn as letters or as empty boxes? A character no font can draw is printed as the
 * font's .notdef glyph, the same box for every character, and pdftotext still reads the character from
 * the text layer: the text is right and the page shows boxes. So two different words of the same
 * number of characters are rendered (poppler's pdftoppm, grey) and compared pixel by pixel: drawn as
 * .notdef they are the same picture, drawn as letters they differ.
 *
 *   wordPictures('briefing.pdf', ['해양', '추적'])   // [picture of 해양, picture of 추적], first found on page 1
 *   everyWordPicture('briefing.pdf', '中日海洋')       // that word wherever page 1 prints it
 *   pictureDifference(a, b)                          // share of pixels that differ; ~0 for two rows of boxes
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Picture { width: number; height: number; pixels: Uint8Array }

const DPI = 150;

/** A binary PGM (P5, 8 bits), as pdftoppm -gray writes it. */
export function readPgm(data: Buffer): Picture {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString('latin1', 0, 64));
  if (!header || header[3] !== '255') throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}

/** Each word's first box on page 1 (pdftotext -bbox, in points), cut from the page rendered at DPI. */
export function wordPictures(pdf: string, words: string[]): Picture[] {
  return wordBoxPictures(pdf, words, 'first');
}

/** Every box of one word on page 1, in the text's order: the same words printed in several places. */
export function everyWordPicture(pdf: string, word: string): Picture[] {
  return wordBoxPictures(pdf, [word], 'every');
}

function wordBoxPictures(pdf: string, words: string[], which: 'first' | 'every'): Picture[] {
  const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'pdf-glyphs-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    const page = readPgm(readFileSync(join(dir, 'page.pgm')));
    return words.flatMap((word) => {
      const found = [...boxes.matchAll(new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`, 'g'))];
      if (found.length === 0) throw new Error(`${word} is not in the text of page 1 of ${pdf}`);
      return (which === 'first' ? found.slice(0, 1) : found).map((box) => cut(page, box));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A word's box (in points) cut from the page rendered at DPI. */
function cut(page: Picture, box: RegExpExecArray | RegExpMatchArray): Picture {
  const [x0, y0, x1, y1] = box.slice(1, 5).map((n) => Math.round((Number(n) * DPI) / 72));
  const width = x1 - x0;
  const height = y1 - y0;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) pixels.set(page.pixels.subarray((y0 + y) * page.width + x0, (y0 + y) * page.width + x1), y * width);
  return { width, height, pixels };
}

/** How many pixels hold ink (darker than mid-grey). */
export const inked = (p: Picture) => p.pixels.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);

/**
 * The share of inked pixels whose ink differs (one dark, one light), over the smaller of the two
 * pictures, at the best of small shifts (two words sit at different fractions of a pixel on the page).
 */
export function pictureDifference(a: Picture, b: Picture, shift = 2): number {
  const width = Math.min(a.width, b.width) - shift;
  const height = Math.min(a.height, b.height) - shift;
  let best = 1;
  for (let dy = -shift; dy <= shift; dy++) {
    for (let dx = -shift; dx <= shift; dx++) {
      let differ = 0;
      let ink = 0;
      for (let y = shift; y < height; y++) {
        for (let x = shift; x < width; x++) {
          const da = a.pixels[y * a.width + x] < 128;
          const db = b.pixels[(y + dy) * b.width + x + dx] < 128;
          if (da || db) ink++;
          if (da !== db) differ++;
        }
      }
      if (ink > 0) best = Math.min(best, differ / ink);
    }
  }
  return best;
}
