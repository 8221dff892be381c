/**
 * The printable briefing: `npm run briefing:pdf` prints /briefing/ in headless Chromium to an A4 PDF,
 * and the PDF's text (pdftotext) holds every topic, the speakers, the first and last dates of the data,
 * numbered sources that the text cites, and no site navigation. Run `npm run build` first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, requireBuiltSite } from '../helpers/dist.ts';
import { loadEvents, loadFigures, loadPeople, loadTopicDefinitions } from '../helpers/content.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { BRIEFING_LIMITS } from '../../src/lib/briefing-limits.ts';

requireBuiltSite();
// Printed to a temporary file (BRIEFING_PDF) so that dist/ stays byte-for-byte what the build made.
const PDF = join(mkdtempSync(join(tmpdir(), 'briefing-')), 'briefing.pdf');
const env = { ...process.env, DIST_DIR: DIST, BRIEFING_PDF: PDF };
const node = process.execPath;
let text = '';
let pages = 0;

beforeAll(() => {
  execFileSync(node, ['scripts/briefing-pdf.ts'], { env, stdio: 'pipe', timeout: 120_000 });
  text = execFileSync('pdftotext', [PDF, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [PDF], { encoding: 'utf8' });
  pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  // A4 is 595 × 842 points.
  expect(Math.round(Number(size[1]))).toBe(595);
  expect(Math.round(Number(size[2]))).toBe(842);
}, 180_000);

/** pdftotext breaks lines (also after a hyphen): compare on collapsed whitespace. */
const flat = () => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');

describe('briefing PDF', () => {
  it('is 1 to 12 A4 pages', () => {
    expect(statSync(PDF).size).toBeGreaterThan(10_000);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(12);
  });

  it('covers every topic', () => {
    for (const t of loadTopicDefinitions()) {
      expect(flat()).toContain(t.data.name);
      expect(flat()).toContain(t.data.fullName);
    }
  });

  it('names the people who spoke', () => {
    const speakers = loadPeople()
      .filter((p) => p.quotes.length > 0)
      .sort((a, b) => b.quotes.length - a.quotes.length || b.articles.length - a.articles.length || (a.name < b.name ? -1 : 1))
      .slice(0, BRIEFING_LIMITS.people);
    expect(speakers.length).toBeGreaterThan(0);
    for (const p of speakers) expect(flat()).toContain(p.name);
  });

  it('states the date range of the data, first and last day', () => {
    const dated = loadEvents().filter((e) => e.date).map((e) => e.date!).sort();
    expect(flat()).toContain(formatDate(dated[0]));
    expect(flat()).toContain(formatDate(dated[dated.length - 1]));
  });

  it('shows the figures that changed, earlier and later value', () => {
    for (const s of loadFigures()) {
      const dated = s.points.filter((p) => p.date).sort((a, b) => (a.date! < b.date! ? -1 : 1));
      if (dated.length < 2 || dated.every((p) => p.value === dated[0].value && p.qualifier === dated[0].qualifier)) continue;
      // Table cells wrap and interleave in the PDF's text: look for the start of the label and both values.
      expect(flat()).toContain(s.label.split(' ').slice(0, 3).join(' '));
      for (const p of [dated[0], dated[dated.length - 1]]) expect(flat()).toContain(`${p.qualifier ? `${p.qualifier} ` : ''}${p.value.toLocaleString('en-US')}, ${formatDate(p.date!)}`.split(', ')[0]);
    }
  });

  it('ends with a numbered Sources list that every citation points into', () => {
    const at = text.lastIndexOf('Sources');
    expect(at).toBeGreaterThan(0);
    const sources = text.slice(at);
    const numbered = [...sources.matchAll(/^\s*(\d+)\.\s/gm)].map((m) => Number(m[1]));
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered).toEqual(numbered.map((_, i) => i + 1));
    expect(sources.replace(/\s+/g, '')).toMatch(/https?:\/\/[^\s]+\/articles\//);
    const cited = new Set([...text.slice(0, at).matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    for (const n of cited) expect(n).toBeLessThanOrEqual(numbered.length);
    for (const n of numbered) expect(cited.has(n), `source ${n} is cited`).toBe(true);
  });

  it('leaves out the site navigation, search and footer', () => {
    expect(flat()).not.toMatch(/Timeline Topics People Figures Briefing/);
    expect(flat()).not.toMatch(/Skip to content/);
    expect(flat()).not.toMatch(/Data \(JSON\)/);
  });

  it('prints the same bytes twice (no print time stamp)', () => {
    const first = readFileSync(PDF);
    execFileSync(node, ['scripts/briefing-pdf.ts'], { env, stdio: 'pipe', timeout: 120_000 });
    expect(readFileSync(PDF).equals(first)).toBe(true);
  }, 180_000);

  it('fails with a clear message when Chromium is missing', () => {
    const run = spawnSync(node, ['scripts/briefing-pdf.ts'], { env: { ...env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Chromium is missing/);
    expect(existsSync(PDF)).toBe(true); // the earlier PDF is left alone
  });
});
