/**
 * HTML seeds: a picture's caption (<figcaption>, or a box the page names a caption) anywhere in the
 * article leaves the body, reported: it tells what a photo shows, which the article's text does not
 * carry. A table's own <caption> names the table the article holds, and stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The harbour town opened its new lifeboat station on Saturday, after three years of fundraising by the volunteers who crew the boats.',
  'The old station, built in 1911, had no room for the larger boat the crew has used since the spring, and its slipway was cracked.',
  'Volunteers raised most of the money themselves, with bake sales, a sponsored swim across the bay and a concert in the church hall.',
  'The crew answered forty calls last year, most of them to walkers cut off by the tide on the sands below the cliffs to the north.',
];

const page = (middle: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour town opens new lifeboat station</title></head><body>
<article><h1>Harbour town opens new lifeboat station</h1>
<p>${P[0]}</p><p>${P[1]}</p>
${middle}
<p>${P[2]}</p><p>${P[3]}</p>
</article></body></html>`;

describe('HTML figure captions', () => {
  it("leaves out a picture's caption between the article's paragraphs, and reports it", () => {
    const figure = '<figure><div class="frame"></div><figcaption>The new station seen from the pier, with the crew\'s boat on its slipway at low tide.</figcaption></figure>';
    const { body, report } = article(page(figure), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('seen from the pier');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.startsWith('The new station seen from the pier') && e.detail === "a picture's caption")).toBe(true);
  });

  it('leaves out a caption the page names as one in its markup, wherever it stands', () => {
    // The outermost box the page names wins the report: here the picture's box around the caption.
    const captioned = '<div class="photo-wrap"><div class="image-caption">Crew members wave from the new boat during the opening, as the town band plays on the quay.</div></div>';
    const { body, report } = article(page(captioned), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Crew members wave');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.startsWith('Crew members wave') && /^inside a picture's (?:caption|box)/.test(e.detail ?? ''))).toBe(true);
  });

  it("keeps a table's caption with its table", () => {
    const table = '<table><caption>Calls answered by the crew, by year</caption><tr><th>Year</th><th>Calls</th></tr><tr><td>2022</td><td>31</td></tr><tr><td>2023</td><td>40</td></tr></table>';
    const { body } = article(page(table), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).toContain('Calls answered by the crew, by year');
  });
});
