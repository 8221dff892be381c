/**
 * HTML seeds: a picture's caption (<figcaption>, or a box the page names a caption) anywhere in the
 * article leaves the body, reported: it tells what a photo shows, which the article's text does not
 * carry. A table's own <caption> names the table the article holds, and stays.
 *
 * A <figcaption> comes back beside the body, where the picture stood: a paragraph of kind `caption`
 * with its own p-N anchor, shown `<p class="caption">`, which no reader of the article's prose reads
 * (people, quotes, figures, topics, the summary, the word count, the benchmark's body:
 * lib/html/article/picture-captions.ts).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { serializeBody } from '../../scripts/ingest/stages/emit.ts';
import { summarize } from '../../scripts/ingest/pipeline.ts';

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

  it("shows a <figcaption> where its picture stood, as a caption with its own anchor, the paragraphs renumbered around it", () => {
    const figure = '<figure><div class="frame"></div><figcaption>The new station seen from the pier, with the crew\'s boat on its slipway at low tide.</figcaption></figure>';
    const { record } = article(page(figure), 'page.html');
    expect(record.paragraphs.map((p) => `${p.id} ${p.kind ?? 'p'} ${p.text.slice(0, 24)}`)).toEqual([
      `p-1 p ${P[0].slice(0, 24)}`,
      `p-2 p ${P[1].slice(0, 24)}`,
      'p-3 caption The new station seen fro',
      `p-4 p ${P[2].slice(0, 24)}`,
      `p-5 p ${P[3].slice(0, 24)}`,
    ]);
    expect(serializeBody(record.paragraphs)).toContain('<p id="p-3" class="caption">The new station seen from the pier, with the crew\'s boat on its slipway at low tide.</p>');
    // The article's length and summary are its own paragraphs'.
    const summary = summarize(record);
    expect(summary.paragraphCount).toBe(4);
    expect(summary.wordCount).toBe(P.reduce((n, p) => n + p.split(' ').length, 0));
  });

  it("a lead picture's caption stands over the first paragraph; text in it is read by no finder (people, quotes, figures)", () => {
    const lead = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour town opens new lifeboat station</title></head><body>
<article><h1>Harbour town opens new lifeboat station</h1>
<figure><img src="a.jpg" alt=""><figcaption>Station manager Ruth Penrose said: "We waited 112 years for this," beside 3 new boats.</figcaption></figure>
${P.map((p) => `<p>${p}</p>`).join('')}
</article></body></html>`;
    const { record, body } = article(lead, 'page.html');
    expect(record.paragraphs[0]).toMatchObject({ id: 'p-1', kind: 'caption' });
    expect(record.paragraphs.slice(1).every((p) => p.kind === undefined)).toBe(true);
    expect(body).not.toContain('Ruth Penrose');
    expect(record.people.map((p) => p.name)).not.toContain('Ruth Penrose');
    expect(record.quotes.filter((q) => q.paragraph === 'p-1')).toEqual([]);
    expect(record.figures.filter((f) => f.paragraph === 'p-1')).toEqual([]);
    expect(record.excerpts.filter((e) => e.paragraph === 'p-1')).toEqual([]);
  });

  it('a caption the article says word for word is not shown twice', () => {
    const figure = `<figure><img src="a.jpg" alt=""><figcaption>${P[2]}</figcaption></figure>`;
    const { record } = article(page(figure), 'page.html');
    expect(record.paragraphs.filter((p) => p.text === P[2])).toHaveLength(1);
    expect(record.paragraphs.some((p) => p.kind === 'caption')).toBe(false);
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

describe('a caption inside a list or a quote stays inside it', () => {
  const ITEMS = [
    'Raise the money: the volunteers held bake sales and a sponsored swim across the bay.',
    'Build the station: the builders poured the new slipway over two low tides in March.',
    'Train the crew: six new volunteers passed their sea survival course in the summer.',
  ];
  const CAPTION = "The crew's new boat on its slipway at low tide, seen from the pier.";

  it('a picture in a list item: the list stays one list, the caption in the item it stood in', () => {
    const list = `<ul><li>${ITEMS[0]}</li><li><figure><img src="a.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>${ITEMS[1]}</li><li>${ITEMS[2]}</li></ul>`;
    const { record } = article(page(list), 'page.html');
    const html = serializeBody(record.paragraphs);
    expect(record.paragraphs.some((p) => p.kind === 'caption')).toBe(true);
    expect(html.match(/<ul>/g)).toHaveLength(1);
    const ul = html.slice(html.indexOf('<ul>'), html.indexOf('</ul>'));
    for (const item of ITEMS) expect(ul).toContain(item);
    expect(ul).toContain('class="caption"');
  });

  it('a picture in a quote: the quote stays one quote, the caption in it', () => {
    const quote = `<blockquote><p>${ITEMS[0]}</p><figure><img src="a.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure><p>${ITEMS[1]}</p></blockquote>`;
    const { record } = article(page(quote), 'page.html');
    const html = serializeBody(record.paragraphs);
    expect(record.paragraphs.some((p) => p.kind === 'caption')).toBe(true);
    // The body is Markdown: a quote is a run of lines opening on "> ".
    const lines = html.split('\n');
    const first = lines.findIndex((l) => l.includes(ITEMS[0]));
    const last = lines.findIndex((l) => l.includes(ITEMS[1]));
    expect(lines.slice(first, last + 1).every((l) => l.startsWith('>'))).toBe(true);
    expect(lines.slice(first, last + 1).some((l) => l.includes('class="caption"'))).toBe(true);
  });

  it('a picture after a list or a quote stays outside it', () => {
    const after = `<ul><li>${ITEMS[0]}</li><li>${ITEMS[1]}</li></ul><figure><img src="a.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure><blockquote><p>${ITEMS[2]}</p></blockquote>`;
    const { record } = article(page(after), 'page.html');
    const html = serializeBody(record.paragraphs);
    const lines = html.split('\n');
    const caption = lines.findIndex((l) => l.includes('class="caption"'));
    expect(lines[caption].startsWith('<p')).toBe(true);
    expect(caption).toBeGreaterThan(lines.indexOf('</ul>'));
    expect(caption).toBeLessThan(lines.findIndex((l) => l.includes(ITEMS[2])));
  });
});
