/**
 * Shared helpers for build-time SVG charts: d3 computes scales and ticks, we write the markup.
 * Numbers are rounded so the markup stays small and identical from build to build.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolStar, symbolWye, type SymbolType } from 'd3-shape';

export const round = (n: number) => Math.round(n * 10) / 10;

/** A topic's mark shape, by its position in the topic order (so colour is never the only cue). */
const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolDiamond, symbolTriangle, symbolStar, symbolWye];

/** SVG path of the topic's shape with the given area (px²), centred on 0,0. */
export function shapePath(index: number, area: number): string {
  const path = symbol(SHAPES[index % SHAPES.length], area)() ?? '';
  return path.replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
}

/** CSS class carrying a topic's colour in both colour schemes (see `.c0`… in site.css). */
export const colourClass = (index: number) => `c${index % SHAPES.length}`;

/** CSS class drawing a topic's shape for HTML glyphs (see `.gl.s0`… in site.css). */
export const shapeClass = (index: number) => `s${index % SHAPES.length}`;
