/**
 * HTML seeds: the writer's e-mail address alone on a line closing the article (lib/html/furniture/closing-address.ts),
 * plain or linked by mailto, one line or two (two writers): left out and reported. An address inside a
 * sentence closing the story, an address with other words on its line, and an address line with the
 * article's paragraphs under it stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const EN = [
  'The harbour authority said on Monday that the new ferry line to the islands would start running in the autumn, a year late.',
  'Work on the landing stages began two years ago and stalled last winter when the steel for the piers arrived months behind schedule.',
  'Residents of the outer islands hope the line will cut the trip to the mainland from three hours to a little over one.',
  'The authority expects about four thousand passengers a day in summer, most of them commuters and day visitors from the city.',
];

const page = (closing: string, paragraphs = EN) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>New ferry line to the islands starts in the autumn</title></head><body>
<article><h1>New ferry line to the islands starts in the autumn</h1>
<div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${closing}</div>
</article></body></html>`;

const removedAsAddress = (report: ReturnType<typeof article>['report'], text: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text === text && e.detail?.startsWith("the writer's e-mail address"));

describe("the writer's e-mail address closing the article", () => {
  it('leaves out an address alone on the last line, plain or linked, one writer or two, and reports it', () => {
    for (const [closing, lines] of [
      ['<p>jane.roe@example.com</p>', ['jane.roe@example.com']],
      ['<p><a href="mailto:j.doe+news@example.co.uk">j.doe+news@example.co.uk</a></p>', ['j.doe+news@example.co.uk']],
      ['<p>jroe@example-tribune.com</p><p>sam.lee@example.com</p>', ['jroe@example-tribune.com', 'sam.lee@example.com']],
    ] as const) {
      const { body, report } = article(page(closing), 'page.html');
      for (const p of EN) expect(body).toContain(p);
      for (const line of lines) {
        expect(body).not.toContain(line);
        expect(removedAsAddress(report, line)).toBe(true);
      }
    }
  });

  it("keeps the story's own lines: an address in a closing sentence, an address with other words, an address with paragraphs under it", () => {
    const sentence = 'Readers with questions about the timetable can write to ferries@example.org.';
    expect(article(page(`<p>${sentence}</p>`), 'page.html').body).toContain(sentence);
    const labelled = 'ferries@example.org, weekdays only, for timetable questions';
    expect(article(page(`<p>${labelled}</p>`), 'page.html').body).toContain(labelled);
    const above = page('', [EN[0], EN[1], 'harbour.desk@example.com', EN[2], EN[3]]);
    expect(article(above, 'page.html').body).toContain('harbour.desk@example.com');
  });
});
