/**
 * A headline field with a defect another field has not: characters lost to a wrong reading of the
 * page's bytes (U+FFFD, or a "?" between two letters: "crew?s"), a text whose UTF-8 was read as
 * Windows-1252 ("crewâ€™s"), an <h1> whose two lines run together ("PlannersTop"). The headline
 * is the field without the defect: the spoiled field's votes go to the clean text it spoils
 * (lib/html/headline/headline-defects.ts), and an <h1>'s lines are joined with a space (lib/html/prune/html-prune.ts).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const pageOf = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`;
const headlineOf = (head: string, body: string) => readPageMeta(prunePage(pageOf(head, body)).meta, null).headline;
const h1sOf = (body: string) => prunePage(pageOf('<title>Example</title>', body)).meta.h1;

/** A text as a page that read its UTF-8 bytes as Windows-1252 shows it. */
const as1252 = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));

const CLEAN = 'A field crew’s guide to polar tents';
const SITE = '<meta property="og:site_name" content="Example Outfitters">';

describe('a headline field with a defect', () => {
  it('characters lost (U+FFFD) in the <h1>: its vote goes to the clean <title>', () => {
    const head = `${SITE}<title>${CLEAN} | Example Outfitters</title><meta property="og:title" content="Polar tents, tested by a field crew">`;
    expect(headlineOf(head, '<h1>A field crew\uFFFDs guide to polar tents</h1>')).toBe(CLEAN);
  });

  it('a "?" between two letters in the <h1> is a character lost too', () => {
    const head = `${SITE}<title>${CLEAN} | Example Outfitters</title><meta property="og:title" content="Polar tents, tested by a field crew">`;
    expect(headlineOf(head, '<h1>A field crew?s guide to polar tents</h1>')).toBe(CLEAN);
  });

  it('UTF-8 read as Windows-1252 in the <h1> and og:title: the clean <title> wins their votes', () => {
    const head = `${SITE}<title>${CLEAN} | Example Outfitters</title><meta property="og:title" content="${as1252(CLEAN)}">`;
    expect(headlineOf(head, `<h1>${as1252(CLEAN)}</h1>`)).toBe(CLEAN);
  });

  it('a "?" that ends a question is no lost character', () => {
    const head = `${SITE}<title>Which polar tent is best? | Example Outfitters</title><meta property="og:title" content="Which polar tent is best?">`;
    expect(headlineOf(head, '<h1>Which polar tent is best?</h1>')).toBe('Which polar tent is best?');
  });
});

describe('an <h1> whose lines are elements of their own', () => {
  it('two spans, a word ending in a small letter before one beginning with a capital: a space between them', () => {
    expect(h1sOf('<h1><span>Planners</span><span>Top note-taking apps for field crews</span></h1>')).toEqual(['Planners Top note-taking apps for field crews']);
    expect(h1sOf('<h1><a href="/k">Polar gear</a>Tents tested on the ice</h1>')).toEqual(['Polar gear Tents tested on the ice']);
  });

  it('two blocks (<div>, <p>): a space between them', () => {
    expect(h1sOf('<h1><div>Field notes:</div><div>polar tents</div></h1>')).toEqual(['Field notes: polar tents']);
  });

  it('a letter set apart for its style, or words marked inside a line, read as written', () => {
    expect(h1sOf('<h1><span class="initial">T</span>he polar tents we tested</h1>')).toEqual(['The polar tents we tested']);
    expect(h1sOf('<h1>Polar <em>tents</em>, tested</h1>')).toEqual(['Polar tents, tested']);
    expect(h1sOf('<h1>i<span>Pad</span> apps for field crews</h1>')).toEqual(['iPad apps for field crews']);
  });
});
