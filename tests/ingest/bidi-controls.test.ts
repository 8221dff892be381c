/** Unmatched bidi controls are dropped line by line, with a report entry; closed pairs stay. */
import { describe, expect, it } from 'vitest';
import { balanceLine, dropUnmatchedBidiControls } from '../../scripts/ingest/lib/safety/bidi-controls.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

const [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('bidi controls', () => {
  it('keeps closed pairs, nested ones included', () => {
    for (const line of [`a ${RLO}evil${PDF} b`, `${RLI}שלום${PDI} and ${FSI}x ${LRE}y${PDF}${PDI}`, `${LRI}${RLE}z${PDF}${PDI}`, 'plain text']) {
      expect(balanceLine(line)).toEqual({ text: line, dropped: [] });
    }
  });

  it('drops openers left open, closers with nothing to close, and embeddings an isolate closes over', () => {
    expect(balanceLine(`a ${RLO}evil`)).toEqual({ text: 'a evil', dropped: ['U+202E'] });
    expect(balanceLine(`b${PDF}${PDI} c`)).toEqual({ text: 'b c', dropped: ['U+202C', 'U+2069'] });
    expect(balanceLine(`${RLI}x ${LRO}y${PDI} z`)).toEqual({ text: `${RLI}x y${PDI} z`, dropped: ['U+202D'] });
    expect(balanceLine(`${LRE}p ${RLI}q${PDF}`)).toEqual({ text: 'p q', dropped: ['U+202A', 'U+2067', 'U+202C'] });
  });

  it('balances each line on its own and reports what it removed', () => {
    const report = new Report('s.txt');
    expect(dropUnmatchedBidiControls(`Title ${RLO}spoof\nbody ${RLI}ok${PDI}`, report)).toBe('Title spoof\nbody ' + `${RLI}ok${PDI}`);
    expect(report.entries).toEqual([{ seed: 's.txt', stage: 'decode', rule: 'bidi-control', action: 'removed', text: 'Title spoof', detail: '1 unmatched bidi control (U+202E)' }]);
  });

  it('leaves no unmatched control in an article’s title or paragraphs', () => {
    const text = `A title ${RLO}that flips\n\n2021-05-05\n\nThe minister ${RLO}signed the agreement on Monday with partners from eleven countries.\n\nA closed ${RLI}isolate${PDI} stays in this sentence about the new laboratory.\n`;
    const report = new Report('bidi.txt');
    const record = processArticle('bidi.txt', new TextEncoder().encode(text), [], report);
    expect(record.title).not.toMatch(/[\u202A-\u202E]/);
    expect(record.paragraphs.map((p) => p.text).join('\n')).not.toContain(RLO);
    expect(record.paragraphs.some((p) => p.text.includes(`${RLI}isolate${PDI}`))).toBe(true);
    expect(report.entries.filter((e) => e.rule === 'bidi-control')).toHaveLength(2);
  });
});
