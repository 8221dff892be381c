/**
 * lib/html/prune/html-prune.ts reads a small page when it loads so that V8 optimises the tokenizer's state loop
 * once, with feedback for every state: the page must reach every state an HTML page can, and be read
 * as any page is (the same answer, whole or in pieces).
 */
import { Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { prunePage, WARM_UP_PAGE } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { FastTokenizer } from '../../scripts/ingest/lib/html/prune/html-parser.ts';

/** States only XML mode reaches (the prune pass parses HTML), and the stream's own controls. */
const NOT_IN_HTML = ['stateInProcessingInstruction', 'pause', 'resume'];

describe('the warm-up page', () => {
  it('takes the tokenizer through every state an HTML page can reach', () => {
    // The prune pass's tokenizer replaces some of htmlparser2's state methods with its own (FastTokenizer);
    // a state is reached when either version runs.
    const protos = [Tokenizer.prototype, FastTokenizer.prototype] as unknown as Record<string, (...args: unknown[]) => unknown>[];
    const names = Object.getOwnPropertyNames(protos[0]).filter((name) => name !== 'constructor' && typeof protos[0][name] === 'function');
    const seen = new Set<string>();
    const originals = protos.map((proto) => new Map(Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor' && typeof proto[name] === 'function').map((name) => [name, proto[name]])));
    protos.forEach((proto, i) => {
      for (const [name, original] of originals[i]) {
        proto[name] = function (this: unknown, ...args: unknown[]) {
          seen.add(name);
          return original.apply(this, args);
        };
      }
    });
    try {
      prunePage(WARM_UP_PAGE);
    } finally {
      protos.forEach((proto, i) => {
        for (const [name, original] of originals[i]) proto[name] = original;
      });
    }
    expect(names.filter((name) => !seen.has(name)).sort()).toEqual(NOT_IN_HTML.filter((name) => names.includes(name)).sort());
  });

  it('is read as a page, its metadata and its body, the same whole and in pieces', () => {
    const whole = prunePage(WARM_UP_PAGE);
    expect(whole.meta.title).toBe('T & t');
    expect(whole.meta.meta.get('og:title')).toEqual(['A & B']);
    expect(whole.meta.h1).toEqual(['Head & line two']);
    expect(whole.meta.times).toEqual([{ datetime: '2020-01-01', text: '1 Jan 2020' }]);
    expect(whole.meta.jsonLd).toHaveLength(1);
    expect(whole.meta.lang).toBe('en');
    expect(whole.textChars).toBeGreaterThan(0);
    const pieces = prunePage([WARM_UP_PAGE.slice(0, 500), WARM_UP_PAGE.slice(500)]);
    expect(pieces.meta).toEqual(whole.meta);
    expect(pieces.textChars).toBe(whole.textChars);
    expect(pieces.document.body.textContent).toBe(whole.document.body.textContent);
  });
});
