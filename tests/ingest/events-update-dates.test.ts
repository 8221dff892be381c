/**
 * A report dated only by its update (source `update`) is a weaker date than a publication's: the news
 * happened that day or before. In the events stage it joins a report of the same occasion published on
 * or before its update day (the event keeps the publication's day), never one published after it; an
 * event of update-dated reports alone is dated by the earliest update, marked as a bound (`dateBound`); it never dates an undated
 * sibling by inference; and relative times in it ("on Thursday") are not turned into dates. Invented reports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/run.ts';
import { readIngestOutput } from '../../scripts/ingest/output.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject } from './cli-project.ts';
import { runPrinted } from './run-printed.ts';

const trees = tempTrees('ingest-update-');
afterAll(trees.cleanup);

async function ingest(seeds: Record<string, string>) {
  const { root, seedsDir } = ingestProject(trees, { seeds });
  const result = await runIngest({ root, seedsDir });
  const bySeed = Object.fromEntries(result.articles.map((a) => [a.seed, a]));
  return { bySeed, events: result.events, mentions: readIngestOutput(root).mentions };
}

const published = (day: string, dateline: string) =>
  `Harbor observatory network will grow\n${day}\n\nHARBOR CITY, ${dateline} (Harbor Post) -- The observatory network will add 30 more shared telescopes with partner countries next year, network director Ann Lee said at a press briefing on shared research.\n\nThe telescopes will study variable stars, comets and the solar wind, Ann Lee said.`;
const updatedOnly = (stamp: string, extra = '') =>
  `Observatory network to grow, says director\n${stamp}\n\nThe observatory network will add 30 more shared telescopes with partner countries, Ann Lee, the network's director, said at a press briefing on shared research.\n\nThe telescopes will study variable stars, comets and the solar wind, according to the director.${extra}`;
const undated = () =>
  `Director says telescope network to expand\n\nThe observatory network will add 30 more shared telescopes with partner countries, Ann Lee, director of the network, said at a press briefing on shared research.\n\nThe telescopes will study variable stars, comets and the solar wind, the director said at the briefing.`;

describe('events and reports dated by their update', () => {
  it('joins the occasion published on or before the update, which keeps its day and leads', async () => {
    const { bySeed, events } = await ingest({ 'a.txt': published('2021-06-04', 'June 4'), 'b.txt': updatedOnly('Updated: 2021-06-09 10:00') });
    expect(bySeed['b.txt'].date).toMatchObject({ date: '2021-06-09', source: 'update' });
    expect(bySeed['b.txt'].event).toBe(bySeed['a.txt'].event);
    const event = events.find((e) => e.id === bySeed['a.txt'].event)!;
    expect(event).toMatchObject({ date: '2021-06-04', articles: [bySeed['a.txt'].slug, bySeed['b.txt'].slug] });
    expect(event.dateBound, 'a news day, no bound').toBeUndefined();
  });

  it('never joins an occasion published after its update', async () => {
    const { bySeed } = await ingest({ 'a.txt': published('2021-06-04', 'June 4'), 'b.txt': updatedOnly('Updated: 2021-06-01 10:00') });
    expect(bySeed['b.txt'].event).not.toBe(bySeed['a.txt'].event);
  });

  it('alone, or with an undated report, dates the event by the update but gives no date by inference', async () => {
    const { bySeed, events } = await ingest({ 'b.txt': updatedOnly('Updated: 2021-06-09 10:00'), 'c.txt': undated() });
    expect(bySeed['c.txt'].date).toBeNull();
    const event = events.find((e) => e.id === bySeed['b.txt'].event)!;
    expect(event.date).toBe('2021-06-09');
    // The day is a bound, and the event says so: the site shows "by 9 June 2021", not the day of the news.
    expect(event.dateBound).toBe('on-or-before');
    expect(event.articles[0]).toBe(bySeed['b.txt'].slug);
  });

  it('ranks below a publication date of the same day as the event’s lead', async () => {
    const { bySeed, events } = await ingest({ 'a.txt': updatedOnly('Updated: 2021-06-04 10:00'), 'b.txt': published('2021-06-04', 'June 4') });
    const event = events.find((e) => e.id === bySeed['b.txt'].event)!;
    expect(event.articles).toEqual([bySeed['b.txt'].slug, bySeed['a.txt'].slug]);
  });

  it('is counted apart in the printed report', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'a.txt': published('2021-06-04', 'June 4'), 'b.txt': updatedOnly('Updated: 2021-06-09 10:00') } });
    expect(await runPrinted(root, seedsDir)).toContain('dates: 2 dated (0 inferred from a sibling report, 1 by their update only), 0 undated');
  });

  it('does not turn its relative times into dates', async () => {
    const { bySeed, mentions } = await ingest({ 'b.txt': updatedOnly('Updated: 2021-06-09 10:00', '\n\nThe plan, released on Thursday, follows a deal signed on March 3, 2019.') });
    const own = mentions.filter((m) => m.article === bySeed['b.txt'].slug);
    expect(own.map((m) => m.text)).toEqual(['March 3, 2019']);
  });
});
