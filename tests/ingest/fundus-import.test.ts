/**
 * The fundus importer's pure parts (scripts/bench/extract/import/fundus-truth.ts) on invented pages: how a
 * parser version's truth becomes a body, a day and an author, and which saved page each version
 * is matched to when the set does not say.
 */
import { describe, expect, it } from 'vitest';
import { assembleBody, authorField, fileDay, matchVersions, pageHaystacks, publishedDay, type FundusVersion } from '../../scripts/bench/extract/import/fundus-truth.ts';

const page = (name: string, html: string) => ({ name, haystacks: pageHaystacks(html) });

describe('the fundus truth as a case', () => {
  it('assembles the body: summary, then each section headline and paragraphs, blank lines between', () => {
    const body = assembleBody({
      summary: ['The harbour reopens on Monday.'],
      sections: [
        { headline: [], paragraphs: ['Ann Lee said the works were done.', '  '] },
        { headline: ['What changes'], paragraphs: ['Ferries run every hour.'] },
      ],
    });
    expect(body).toBe('The harbour reopens on Monday.\n\nAnn Lee said the works were done.\n\nWhat changes\n\nFerries run every hour.');
    expect(assembleBody(null)).toBe('');
  });

  it('keeps the publishing day as written and joins the authors', () => {
    expect(publishedDay('2024-04-17 23:24:31+00:00')).toBe('2024-04-17');
    expect(publishedDay('2021-02-21 00:00:00')).toBe('2021-02-21');
    expect(publishedDay(null)).toBeNull();
    expect(publishedDay('yesterday')).toBeNull();
    expect(authorField(['Ann Lee', ' Bo Ray '])).toBe('Ann Lee, Bo Ray');
    expect(authorField([])).toBeNull();
    expect(authorField(undefined)).toBeNull();
    expect(fileDay('HarborPost_2024_04_17.html.gz')).toBe('2024-04-17');
    expect(fileDay('HarborPost.html.gz')).toBeNull();
  });
});

describe('matching parser versions to saved pages', () => {
  const v = (title: string, day: string): FundusVersion => ({ title, publishing_date: `${day} 10:00:00+00:00` });

  it('takes the page holding the title, entities and typographic quotes aside', () => {
    const files = [
      page('HarborPost_2023_04_28.html.gz', '<title>Ferry &quot;Gull&quot; returns | Harbor Post</title><h1>Ferry <em>“Gull”</em> returns</h1>'),
      page('HarborPost_2024_10_23.html.gz', '<h1>New pier opens</h1>'),
    ];
    expect(matchVersions([['V1', v('Ferry "Gull" returns', '2023-04-28')], ['V2', v('New pier opens', '2024-10-23')]], files)).toEqual([
      { version: 'V1', file: 'HarborPost_2023_04_28.html.gz', how: 'title' },
      { version: 'V2', file: 'HarborPost_2024_10_23.html.gz', how: 'title' },
    ]);
  });

  it('finds a title given only in a meta attribute', () => {
    const files = [page('HarborPost_2024_01_02.html.gz', '<meta property="og:title" content="Tides &amp; storms"><h1>Storm news</h1>')];
    expect(matchVersions([['V1', v('Tides & storms', '2020-01-01')]], files)[0]).toEqual({ version: 'V1', file: 'HarborPost_2024_01_02.html.gz', how: 'title' });
  });

  it('breaks a tie by the crawl day, and uses the day alone only on a page no title claims', () => {
    const files = [
      page('HarborPost_2023_04_28.html.gz', '<h1>Ferry returns</h1>'),
      page('HarborPost_2024_10_23.html.gz', '<h1>New pier opens</h1><a>Ferry returns</a>'),
      page('HarborPost_2025_05_05.html.gz', '<h1>A headline the parser rewrote</h1>'),
    ];
    expect(
      matchVersions(
        [
          ['V1', v('Ferry returns', '2023-04-28')],
          ['V2', v('Pier opening, rewritten', '2024-10-23')],
          ['V3', v('Rewritten too', '2025-05-05')],
        ],
        files,
      ),
    ).toEqual([
      { version: 'V1', file: 'HarborPost_2023_04_28.html.gz', how: 'title+day' },
      // the page of its day is claimed by V1's title (a link there): not guessed
      { version: 'V2', file: null, how: 'none' },
      { version: 'V3', file: 'HarborPost_2025_05_05.html.gz', how: 'day' },
    ]);
  });

  it('gives each page to one version only and leaves a version without a page unmatched', () => {
    const files = [page('HarborPost_2024_01_02.html.gz', '<h1>Same story</h1>')];
    expect(matchVersions([['V1', v('Same story', '2024-01-02')], ['V1_1', v('Same story', '2024-01-02')], ['V2', v('Elsewhere', '2022-02-02')]], files)).toEqual([
      { version: 'V1', file: 'HarborPost_2024_01_02.html.gz', how: 'title' },
      { version: 'V1_1', file: null, how: 'taken' },
      { version: 'V2', file: null, how: 'none' },
    ]);
  });
});
