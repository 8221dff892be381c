import { describe, expect, it } from 'vitest';
import { findTopics } from '../../scripts/ingest/stages/topics.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { matchers } from './helpers.ts';

function topicsOf(text: string) {
  const paragraphs = [{ id: 'p-1', text, sentences: splitSentences(text) }];
  return findTopics(paragraphs, matchers, new Report('t')).topics;
}

describe('topics', () => {
  it('finds each topic by name, full name and alias', () => {
    expect(topicsOf('China supplies magnets to ITER.')).toEqual(['iter']);
    expect(topicsOf('The International Thermonuclear Experimental Reactor is in France.')).toEqual(['iter']);
    expect(topicsOf('The Square Kilometre Array will map the sky. So will the SKA Observatory.')).toEqual(['ska']);
    expect(topicsOf('The square kilometer array has two sites.')).toEqual(['ska']);
    expect(topicsOf('Labs under the Belt and Road Initiative opened. The BRI grows.')).toEqual(['belt-and-road']);
    expect(topicsOf('China joined COVAX in October.')).toEqual(['covax']);
    expect(topicsOf('China joined Covax in October.')).toEqual(['covax']);
  });

  it('does not take look-alikes for topics', () => {
    expect(topicsOf('Engineers iterate on the design; Iterative methods help.')).toEqual([]);
    expect(topicsOf('Iter is a common word in Latin texts.')).toEqual([]);
    expect(topicsOf('The band played ska music all night, and ska punk after.')).toEqual([]);
    expect(topicsOf('Wear seat belts and road safety improves.')).toEqual([]);
    expect(topicsOf('A seat belt and road safety campaign began.')).toEqual([]);
    expect(topicsOf('BRICS leaders met. The brisk pace of talks continued.')).toEqual([]);
  });

  it('keeps every matching sentence as an excerpt with its paragraph', () => {
    const paragraphs = [
      { id: 'p-1', text: 'x', sentences: ['ITER is big.', 'Nothing here.'] },
      { id: 'p-2', text: 'y', sentences: ['Both ITER and the SKA radio telescope.'] },
    ];
    const { excerpts } = findTopics(paragraphs, matchers, new Report('t'));
    expect(excerpts).toEqual([
      { topic: 'iter', paragraph: 'p-1', sentence: 'ITER is big.', match: 'ITER' },
      { topic: 'iter', paragraph: 'p-2', sentence: 'Both ITER and the SKA radio telescope.', match: 'ITER' },
      { topic: 'ska', paragraph: 'p-2', sentence: 'Both ITER and the SKA radio telescope.', match: 'SKA' },
    ]);
  });
});

describe('topics read with the pattern itself', () => {
  // What the stage did with `sentence.matchAll(pattern)`: every excerpt and every vetoed match reported.
  function byMatchAll(sentences: string[]) {
    const excerpts: { topic: string; sentence: string; match: string }[] = [];
    const vetoed: string[] = [];
    for (const m of matchers)
      for (const sentence of sentences)
        for (const hit of sentence.matchAll(m.pattern)) {
          const inVeto = m.veto && [...sentence.matchAll(m.veto)].some((v) => v.index! <= hit.index! && hit.index! + hit[0].length <= v.index! + v[0].length);
          if (inVeto) {
            vetoed.push(`${sentence} ${hit[0]}`);
            continue;
          }
          excerpts.push({ topic: m.slug, sentence, match: hit[0] });
          break;
        }
    return { excerpts, vetoed };
  }

  it('finds the same first matches and reports the same vetoed ones as matchAll', () => {
    const sentences = [
      'A seat belt and road safety campaign began, then the Belt and Road grew.',
      'Ska music and ska punk, then the SKA telescope and SKAO, and ska again.',
      'ITER ITER iter Iter 国际热核聚变实验堆 and 一带一路 in one 😀 sentence BRI.',
      'No topic here at all, 𝐀𝐁𝐂 and emoji 😀😀.',
      'COVAX covax Covax-19 COVID-19 Vaccines Global Access',
      '',
    ];
    const report = new Report('t');
    const { excerpts } = findTopics(sentences.map((s, i) => ({ id: `p-${i + 1}`, text: s, sentences: [s] })), matchers, report);
    const expected = byMatchAll(sentences);
    expect(excerpts.map(({ topic, sentence, match }) => ({ topic, sentence, match }))).toEqual(expected.excerpts);
    expect(report.entries.filter((e) => e.rule === 'not-the-topic').map((e) => `${e.text} ${/"(.*)"/.exec(e.detail ?? '')![1]}`)).toEqual(expected.vetoed);
    expect(expected.vetoed.length).toBeGreaterThan(0);
  });
});
