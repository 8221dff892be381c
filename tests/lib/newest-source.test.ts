/**
 * "Sources up to …" names the newest source no more precisely than it is dated: a report dated only to
 * its month reads "October 2020", never "1 October 2020", a day no source gave.
 */
import { describe, expect, it } from 'vitest';
import { newestSource, newestSourceDate } from '../../src/lib/page-meta/page-scope.ts';
import type { SiteData } from '../../src/lib/data/site-data.ts';

const site = (articles: { slug: string; date: string | null; datePrecision: 'day' | 'month' | 'year' | null; topics?: string[] }[]) =>
  ({ articles: articles.map((a) => ({ topics: [], ...a })), articleBySlug: new Map(), topicBySlug: new Map() }) as unknown as SiteData;

describe('the newest source of a page', () => {
  it('keeps the precision of the newest report’s date', () => {
    const data = site([{ slug: 'a', date: '2020-09-14', datePrecision: 'day' }, { slug: 'b', date: '2020-10-01', datePrecision: 'month' }, { slug: 'c', date: null, datePrecision: null }]);
    expect(newestSource('/', data)).toEqual({ date: '2020-10-01', precision: 'month' });
    expect(newestSourceDate('/', data)).toBe('2020-10-01');
  });

  it('takes the most precise of reports of the same date', () => {
    const data = site([{ slug: 'b', date: '2020-10-01', datePrecision: 'month' }, { slug: 'a', date: '2020-10-01', datePrecision: 'day' }]);
    expect(newestSource('/', data)).toEqual({ date: '2020-10-01', precision: 'day' });
  });

  it('is null when nothing is dated', () => {
    expect(newestSource('/', site([{ slug: 'c', date: null, datePrecision: null }]))).toBeNull();
  });
});
