/**
 * A saved page whose bytes contradict its declared charset is read by its bytes, and the report says
 * the declaration was overridden, both ways: bytes that are not UTF-8 under a UTF-8 declaration (read
 * as Windows-1252) and, here, valid UTF-8 beyond ASCII under a legacy declaration (Shift_JIS,
 * windows-1252), read as UTF-8. An ASCII page under a legacy declaration reads the same either way:
 * nothing is said.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';

const P1 = 'The river ferry will run every twenty minutes from Monday, the harbour office said, after the bridge closed for repairs to its northern span.';
const P2 = 'Cyclists may take their bicycles on board at no charge until the bridge reopens, which the office expects by the end of the summer.';
const page = (charset: string, extra: string) =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>Ferry replaces the closed bridge</title></head><body><article><h1>Ferry replaces the closed bridge</h1><p>${P1}${extra}</p><p>${P2}</p></article></body></html>`;
const encodingNotes = (bytes: Uint8Array) =>
  processSeed('page.html', bytes, []).entries.filter((e) => e.rule === 'encoding').map((e) => e.detail);

describe('a declared charset the bytes contradict', () => {
  it('valid UTF-8 beyond ASCII declared Shift_JIS or windows-1252: read as UTF-8, and the report says the declaration was overridden', () => {
    for (const charset of ['Shift_JIS', 'windows-1252']) {
      const bytes = new TextEncoder().encode(page(charset, ' 渡し船は「毎日」運航する。'));
      const o = processSeed('page.html', bytes, []);
      expect(o.body, charset).toContain('渡し船は「毎日」運航する。');
      expect(encodingNotes(bytes), charset).toEqual([`utf-8: <meta> declares ${charset.toLowerCase()}, but the bytes are valid UTF-8 beyond ASCII; read as UTF-8, the declaration overridden`]);
    }
  });

  it('bytes that are not UTF-8 under a UTF-8 declaration: still said, as before', () => {
    const bytes = Uint8Array.from([...page('utf-8', ' Le caf\u00e9 rouvre.')].map((c) => c.charCodeAt(0)));
    expect(encodingNotes(bytes)).toEqual([expect.stringMatching(/declares utf-8, but the bytes are not valid UTF-8; read as Windows-1252/)]);
  });

  it('an ASCII page under a legacy declaration, or UTF-8 declared UTF-8: nothing to say', () => {
    expect(encodingNotes(new TextEncoder().encode(page('Shift_JIS', '')))).toEqual([]);
    expect(encodingNotes(new TextEncoder().encode(page('utf-8', ' 渡し船は「毎日」運航する。')))).toEqual([]);
  });
});
