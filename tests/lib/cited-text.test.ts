/** Citing a source sentence from its first word of news (src/lib/text/cited-text.ts) and counting quotes as a reader does (src/lib/data/quotes.ts). */
import { describe, expect, it } from 'vitest';
import { citedText } from '../../src/lib/text/cited-text.ts';
import { passagesOf, quoteCounts, quoteKindOf } from '../../src/lib/data/quotes.ts';
import { DATELINE_OR_BYLINE } from '../helpers/briefings.ts';

describe('citedText', () => {
  it.each([
    ['BEIJING, Oct. 30 (Xinhua) -- China will keep its door open, Wang Zhigang said Friday.', 'China will keep its door open, Wang Zhigang said Friday.'],
    ['GENEVA (Reuters) - The WHO said on Monday that vaccines would ship.', 'The WHO said on Monday that vaccines would ship.'],
    ['Beijing (AFP) — Scientists said the array was complete.', 'Scientists said the array was complete.'],
    ['WASHINGTON, March 3, 2021 — The agency said it would cooperate.', 'The agency said it would cooperate.'],
    ['PEKING, 30. Oktober (dpa) - China will sich öffnen.', 'China will sich öffnen.'],
    ['NEW DELHI — India and China signed a pact.', 'India and China signed a pact.'],
    ['By Li Wei BEIJING, Oct. 30 (Xinhua) -- China will open.', 'China will open.'],
    ['By Zhang Wei | China Daily | China said it would open.', 'China said it would open.'],
  ])('strips the dateline or byline: %s', (sentence, cited) => {
    expect(citedText(sentence)).toBe(cited);
    expect(sentence).toMatch(DATELINE_OR_BYLINE);
    expect(citedText(sentence)).not.toMatch(DATELINE_OR_BYLINE);
  });

  it.each([
    'By 2025, China will have built 100 laboratories.',
    'US - China trade talks resumed.',
    'China - the largest partner - said it would.',
    'ITER, the reactor in France — a project of 35 nations — is late.',
    'SKA-Low, the telescope - begun in 2021 - is large.',
    'NASA - and China - agreed.',
    'CERN — the laboratory — said so.',
    '"We must improve," Wang said.',
    'UN Secretary-General António Guterres said the plan was sound.',
    '北京10月30日电 中国将继续扩大开放。',
  ])('leaves a sentence without one as it is: %s', (sentence) => {
    expect(citedText(sentence)).toBe(sentence);
  });
});

describe('quotes as a reader counts them', () => {
  const data = { articleBySlug: new Map([['a', {}], ['b', {}]]) } as never;
  const q = (article: string, paragraph: string, sentence: string, kind?: 'direct' | 'reported') => ({ article, paragraph, sentence, date: '2020-10-30', ...(kind && { kind }) });

  it('counts a transcript answer of many sentences as one quote, and a paragraph with both kinds as two', () => {
    const person = {
      quotes: [
        ...Array.from({ length: 10 }, (_, i) => q('a', 'p-3', `Sentence ${i} of the answer.`, 'direct')),
        q('b', 'p-1', '"We will open," Wang said.', 'direct'),
        q('b', 'p-1', 'He added that China would cooperate.', 'reported'),
        q('b', 'p-2', 'Wang said China would build labs.', 'reported'),
        q('gone', 'p-1', 'An article that is not in the site.', 'reported'),
      ],
    };
    const passages = passagesOf(person, data);
    expect(passages.map((p) => `${p.article}#${p.paragraph}`)).toEqual(['a#p-3', 'b#p-1', 'b#p-2']);
    expect(quoteCounts(passages)).toEqual({ total: 4, direct: 2, reported: 2 });
  });

  it('reads the kind from quotation marks when the facts predate it', () => {
    expect(quoteKindOf({ sentence: '“China is ready to work with top scientists,” Xi said.' })).toBe('direct');
    expect(quoteKindOf({ sentence: 'Wang said China would host the “Belt and Road” forum.' })).toBe('reported');
    expect(quoteKindOf({ sentence: 'Wang said China would open up.', kind: 'direct' })).toBe('direct');
  });
});
