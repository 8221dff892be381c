/**
 * A word hundreds of kilobytes long (a line of base64, a run of letters with no space): every stage
 * reads it in time linear in its length. The byline cleaner cut e-mail addresses with /\S+@\S+\.\S+/,
 * which is tried at every character of a long word and scans the rest of it from each (quadratic):
 * a saved page with a 200,000-letter paragraph took over a minute of CPU.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { article } from './helpers.ts';

const P = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
const P2 = 'The laboratories will share ocean observation data and train young researchers from both regions, officials said at the signing in Beijing.';

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

describe('a very long word', () => {
  it('is no e-mail address to the byline cleaner, which still cuts real ones', () => {
    let names: (string | null)[] = [];
    const used = cpuSeconds(() => {
      names = [cleanAuthor(`Ann ${'a'.repeat(100_000)}`), cleanAuthor('Ann Lee ann.lee@example.org'), cleanAuthor('Ann Lee @annlee')];
    });
    expect(names.slice(1)).toEqual(['Ann Lee', 'Ann Lee']);
    expect(used).toBeLessThan(1);
  }, 120_000);

  it('in a saved page, leaves the article in well under 2 s of CPU', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title></head><body><article><h1>EU and China expand climate research</h1><p>By Ann Lee</p><p>${P}</p><p>${'a'.repeat(100_000)}</p><p>${P2}</p></article></body></html>`;
    let made: ReturnType<typeof article> | undefined;
    const used = cpuSeconds(() => {
      made = article(page, 'fixture.html');
    });
    expect(made!.body).toContain(P);
    expect(made!.body).toContain(P2);
    expect(used).toBeLessThan(2);
  }, 120_000);
});

describe('a very long line of capitalised words', () => {
  it('is read by the byline cleaner in linear time, a name with its role still cut', () => {
    let names: (string | null)[] = [];
    const used = cpuSeconds(() => {
      names = [cleanAuthor('Ann Lee '.repeat(5_000).trim()), cleanAuthor('Henrietta Vollmark Executive Digital Editor')];
    });
    expect(names[1]).toBe('Henrietta Vollmark');
    expect(used).toBeLessThan(1);
  }, 120_000);
});
