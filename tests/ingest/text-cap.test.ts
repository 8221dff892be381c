/**
 * A .txt seed far larger than any article is read up to the cap on what one article may take
 * (lib/safety/limits.ts MAX_TEXT_CHARS), the rest reported as `text-cap`: at a line end, or, when its
 * text is one line far longer than that, at the last sentence end before the cap, so the article is
 * read in part rather than dropped whole.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { MAX_TEXT_CHARS } from '../../scripts/ingest/lib/safety/limits.ts';

const P = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
const enc = (s: string) => new TextEncoder().encode(s);

describe('the text cap', () => {
  it('reads a single line far longer than the cap in part, cut after a sentence, and reports the rest', () => {
    const line = `${P} `.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / (P.length + 1)));
    const outcome = processSeed('long-line.txt', enc(`Labs on one line\n\n${line}\n`), []);
    expect(outcome.skip).toBeUndefined();
    const text = outcome.record!.paragraphs.map((p) => p.text).join('\n');
    expect(text.startsWith(P)).toBe(true);
    expect(text.endsWith('on Monday.')).toBe(true);
    const cap = outcome.entries.find((e) => e.rule === 'text-cap');
    expect(cap?.action).toBe('removed');
  });

  it('cuts at a line end when one is near the cap', () => {
    const lines = Array.from({ length: Math.ceil((MAX_TEXT_CHARS * 1.2) / (P.length + 2)) }, () => P).join('\n\n');
    const outcome = processSeed('many-lines.txt', enc(`Labs in many lines\n\n${lines}\n`), []);
    expect(outcome.entries.find((e) => e.rule === 'text-cap')).toBeDefined();
    expect(outcome.record!.paragraphs.every((p) => p.text === P)).toBe(true);
  });
});
