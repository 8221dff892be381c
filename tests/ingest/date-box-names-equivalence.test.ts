/**
 * lib/html/prune/html-prune.ts namesDateBox reads an element's class, id and itemprop one by one
 * (a speed change): held to the way it read them before, joined with a space between, on nasty and
 * random names.
 */
import { describe, expect, it } from 'vitest';
import { namesDateBox } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

const DATE_BOX_NAME = /date|time|publish|posted|updated|byline|meta|author/i;
const OTHER_BOX = /comment|related|share|social|recommend/i;
/** The code it replaced, word for word. */
function joinedNamesDateBox(attribs: Record<string, string>): boolean {
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.itemprop ?? ''}`;
  return names.length > 2 && (names.includes('ate') || names.includes('ime') || names.includes('ubl') || names.includes('ost') || names.includes('eta') || names.includes('yline') || names.includes('uthor')) && DATE_BOX_NAME.test(names) && !OTHER_BOX.test(names);
}

/** Pieces of the patterns' words, cut where a join could glue them back together, and other names. */
const PIECES = ['', ' ', 'da', 'te', 'ate', 'DATE', 'ti', 'me', 'post', 'ed', 'au', 'thor', 'by', 'line', 'meta', 'share', 'sha', 're', 'comment', 'social', 'x', '-', '\t', 'ſ', 'İ', 'K'];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('namesDateBox', () => {
  it('gives what joining the names gave, on nasty names', () => {
    const cases: Record<string, string>[] = [
      {},
      { class: '' },
      { class: '', id: '', itemprop: '' },
      { class: 'da', id: 'te' }, // "da te": no date box either way
      { class: 'post-date' },
      { class: 'post-date', id: 'share-bar' },
      { itemprop: 'datePublished' },
      { id: 'BYLINE' },
      { class: 'entry-meta related' },
      { class: 'au', id: 'thor' },
      { class: ' ', id: ' ', itemprop: ' ' },
    ];
    for (const attribs of cases) expect(namesDateBox(attribs), JSON.stringify(attribs)).toBe(joinedNamesDateBox(attribs));
  });

  it('gives what joining the names gave, on random names', () => {
    const next = random(35);
    const name = () => {
      if (next() < 0.3) return undefined;
      let out = '';
      for (let n = Math.floor(next() * 4); n > 0; n--) out += PIECES[Math.floor(next() * PIECES.length)];
      return out;
    };
    for (let i = 0; i < 5000; i++) {
      const attribs: Record<string, string> = {};
      for (const key of ['class', 'id', 'itemprop']) {
        const value = name();
        if (value !== undefined) attribs[key] = value;
      }
      expect(namesDateBox(attribs), JSON.stringify(attribs)).toBe(joinedNamesDateBox(attribs));
    }
  });
});
