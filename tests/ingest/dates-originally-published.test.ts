/**
 * A sentence of the article that says when the article itself first came out ("This article was
 * originally published on 12 Mar 2019 and has been updated since") dates a page that shows only its
 * update ("Updated: 4 Oct 2022"): that is its publication, the update kept as dateModified. A date the
 * page shows of its own still dates it (a page put out again is dated by the day it shows). A sentence
 * about another work ("the study was first published in a journal on …"), or one that names no full
 * date ("originally published on Harbor Gazette"), dates nothing. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { article, ARTICLE_PARAGRAPHS } from './helpers.ts';
import { findOriginalPublication } from '../../scripts/ingest/lib/dates/originally-published.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const HEADLINE = 'Harbor Gazette guide to small solar roofs';
const page = (stamp: string, note: string) => `${HEADLINE}\nMara Quill\n${stamp}\n\n${ARTICLE_PARAGRAPHS.join('\n\n')}\n\n${note}\n\n${ARTICLE_PARAGRAPHS[0]}`;

describe('a sentence saying when the article was originally published', () => {
  it('dates a text page that shows only its update', () => {
    const { record, report } = article(page('Updated: 4 Oct 2022, 10:15am', 'This article was originally published on 12 Mar 2019 at 9:05am; our editors revise it each spring.'));
    expect(record.date?.date).toBe('2019-03-12');
    expect(record.date?.evidence).toContain('originally published on 12 Mar 2019');
    expect(report.entries.some((e) => e.rule === 'originally-published')).toBe(true);
    expect(record.dateModified).toBe('2022-10-04');
  });

  it('does not date a page over a date it shows of its own', () => {
    const { record } = article(page('4 Oct 2022, 10:15am', 'This article was originally published on 12 Mar 2019 and has been updated since.'));
    expect(record.date?.date).toBe('2022-10-04');
  });

  it('dates a saved page that shows only its update too', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><p class="byline">Mara Quill</p><p class="date">Updated on 4 Oct 2022, 10:15am</p>${[...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS, ...ARTICLE_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}<p>Editor's note: this story was first published on March 12, 2019.</p></article></body></html>`;
    const { record } = article(html, 'fixture.html');
    expect(record.date?.date).toBe('2019-03-12');
  });

  it('reads the forms pages write', () => {
    expect(findOriginalPublication('This post was originally published on the 3rd of May, 2021.')?.date).toBe('2021-05-03');
    expect(findOriginalPublication('Originally published in the Harbor Gazette on June 9, 2020.')?.date).toBe('2020-06-09');
    expect(findOriginalPublication('This piece first published on 2018-02-11 has been revised.')?.date).toBe('2018-02-11');
    expect(findOriginalPublication('This guide was first published on March 3, 2017.')?.date).toBe('2017-03-03');
  });

  it('leaves alone a sentence about another work, or one with no full date', () => {
    expect(findOriginalPublication('The study was first published on March 3, 2017 in a journal.')).toBeNull();
    expect(findOriginalPublication('This article was originally published on Harbor Gazette.')).toBeNull();
    expect(findOriginalPublication('This article was originally published in March 2019.')).toBeNull();
    expect(findOriginalPublication('This article was originally published on Harbor Gazette. Tickets went on sale March 3, 2017.')).toBeNull();
    const { record } = article(page('Updated: 4 Oct 2022, 10:15am', 'The report was first published on March 3, 2017 by the ministry and is cited widely.'));
    expect(record.date?.date).toBe('2022-10-04');
  });

  it('stays linear on a long line of repeated labels', () => {
    const line = 'this article was originally published on '.repeat(20000);
    let found: ReturnType<typeof findOriginalPublication> | undefined;
    expect(cpuSeconds(() => (found = findOriginalPublication(line)))).toBeLessThan(1);
    expect(found).toBeNull();
  });
});
