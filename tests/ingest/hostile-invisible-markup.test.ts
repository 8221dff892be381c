/**
 * A saved page's markup changed in ways its reader cannot see (scripts/bench/fuzz/invisible-html-mutations.ts:
 * attributes reordered and requoted, tag names in capitals, whitespace, comments and CDATA between
 * blocks, comments between a paragraph's words, paragraphs left unclosed, characters as references, a
 * byte order mark, CRLF): the article read is the unmutated page's, and nothing the comments or CDATA
 * hold reaches it. The pages are the fuzz campaign's invented template pages (seed-sources.ts).
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import '../../scripts/ingest/stages/html.ts';
import { seedSources } from '../../scripts/bench/fuzz/seed-sources.ts';
import { INVISIBLE_HTML_MUTATIONS, UTF8_ONLY } from '../../scripts/bench/fuzz/invisible-html-mutations.ts';
import { withoutInvisible } from '../../scripts/bench/fuzz/invisible-mutations.ts';
import { HIDDEN } from '../../scripts/bench/fuzz/fuzz-case.ts';
import { prng } from '../../scripts/bench/fuzz/prng.ts';

const reading = (outcome: ReturnType<typeof processSeed>) => {
  expect(outcome.skip).toBeUndefined();
  const r = outcome.record!;
  return [r.title ?? '', r.author ?? '', r.date?.date ?? '', ...r.paragraphs.map((p) => p.text)].map(withoutInvisible);
};

describe('markup mutations no reader sees leave the article as it was', () => {
  for (const source of seedSources().filter((s) => s.html)) {
    const unmutated = reading(processSeed(source.seed, source.bytes, []));
    for (const [name, mutate] of Object.entries(INVISIBLE_HTML_MUTATIONS)) {
      if (UTF8_ONLY.has(name) && source.html !== 'utf-8') continue;
      it(`${source.seed}: ${name}`, () => {
        const mutated = mutate(source.bytes, source.bytes, prng(7));
        expect(mutated).not.toEqual(source.bytes);
        const read = reading(processSeed(source.seed, mutated, []));
        expect(read).toEqual(unmutated);
        expect(read.join('\n')).not.toContain(HIDDEN);
      });
    }
  }
});
