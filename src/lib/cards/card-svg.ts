/**
 * The preview card (Open Graph / Twitter image) as SVG markup, 1200 × 630: the site's name, the
 * page's title, for a topic its mark, and an events-per-month strip. Drawn by hand with d3 scales
 * rather than laid out by satori: a card is a few texts and bars, and hand-written SVG rasterises in
 * ~40 ms against satori's ~70 ms and astro-og-canvas' ~100 ms (which cannot draw a chart at all);
 * see src/lib/cards/card-png.ts for the measurements and the font.
 *
 * Pure: the same input gives the same markup, so the PNG is byte-identical from build to build.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { round, shapePath } from '../charts/chart-geometry';
import { monthsBetween, yearOf } from '../text/dates';
import { maxOf } from '../charts/extent';
import { placeYearLabels } from '../charts/timeline-chart';
import { escapeMarkup } from '../text/escape-markup';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The light-scheme topic colours of site.css (`--c0`…), which a PNG cannot look up. */
const TOPIC_COLOURS = ['#0b63b0', '#b0520c', '#08795a', '#a02c80', '#6d5d00', '#4d5662'];
const INK = '#1a1a1a';
const MUTED = '#55595f';
const NEUTRAL_BAR = '#3d4450';
const PAD = 64;
/** Year labels at least this far apart, middle to middle: two 24 px years and a gap. */
const YEAR_GAP = 80;

export interface CardInput {
  siteName: string;
  title: string;
  /** One line under the title (a topic's full name, a date range). */
  subtitle?: string;
  /** The topic's position (colour and shape of its mark), when the card is a topic's. */
  topicIndex?: number;
  /** Events per month, `YYYY-MM` → count, over the months to draw (gaps are zero). */
  strip?: { first: string; last: string; counts: Map<string, number>; label: string };
}

/**
 * Greedy word wrap by an average glyph width (Inter Bold averages ~0.56 em over English titles;
 * 0.6 em leaves a margin): no font metrics are needed, and a line too long is shortened with "…".
 */
export function wrapTitle(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.6)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const shown = lines.slice(0, maxLines).map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  if (lines.length > maxLines) shown[maxLines - 1] = `${shown[maxLines - 1].replace(/[\s,.;:…]*$/, '').slice(0, perLine - 1)}…`;
  return shown;
}

function stripMarkup(strip: NonNullable<CardInput['strip']>, colour: string, top: number, height: number): string {
  const months = monthsBetween(strip.first, strip.last);
  const x = scaleBand().domain(months).range([PAD, CARD_WIDTH - PAD]).paddingInner(months.length > 60 ? 0 : 0.15);
  const max = maxOf(strip.counts.values(), 1);
  const barsHeight = height - 44;
  const y = scaleLinear().domain([0, max]).range([0, barsHeight]);
  const baseline = top + barsHeight;
  const bars = months
    .filter((m) => (strip.counts.get(m) ?? 0) > 0)
    .map((m) => {
      const h = Math.max(3, round(y(strip.counts.get(m)!)));
      return `<rect x="${round(x(m)!)}" y="${round(baseline - h)}" width="${Math.max(1, round(x.bandwidth()))}" height="${h}"/>`;
    })
    .join('');
  // A year label under the middle of its stretch of months; one that would crowd its neighbour slides
  // within its own year, as the timeline's do (placeYearLabels), and is dropped only when it cannot. A
  // greedy left-to-right pass had dropped 2017 after a short 2016 (August to December) with room to spare.
  const years = [...new Set(months.map(yearOf))].map((year) => {
    const inYear = months.filter((m) => m.startsWith(year));
    const from = x(inYear[0])!;
    const to = x(inYear[inYear.length - 1])! + x.bandwidth();
    return { mid: (from + to) / 2, min: from, max: to, from, to, label: year };
  });
  const yearLabels = placeYearLabels(years, YEAR_GAP)
    .map((t) => `<text x="${round(t.x)}" y="${baseline + 34}" text-anchor="middle">${t.label}</text>`)
    .join('');
  return (
    `<text x="${PAD}" y="${top - 16}" font-size="24" fill="${MUTED}">${escapeMarkup(strip.label)}</text>` +
    `<g fill="${colour}">${bars}</g>` +
    `<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${baseline + 0.5}" y2="${baseline + 0.5}" stroke="${MUTED}" stroke-width="1"/>` +
    `<g font-size="24" fill="${MUTED}">${yearLabels}</g>`
  );
}

export function cardSvg(card: CardInput): string {
  const colour = card.topicIndex === undefined ? NEUTRAL_BAR : TOPIC_COLOURS[card.topicIndex % TOPIC_COLOURS.length];
  const markSize = 84;
  const titleLeft = card.topicIndex === undefined ? PAD : PAD + markSize + 28;
  const titleSize = 64;
  const lines = wrapTitle(card.title, titleSize, CARD_WIDTH - PAD - titleLeft, card.strip ? 2 : 3);
  const titleTop = 190;
  const lineHeight = Math.round(titleSize * 1.15);
  const title = lines
    .map((line, i) => `<text x="${titleLeft}" y="${titleTop + i * lineHeight}">${escapeMarkup(line)}</text>`)
    .join('');
  const subtitleY = titleTop + (lines.length - 1) * lineHeight + 58;
  const subtitle = card.subtitle
    ? `<text x="${titleLeft}" y="${subtitleY}" font-size="32" fill="${MUTED}">${escapeMarkup(wrapTitle(card.subtitle, 32, CARD_WIDTH - PAD - titleLeft, 1)[0])}</text>`
    : '';
  const mark =
    card.topicIndex === undefined
      ? ''
      : `<path transform="translate(${PAD + markSize / 2} ${titleTop - titleSize / 2 + 4})" fill="${colour}" d="${shapePath(card.topicIndex, markSize * markSize * 0.62)}"/>`;
  const stripTop = 430;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Inter">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>` +
    `<rect width="${CARD_WIDTH}" height="12" fill="${colour}"/>` +
    `<text x="${PAD}" y="86" font-size="30" fill="${MUTED}">${escapeMarkup(card.siteName)}</text>` +
    mark +
    `<g font-size="${titleSize}" font-weight="700" fill="${INK}">${title}</g>` +
    subtitle +
    (card.strip ? stripMarkup(card.strip, colour, stripTop + 12, CARD_HEIGHT - stripTop - 40) : '') +
    `</svg>`
  );
}
