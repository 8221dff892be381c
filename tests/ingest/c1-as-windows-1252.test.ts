/**
 * C1 control characters left in a decoded text or a saved page's blocks: a Windows-1252 text once read
 * as Latin-1 ("we\u0092re"). They are read as the Windows-1252 characters of their bytes, as browsers
 * read such a page, and reported; before, the text path dropped them ("were") and the HTML path
 * published them raw. Windows-1252's five unassigned bytes stay controls; NEL stays a line end.
 */
import { describe, expect, it } from 'vitest';
import { withC1AsWindows1252 } from '../../scripts/ingest/lib/safety/c1-as-windows-1252.ts';
import { withoutStrayControls } from '../../scripts/ingest/lib/safety/stray-controls.ts';
import { decode } from '../../scripts/ingest/stages/decode.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { article, rules } from './helpers.ts';

const TITLE = 'Night ferry returns to the island route';
const P1 = 'The night ferry will sail again from Monday, the harbour board said, after a winter of repairs to its engines and the pier at the island end.';
const P2 = 'Islanders had asked for the crossing since the autumn. \u0093We\u0092re glad it is back,\u0094 one shop owner said \u0096 the last boat leaves at eleven.';
const P2_READ = 'Islanders had asked for the crossing since the autumn. “We’re glad it is back,” one shop owner said – the last boat leaves at eleven.';

describe('C1 controls read as Windows-1252', () => {
  it('maps every byte Windows-1252 assigns as its decoder does, and leaves the unassigned ones and NEL', () => {
    const decoder = new TextDecoder('windows-1252');
    for (let b = 0x80; b <= 0x9f; b++) {
      const c1 = String.fromCharCode(b);
      const byDecoder = decoder.decode(Uint8Array.of(b));
      const expected = b === 0x85 || byDecoder === c1 ? c1 : byDecoder;
      expect(withC1AsWindows1252(`a${c1}b`).text, b.toString(16)).toBe(`a${expected}b`);
    }
  });

  it('a text seed: the quotes, apostrophe and dash as the writer typed them, reported', () => {
    const report = new Report('f.txt');
    const text = decode('f.txt', new TextEncoder().encode([TITLE, '', P1, '', P2].join('\n')), report);
    expect(text).toContain(P2_READ);
    expect(rules(report)).toContain('c1-as-windows-1252');
    expect(rules(report)).not.toContain('control-characters');
  });

  it('a text seed with many of them is no binary file', () => {
    const many = Array.from({ length: 6 }, () => P2).join(' ');
    const { body } = article(new TextEncoder().encode([TITLE, '', P1, '', many].join('\n')));
    expect(body).toContain('“We’re glad it is back,”');
  });

  it('a saved page\'s blocks: read the same way, the unassigned 0x81 left for the reader to see', () => {
    const report = new Report('f.html');
    const units = withoutStrayControls([{ text: P2 }, { text: 'Tag\u0081line' }] as never, report);
    expect(units.map((u) => u.text)).toEqual([P2_READ, 'Tag\u0081line']);
    expect(rules(report)).toContain('c1-as-windows-1252');
  });
});
