/**
 * HTML seeds: boxes inside the article, between its first and last paragraph, that the extractor
 * keeps with it: a picture's caption written in paragraphs or spans of its own, a box named for a
 * picture or a video, a line of the article's stamps, a box of affiliate links. Each block left out
 * is reported; the article's paragraphs, headings and quotes stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The harbour authority said on Monday that the new container terminal would open in the autumn, two years after building work began on the northern pier.',
  'Shipping companies have already booked most of the berths for the first season, the authority said, and the port expects traffic to grow by a fifth next year.',
  'Local residents had opposed the project for years, arguing that more lorries would clog the narrow roads that lead down to the water from the old town.',
  'The city council has promised a new bypass road to take the lorries around the town centre, though work on it is not due to start before next spring.',
  'Environmental groups said they would watch closely how the terminal affects the wetlands south of the harbour, where rare birds nest every summer.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>New container terminal to open in autumn</title></head><body>
<article><h1>New container terminal to open in autumn</h1>
<div class="story-body">
<p>${P[0]}</p><p>${P[1]}</p>
${inside}
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p>
</div></article></body></html>`;

const removedAs = (report: ReturnType<typeof article>['report'], text: string, why: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text?.includes(text) && e.detail?.includes(why));

describe("a picture's caption inside the article", () => {
  it('leaves out a caption whose text the page writes in its own paragraphs or boxes, or in a <span> named for a caption, and reports it', () => {
    const figures = `<figure class="story-media"><div class="frame"></div><figcaption class="media-text"><div class="text"><span>Cranes stand ready on the northern pier of the harbour, where the first ships are due in October</span></div></figcaption></figure>
<figure><figcaption><p>A container ship waits outside the harbour entrance at dawn on Monday</p></figcaption></figure>
<div><span class="embed"><span class="media-caption">The harbour master shows the plans for the terminal to reporters in his office</span></span></div>
<p>The terminal's operator, a joint venture of two shipping lines, <span class="highlight-note">said it would hire</span> four hundred workers from the region.</p>`;
    const { body, report } = article(page(figures), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).toContain('said it would hire four hundred workers');
    for (const gone of ['Cranes stand ready on the northern pier', 'A container ship waits outside', 'The harbour master shows the plans']) {
      expect(body).not.toContain(gone);
      expect(removedAs(report, gone, "a picture's caption")).toBe(true);
    }
  });

  it("leaves out the text of a box named for a picture or a video; keeps such a box that is or holds a heading or a quote, or more than a caption", () => {
    const boxes = `<div class="inline-img"><div class="detail-img__description"><p>Lorries queue at the gate of the old terminal, which will close when the new one opens</p></div></div>
<div class="picBox"><p>The northern pier in March, before the cranes arrived</p></div>
<div class="video__meta"><span>1:48</span> Watch the first crane being lifted onto the pier</div>
<div class="video-container"><blockquote><p>The new terminal is a big day for the whole coast, the region's governor wrote on Monday.</p></blockquote></div>
<h2 id="h-ferry-video">Ferry video</h2>
<div class="item image-left"><h3>The bypass road</h3><p>The new road will run for six kilometres around the town centre and take most of the harbour's lorries.</p></div>`;
    const { body, report } = article(page(boxes), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of ['Lorries queue at the gate', 'The northern pier in March']) {
      expect(body).not.toContain(gone);
      expect(removedAs(report, gone, "a picture's box")).toBe(true);
    }
    expect(removedAs(report, 'Watch the first crane', "a video's box")).toBe(true);
    expect(body).not.toContain('Watch the first crane');
    expect(body).toContain('a big day for the whole coast');
    expect(body).toContain('Ferry video');
    expect(body).toContain('The bypass road');
    expect(body).toContain('will run for six kilometres');
  });
});

describe("the article's stamps inside it", () => {
  it("leaves out a line of stamps whose parts beside the date are an age or a reading time; keeps counts that are no stamps", () => {
    const lines = `<p>Published Jun 04, 2024 • Last updated 1 day ago • 2 minute read</p>
<p>Ships waiting • 12 • cranes in use • 4</p>`;
    const { body, report } = article(page(lines), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Last updated 1 day ago');
    expect(removedAs(report, 'Published Jun 04, 2024', "a line of the page's stamps")).toBe(true);
    expect(body).toContain('Ships waiting • 12 • cranes in use • 4');
  });
});

describe('boxes of affiliate links inside the article', () => {
  it("leaves out a box the page names for its affiliate links (their prices, or the note on them in any language), each block reported", () => {
    const boxes = `<div class="affiliate-note"><p>Links mit einem Sternchen führen zu Partnershops; bei einem Kauf dort bekommt die Redaktion eine Provision.</p></div>
<div class="product__affiliate-row"><div>€75</div><div>available at <a href="https://shop.example/a">Harbour Outfitters</a></div></div>`;
    const { body, report } = article(page(boxes), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Harbour Outfitters');
    for (const gone of ['Partnershops', '€75']) {
      expect(body).not.toContain(gone);
      expect(removedAs(report, gone, 'affiliate links')).toBe(true);
    }
  });
});
