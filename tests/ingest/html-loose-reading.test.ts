/**
 * stages/html.ts reads a page a second time without Readability's class-name rules when its answer
 * holds little prose (withoutClassNameRulesIfShort), unless the first reading already read the page
 * that way (readLooselyAlready): then the second reading would give the same answer, and is skipped.
 * The skip must answer as the second reading would: the same units, header, page facts and report.
 */
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it } from 'vitest';
import { readHtml } from '../../scripts/ingest/stages/html.ts';
import { readLooselyAlready } from '../../scripts/ingest/lib/html/article/readability-attempts.ts';
import { Report } from '../../scripts/ingest/report.ts';

type Reader = { _flags: number; _attempts: unknown[]; _articleByline: string | null; _metadata: { byline?: string | null } };
const parse = Readability.prototype.parse;
afterEach(() => {
  Readability.prototype.parse = parse;
});

/** Every reading's flags and failed attempts when it ends; `forget` makes each look like a first attempt that succeeded. */
function watchReadings(forget: boolean): { flags: number; attempts: number }[] {
  const seen: { flags: number; attempts: number }[] = [];
  Readability.prototype.parse = function (this: Reader) {
    const out = parse.call(this as unknown as Readability<string>);
    seen.push({ flags: this._flags, attempts: this._attempts.length });
    if (forget) this._flags = 7;
    return out;
  } as typeof parse;
  return seen;
}

const sentence = (i: number) =>
  `Reply ${i}: the joint laboratory, which opened in spring, will share its data with partner teams, and its first results, due next year, are awaited.`;
const replies = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
const menu = Array.from({ length: 160 }, (_, i) => `<li><a href="/section-${i}">Section number ${i} of the site</a></li>`).join('');
/**
 * The story's text sits in a box named like comments (stripped as unlikely in the first attempt,
 * weighed down in the second), beside a short box named like the article: Readability takes its
 * answer at its third attempt, with FLAG_CLEAN_CONDITIONALLY alone. A long menu keeps the answer
 * under a quarter of the page's text, so the looser reading is due.
 */
const page = (byline = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>Laboratory opens</title></head><body><ul class="menu-list">${menu}</ul>` +
  `<div class="article-body">${byline}<p>The laboratory opened today, officials said.</p></div><div class="comment">${replies}</div></body></html>`;

function read(html: string) {
  const report = new Report('page.html');
  const out = readHtml(new TextEncoder().encode(html), report);
  return { ...out, report: report.entries };
}

describe('the looser second reading', () => {
  it('is skipped when the first reading took its answer with FLAG_CLEAN_CONDITIONALLY alone, and the answer is the same', () => {
    const fast = watchReadings(false);
    const skipped = read(page());
    expect(fast).toEqual([{ flags: 4, attempts: 2 }]);
    const slow = watchReadings(true);
    const reread = read(page());
    // The second reading ran, starting at FLAG_CLEAN_CONDITIONALLY, and answered as the first.
    expect(slow).toEqual([
      { flags: 4, attempts: 2 },
      { flags: 4, attempts: 0 },
    ]);
    expect(skipped).toEqual(reread);
    expect(skipped.units.map((u) => u.text).join('\n')).toContain('Reply 5: the joint laboratory');
  });

  it('is not skipped when the first reading found a byline in an earlier attempt (it stops looking for one)', () => {
    const readings = watchReadings(false);
    read(page('<p class="byline">By A. Writer</p>'));
    expect(readings.length).toBe(2);
  });

  it('decides from the attempts and the byline only', () => {
    const reader = (flags: number, attempts: number, byline: string | null = null, metadataByline: string | null = null): Reader => ({
      _flags: flags,
      _attempts: Array.from({ length: attempts }),
      _articleByline: byline,
      _metadata: { byline: metadataByline },
    });
    expect(readLooselyAlready(reader(4, 2))).toBe(true);
    expect(readLooselyAlready(reader(0, 3))).toBe(true);
    // The best of four failed attempts may be one with more rules than a new reading starts with.
    expect(readLooselyAlready(reader(0, 4))).toBe(false);
    expect(readLooselyAlready(reader(7, 0))).toBe(false);
    expect(readLooselyAlready(reader(6, 1))).toBe(false);
    expect(readLooselyAlready(reader(4, 2, 'By A. Writer'))).toBe(false);
    expect(readLooselyAlready(reader(4, 2, null, 'A. Writer'))).toBe(true);
  });
});
