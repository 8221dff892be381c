/**
 * Rasterises a preview card's SVG (src/lib/cards/card-svg.ts) to PNG with resvg, at build time, with no
 * browser.
 *
 * Determinism: resvg is told to load no system font, only Inter's TTF files from the
 * @expo-google-fonts/inter npm package (pinned in package-lock.json; @fontsource ships only WOFF/WOFF2,
 * which resvg cannot read), so every machine draws the same glyphs and two builds give byte-identical
 * PNGs.
 *
 * Measured on this machine (2 cores, busy), one 1200 × 630 card with a title and a 30-bar strip:
 * hand-written SVG + resvg ~40 ms, satori + resvg ~70 ms, astro-og-canvas (CanvasKit) ~100 ms and
 * no way to draw the strip. There is one card per section and per topic, never per article, so the
 * cost does not grow with the number of articles.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CARD_WIDTH } from './card-svg';

// Resolved from the project root: the bundled page code runs from a build directory of Astro's.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

export function cardPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'width', value: CARD_WIDTH },
  });
  return resvg.render().asPng();
}
