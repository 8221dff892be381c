/**
 * HTML seeds: the article's stamp above its first paragraph in a shape the date-line test does not read
 * (lib/html/furniture/stamp-above-article.ts): the day with its time and zone, the day written twice, its
 * label and the day in figures, a name or a reading time run into the day. Left out and reported.
 * Guards: the article's own short lines that name a day stay: a heading that tells what happened that
 * day (words in lower case), such a line under the first paragraph, a sentence, a month and year alone.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { furnitureFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { isStampAboveArticle } from '../../scripts/ingest/lib/html/furniture/stamp-above-article.ts';

const P = [
  'The county opened its new recycling depot on the edge of town this week, after two years of planning and one false start.',
  'Residents can bring glass, paper, metal and garden waste six days a week, and the depot takes old furniture on Saturdays.',
  'The council expects the depot to cut the waste sent to the landfill by a fifth within its first year of running.',
];

const page = (above: string, under = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>County opens a new recycling depot</title></head><body>
<article><h1>County opens a new recycling depot</h1>
${above}<p>${P[0]}</p>${under}<p>${P[1]}</p><p>${P[2]}</p>
</article></body></html>`;

const stamp = (line: string) => {
  const f = furnitureFeatures(line);
  return isStampAboveArticle(line, f.words, f.sentenceEnd);
};

describe("HTML furniture: the article's stamp above its first paragraph", () => {
  it('leaves out a stamp with its time and zone over the first paragraph, reported', () => {
    for (const line of ['9/26/2023 8:59 AM PT', 'Published: 10-30-2025', 'Jane RoeDecember 20, 2023']) {
      const { body, report } = article(page(`<div class="stamp">${line}</div>`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body, line).not.toContain(line);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === line && e.detail?.startsWith("the article's stamp above its first paragraph")), line).toBe(true);
    }
  });

  it('reads the stamps templates write, with a name, a reading time or the day twice beside the day', () => {
    for (const line of [
      '9/8/2015 12:15 PM PT',
      '9/26/2023 8:59 AM PT',
      'Saturday December 23, 2023 09:30 PM EST 12/23/2023 9:30 PM',
      'Published: 10-30-2025',
      'Jane RoeDecember 20, 2023',
      '5 min readDec 31, 2023',
      'Updated: 12/23/2023 9:30 PM',
      // The reading time run into the article's age: no day, but nothing beside the two.
      '6 min read5 days ago',
      '4 min read2 hours ago',
    ]) {
      expect(stamp(line), line).toBe(true);
    }
  });

  it("keeps the article's own lines that name a day: a heading in lower case, a sentence, a month and year, a long line", () => {
    for (const line of [
      'On December 7, 1941, Japan attacked Pearl Harbor',
      'Wordle answer for December 22, 2023',
      'Timeline: March 3, 2020 — WHO declares a pandemic',
      'The depot opened on December 20, 2023.',
      '2023 Year in Review',
      'December 2023',
      'Recycling Depot Opening Ceremony And Open Day With Music, December 20, 2023',
      // A byline beside the day is the byline rules' to judge (a Readability truth keeps such a line).
      'posted on 2023-12-19 23:30 EST by Jane Q. Roe',
      '2/26/2015 7:11 AM PST BY HARBOR STAFF',
      // The day alone is the date-line test's to judge: a page may open its article on it.
      '📅Jul. 11. 2025',
      // An age with words of a sentence beside it, or a reading time alone (the counter's), is not a run-in stamp.
      '6 min read5 days ago the council voted',
      '6 min read',
      '5 days ago',
    ]) {
      expect(stamp(line), line).toBe(false);
    }
    const heading = 'What the council changed at the depot on December 20, 2023';
    expect(article(page(`<h2>${heading}</h2>`), 'page.html').body).toContain(heading);
  });

  it("keeps an embedded post's signature over the first paragraph: its day is the post's", () => {
    const post = '<blockquote class="social-post"><p>The new depot is open from today, six days a week.</p><p>— Harbor County (@harborcounty) December 20, 2023</p></blockquote>';
    const { report } = article(page(post), 'page.html');
    expect(report.entries.some((e) => e.detail?.startsWith("the article's stamp above its first paragraph"))).toBe(false);
  });

  it('keeps the stamp under a standfirst shown as a heading: the metadata set\'s truth keeps it there', () => {
    const deck = '<h2>The depot takes glass, paper and garden waste. It opens six days a week from Monday onwards.</h2>';
    const line = '5 min readDec 31, 2023';
    expect(article(page(`${deck}<div class="meta">${line}</div>`), 'page.html').body).toContain(line);
  });

  it('keeps such a line under the first paragraph: only the stamp above the article goes', () => {
    const line = 'Jane RoeDecember 20, 2023';
    const { body } = article(page('', `<p>${line}</p>`), 'page.html');
    expect(body).toContain(line);
  });
});
