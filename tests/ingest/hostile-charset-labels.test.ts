/**
 * A page's `<meta charset>` that names a label browsers do not decode as it says: "x-user-defined"
 * (which the HTML standard's prescan reads as Windows-1252), a label nobody knows, an encoding no
 * browser decodes any more. The page is read as a browser reads it; no letter of it is lost.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { knownLabel } from '../../scripts/ingest/lib/html/read/html-charset.ts';

const P1 = 'The valley cooperative will dry its apricots with solar heat from next summer, the growers said at their spring meeting on Saturday.';
const P2 = 'Each of the forty farms will share the new drying sheds, which are expected to halve the fuel the harvest used to need.';
const TITLE = 'Caf\u00e9 owners back the valley\u2019s solar drying sheds';
const page = (charset: string) => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;
/** The page written in Windows-1252 bytes (é as 0xE9, ’ as 0x92). */
// Every ’ of the page (the <title>'s and the <h1>'s): latin1 would keep only the low byte of U+2019 (0x19).
const cp1252 = (text: string) => Buffer.from(text.replace(/\u2019/g, '\u0092'), 'latin1');

describe('charset labels a browser reads otherwise', () => {
  it('x-user-defined is read as Windows-1252, as the HTML standard says', () => {
    expect(knownLabel('x-user-defined')).toBe('windows-1252');
    const outcome = processSeed('a.html', cp1252(page('x-user-defined')), []);
    expect(outcome.record?.title).toBe(TITLE);
  });

  it('a label nobody knows, or an encoding browsers no longer decode: the bytes read as Windows-1252', () => {
    for (const charset of ['x-unheard-of', 'iso-2022-kr', 'utf-7']) {
      const outcome = processSeed('a.html', cp1252(page(charset)), []);
      expect(outcome.record?.title, charset).toBe(TITLE);
    }
  });
});
