import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { readIngestOutput } from '../../scripts/ingest/output.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject } from './cli-project.ts';

const trees = tempTrees('ingest-');
afterAll(trees.cleanup);

/** Runs the whole ingest on seeds written here, in a temporary project folder. */
async function ingest(seeds: Record<string, string | Uint8Array>) {
  const { root, seedsDir } = ingestProject(trees, { seeds });
  const result = await runIngest({ root, seedsDir });
  const bySeed = Object.fromEntries(result.articles.map((a) => [a.seed, a]));
  const corpus = { ...readIngestOutput(root), articles: result.articles, events: result.events };
  return { ...result, root, bySeed, corpus };
}

const dated = (agency: string, day: string, speaker: string, extra = '') =>
  `Minister says lab network will grow\n\nBEIJING, ${day} (${agency}) -- China will build 30 more joint laboratories with partner countries next year, ${speaker} said on Friday at a press conference on research cooperation.\n\nThe laboratories will study climate change, public health and clean energy, ${speaker} said.${extra}`;
const undated = (speaker: string, weekday = 'Friday') =>
  `Lab network to grow, says minister\n\nChina will build 30 more joint laboratories with partner countries, ${speaker} said on ${weekday}.\n\nThe laboratories will study climate change, public health and clean energy, according to the minister, who spoke at a press conference on research cooperation.`;

describe('events', () => {
  it('joins reports of one occasion and dates an undated one by inference, with evidence', async () => {
    const { bySeed, corpus } = await ingest({
      'a.txt': `2021-06-04\n\n${dated('Xinhua', 'June 4', 'science minister Li Ming')}`,
      'b.txt': undated('Li Ming, minister of science,'),
    });
    expect(bySeed['b.txt'].date).toMatchObject({ date: '2021-06-04', source: 'inferred' });
    expect(bySeed['b.txt'].date?.evidence).toMatch(/Same event as .* dated 2021-06-04 .*Friday/);
    expect(bySeed['b.txt'].datedFrom).toBe(bySeed['a.txt'].slug);
    expect(corpus.events).toHaveLength(1);
    expect(corpus.events[0]).toMatchObject({ id: '2021-06-04-li-ming', date: '2021-06-04', articles: [bySeed['a.txt'].slug, bySeed['b.txt'].slug] });
  });

  it("names the sibling whose headline quotes someone with the quotation nested, never doubled marks", async () => {
    const quotedHeadline = dated('Xinhua', 'June 4', 'science minister Li Ming').replace('Minister says lab network will grow', '"Thirty more labs" next year, minister says');
    const { bySeed } = await ingest({
      'a.txt': `2021-06-04\n\n${quotedHeadline}`,
      'b.txt': undated('Li Ming, minister of science,'),
    });
    expect(bySeed['a.txt'].title).toBe('"Thirty more labs" next year, minister says');
    expect(bySeed['b.txt'].date?.evidence).toMatch(/^Same event as "‘Thirty more labs’ next year, minister says" \(/);
  });

  it('never joins different speakers, different days or a weekday that does not fit', async () => {
    const { bySeed, corpus } = await ingest({
      'a.txt': `2021-06-04\n\n${dated('Xinhua', 'June 4', 'science minister Li Ming')}`,
      'b.txt': undated('Zhao Gang, minister of science,'), // another speaker
      'c.txt': `2022-06-03\n\n${dated('Xinhua', 'June 3', 'science minister Li Ming')}`, // another year
      'd.txt': undated('Li Ming, minister of science,', 'Tuesday'), // 2021-06-04 is no Tuesday
    });
    expect(bySeed['b.txt'].date).toBeNull();
    expect(bySeed['d.txt'].date).toBeNull();
    expect(bySeed['a.txt'].event).not.toBe(bySeed['c.txt'].event);
    expect(corpus.events.filter((e) => e.articles.length > 1)).toEqual([]);
  });

  it('keeps an undated report that has no sibling undated, with no event', async () => {
    const { bySeed } = await ingest({ 'x.txt': undated('Li Ming, minister of science,') });
    expect(bySeed['x.txt']).toMatchObject({ date: null, event: null });
  });

  it('places dates mentioned in the text, relative ones against the article date, and not vague ones', async () => {
    const { corpus, bySeed } = await ingest({
      'a.txt': `2020-10-30\n\n${dated('Xinhua', 'Oct. 30', 'science minister Li Ming', '\n\nThe plan, released on Thursday, follows a deal signed on March 3, 2019. In 2022, 25 documents are due. Talks will be held on Monday. Not long ago, China joined the group.')}`,
    });
    const slug = bySeed['a.txt'].slug;
    expect(corpus.mentions.map((m) => [m.text, m.date, m.datePrecision])).toEqual([
      ['March 3, 2019', '2019-03-03', 'day'],
      ['on Thursday', '2020-10-29', 'day'],
      ['on Monday', '2020-11-02', 'day'],
      ['In 2022', '2022-01-01', 'year'],
    ]);
    expect(corpus.mentions.every((m) => m.article === slug && /^p-\d+$/.test(m.paragraph))).toBe(true);
  });

  it('skips bad files with a reason and still builds the rest', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Headline in UTF-16\n\nSome text here.'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const { skipped, corpus, root } = await ingest({ 'empty.txt': '', 'blank.txt': '  \n\n ', 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'image.bin': new Uint8Array([1]), 'ok.txt': utf16 });
    expect(skipped.map((s) => s.seed).sort()).toEqual(['blank.txt', 'empty.txt', 'image.txt']);
    expect(skipped.every((s) => s.reason.length > 5)).toBe(true);
    expect(corpus.articles.map((a) => a.title)).toEqual(['Headline in UTF-16']);
    const data = JSON.parse(readFileSync(join(root, 'content', 'data', 'skipped.json'), 'utf8'));
    expect(data.skipped).toHaveLength(3);
    expect(data.ignored).toEqual([{ name: 'image.bin', reason: expect.stringMatching(/\.bin file/) }]);
  });
});
