import { describe, expect, it } from 'vitest';
import { lostLineCause, readAsDecodeDoes } from '../../scripts/bench/extract/census/lost-line-cause.ts';
import type { ReportEntry } from '../../scripts/ingest/report.ts';

// Fixtures written for this test: a decomposed umlaut (U+0308), a soft hyphen (U+00AD), UTF-8 read as Latin-1.
const entry = (stage: string, rule: string, action: ReportEntry['action'], text: string, detail?: string): ReportEntry =>
  ({ stage, rule, action, text, detail }) as ReportEntry;

describe('lost-lines census: why a truth line is missing from the body', () => {
  it('reads a line as decode does: NFC, no soft hyphens, mojibake re-read', () => {
    expect(readAsDecodeDoes('Gru\u0308n und scho\u0308n')).toBe('Grün und schön');
    expect(readAsDecodeDoes('ein be\u00adlieb\u00adter Tarif')).toBe('ein beliebter Tarif');
    expect(readAsDecodeDoes('costs \u00e2\u0082\u00ac5 a month\nand \u00e2\u0082\u00ac6 a year, \u00e2\u0082\u00ac7 a day')).toBe('costs €5 a month\nand €6 a year, €7 a day');
  });

  it('a line the body keeps once decode has normalised it is kept, not lost', () => {
    const line = 'Die Pra\u0308sidentin der A\u0308rztekammer hielt einen Vortrag u\u0308ber die Zukunft.';
    const body = 'Die Präsidentin der Ärztekammer hielt einen Vortrag über die Zukunft.';
    expect(lostLineCause(line, { body, title: '', entries: [] })).toMatch(/^kept, normalised/);
  });

  it('a removal reported with the soft hyphens decode dropped names the line it took', () => {
    const line = 'Der be\u00adlieb\u00adte Tarif kostet nur noch wenig Geld im Monat.';
    const took = entry('main-text', 'before-article', 'removed', 'Der beliebte Tarif kostet nur noch wenig Geld im Monat.', 'a standfirst');
    expect(lostLineCause(line, { body: 'Something else.', title: '', entries: [took] })).toBe('main-text/before-article: a standfirst');
  });

  it('a compatibility ideograph NFC maps to its unified one still matches its report entry', () => {
    const line = '\uF9E1 visits three towns in the rain';
    const took = entry('dedupe', 'header-line', 'removed', '\u674E visits three towns in the rain');
    expect(lostLineCause(line, { body: '', title: '', entries: [took] })).toBe('dedupe/header-line');
  });

  it('the headline and a date or byline taken as metadata are named, not left unexplained', () => {
    expect(lostLineCause('Why Glass Sings', { body: 'x', title: 'Why Glass Sings', entries: [] })).toMatch(/^the headline/);
    const date = entry('segment', 'date-stamp', 'found', 'Updated: 3 March 2031');
    expect(lostLineCause('Updated: 3 March 2031', { body: 'x', title: 'T', entries: [date] })).toBe('taken as metadata: segment/date-stamp');
  });

  it('a line nothing explains stays unexplained', () => {
    expect(lostLineCause('A sentence that vanished without a trace.', { body: 'x', title: 'T', entries: [] })).toBe('(no report entry)');
  });
});
