/**
 * Right-to-left text as pages write it: a right-to-left mark after each paragraph's full stop (so the
 * stop shows at the paragraph's left end next to a number or a Latin word), each paragraph in an isolate
 * (`dir="auto"`, `<bdi>`), an Arabic letter mark after each stop; left-to-right marks in English copied
 * from such a page. The marks are invisible: a paragraph that ends ".\u200F" ends in a full stop for its
 * reader, and must be read as a sentence, kept whole and shown exactly as written (the marks too).
 * Every fixture is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import '../../scripts/ingest/stages/html.ts';
import { AR, AR_TITLE, EN, EN_TITLE } from '../../scripts/bench/fuzz/seed-sources.ts';

const RLM = '\u200F';
const LRM = '\u200E';
const ALM = '\u061C';
const MARKED: Record<string, { title: string; paragraphs: string[] }> = {
  'a right-to-left mark after each full stop': { title: AR_TITLE, paragraphs: AR.map((p) => p + RLM) },
  'an Arabic letter mark after each full stop': { title: AR_TITLE, paragraphs: AR.map((p) => p + ALM) },
  'each paragraph in a right-to-left isolate': { title: AR_TITLE, paragraphs: AR.map((p) => `\u2067${p}\u2069`) },
  'each paragraph in a right-to-left embedding': { title: AR_TITLE, paragraphs: AR.map((p) => `\u202B${p}\u202C`) },
  'English with a left-to-right mark after each stop': { title: EN_TITLE, paragraphs: EN.map((p) => p.replaceAll('. ', `.${LRM} `) + LRM) },
  'English paragraphs in first-strong isolates': { title: EN_TITLE, paragraphs: EN.map((p) => `\u2068${p}\u2069`) },
};

const textPage = (title: string, paragraphs: string[]) => ['Home', 'News', 'Sport', '', title, '', 'By Mara Lind', '', ...paragraphs.flatMap((p) => [p, '']), 'Share this', 'Related stories'].join('\n');
const htmlPage = (title: string, paragraphs: string[]) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a></nav><main><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;

describe('paragraphs that end in an invisible directional mark', () => {
  for (const [name, { title, paragraphs }] of Object.entries(MARKED)) {
    for (const [path, seed, source] of [['text', 'a.txt', textPage], ['HTML', 'a.html', htmlPage]] as const) {
      it(`${path}: ${name}: every paragraph kept, exactly as written`, () => {
        const outcome = processSeed(seed, new TextEncoder().encode(source(title, paragraphs)), []);
        expect(outcome.skip).toBeUndefined();
        expect(outcome.record!.paragraphs.map((p) => p.text)).toEqual(paragraphs);
      });
    }
  }
});

describe('a dateline with directional marks in it', () => {
  const DATELINE_STORY = (dateline: string) =>
    [EN_TITLE, '', 'date 2024-03-12', '', `${dateline} ${EN[0]}`, '', EN[1], '', EN[2], ''].join('\n');
  for (const [name, dateline] of [
    ['a right-to-left mark after the month\'s stop', 'HAMBURG, Mar.\u200F 11 (Reuters) --'],
    ['a left-to-right mark opening the paragraph', '\u200EHAMBURG, Mar. 11 (Reuters) --'],
    ['the dateline in an isolate', '\u2068HAMBURG, Mar. 11 (Reuters) --\u2069'],
  ] as const) {
    it(`${name}: read as the dateline without them`, () => {
      const plain = processSeed('a.txt', new TextEncoder().encode(DATELINE_STORY('HAMBURG, Mar. 11 (Reuters) --')), []);
      const marked = processSeed('a.txt', new TextEncoder().encode(DATELINE_STORY(dateline)), []);
      expect(plain.record!.date?.date).toBe('2024-03-11');
      expect(marked.record!.date?.date).toBe('2024-03-11');
    });
  }
});
