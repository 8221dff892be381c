/**
 * Printing a briefing twice gives the same PDF. A tagged PDF names its table headers after DOM nodes
 * (`/ID (node00001134)`), and Chromium numbers those nodes in whatever order it first touched them: two
 * prints of one page gave two headers each other's numbers (the cells' /Headers and the ID tree
 * swapped with them). Renumbered by where each header stands in the file, and the ID tree sorted
 * again (its limits too), both prints are the same bytes, of the same length.
 */
import { describe, expect, it } from 'vitest';
import { fixPdfNodeIds } from '../../scripts/briefing-pdf.ts';

/** A tagged PDF's pieces as Chromium writes them: header elements, cells naming them, the ID tree. */
const printed = (first: string, second: string) => Buffer.from([
  '%PDF-1.7',
  `301 0 obj <</Type /StructElem /S /TH /ID (node${first})>> endobj`,
  `303 0 obj <</Type /StructElem /S /TH /ID (node${second})>> endobj`,
  `305 0 obj <</Type /StructElem /S /TD /A [<</O /Table /Headers [(node${first})]>>]>> endobj`,
  `307 0 obj <</Type /StructElem /S /TD /A [<</O /Table /Headers [(node${second})]>>]>> endobj`,
  `960 0 obj <</Limits [(node${[first, second].sort()[0]}) (node${[first, second].sort()[1]})]`,
  `/Names [(node${[first, second].sort()[0]}) ${first < second ? 301 : 303} 0 R (node${[first, second].sort()[1]}) ${first < second ? 303 : 301} 0 R]>> endobj`,
  '%%EOF',
].join('\n'), 'latin1');

describe('a briefing PDF’s node ids', () => {
  it('are the same however Chromium numbered the nodes', () => {
    const a = fixPdfNodeIds(printed('00001134', '00001201'));
    const b = fixPdfNodeIds(printed('00001201', '00001134'));
    expect(b.toString('latin1')).toBe(a.toString('latin1'));
    expect(a.length).toBe(printed('00001134', '00001201').length);
  });

  it('keep the ID tree sorted by name, each name still pointing at its own element', () => {
    const text = fixPdfNodeIds(printed('00001201', '00001134')).toString('latin1');
    expect(text).toContain('301 0 obj <</Type /StructElem /S /TH /ID (node00000001)>>');
    expect(text).toContain('305 0 obj <</Type /StructElem /S /TD /A [<</O /Table /Headers [(node00000001)]>>]>>');
    expect(text).toContain('<</Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 301 0 R (node00000002) 303 0 R]>>');
  });
});
