/**
 * HTML seeds: Readability drops an element whose class holds one of its words for boxes that are no
 * article ("extra", "header", "menu"), which utility classes hold too ("leading-extra-tight"). A
 * sub-heading so named stays with its section (lib/html/article/readability-subheadings.ts); a box so named
 * still goes, and a heading of other stories the furniture rules still leave out.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The first agency on our list works for restaurants, hotels and sports brands, and has won several awards for its campaigns.',
  'It runs paid campaigns for its clients across every major platform, with a team of forty people in two offices in the south.',
  'The second agency is smaller, and it is known for its short videos, which it films and edits in its own studio in the harbour district.',
  'Its clients are mostly shops and cafés in the city, and it charges a monthly fee that covers planning, filming and reporting.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The city's best social media agencies</title></head><body>
<article><h1>The city's best social media agencies</h1>
<h2 class="text-xl section-header">1. Harbour Social</h2><p>${P[0]}</p><p>${P[1]}</p>
<h3 class="font-bold leading-extra-tight mb-2">2. Quayside Video</h3><p>${P[2]}</p>
<h4 class="card-header">What it costs</h4><p>${P[3]}</p>
${inside}
</article></body></html>`;

describe('HTML: sub-headings whose class reads like a box Readability drops', () => {
  it('keeps <h2>, <h3> and <h4> sub-headings with their sections', () => {
    const { body } = article(page(''), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const heading of ['1. Harbour Social', '2. Quayside Video', 'What it costs']) expect(body).toMatch(new RegExp(`^${heading}$`, 'm'));
  });

  it('still drops a box so named, and leaves out a heading of other stories with its teasers', () => {
    const box = `<div class="sidebar-extra"><p>Sign up for our weekly round-up of the best places to eat and drink in the city, every Friday.</p></div>
<h3 class="related-header">More from our city guides</h3>
<ul><li><a href="https://example.org/a">The ten best cafés by the harbour</a></li><li><a href="https://example.org/b">Where to eat on a Sunday night</a></li><li><a href="https://example.org/c">A walk along the old quay</a></li></ul>`;
    const { body, report } = article(page(box), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('weekly round-up');
    for (const gone of ['More from our city guides', 'The ten best cafés']) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(gone))).toBe(true);
    }
  });
});
