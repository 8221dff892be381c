/**
 * HTML seeds: a table of contents (a list whose every item links to a place on the page, under its
 * short heading) repeats the article's sub-headings as a menu: it leaves the body, reported. A list of
 * the article's own with a footnote's back-link in it, or two cross-references, stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'Picking your first telescope is mostly a question of what you want to look at, and of how much you are ready to carry.',
  'A small refractor is light and needs little care, which makes it the usual advice for a beginner who observes from a balcony.',
  'A reflector gives more aperture for the money, but it has to be collimated from time to time, which takes some practice.',
  'Whatever you choose, a sturdy mount matters more than the tube: a shaking image is useless at any magnification.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Choosing a first telescope</title></head><body>
<article><h1>Choosing a first telescope</h1>
${inside}
<p>${P[0]}</p><h2 id="refractors">Refractors</h2><p>${P[1]}</p><h2 id="reflectors">Reflectors</h2><p>${P[2]}</p>
<h2 id="mounts">Mounts</h2><p>${P[3]}</p>
</article></body></html>`;

const TOC = `<p>Table of Contents</p><ul><li><a href="#refractors">Refractors</a></li><li><a href="#reflectors">Reflectors</a></li><li><a href="#mounts">Mounts</a></li></ul>`;

describe('HTML furniture: a table of contents', () => {
  it('leaves out the entries and their heading, reported, and keeps the sub-headings they point to', () => {
    const { body, report } = article(page(TOC), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Table of Contents');
    for (const heading of ['Refractors', 'Reflectors', 'Mounts']) expect(body.match(new RegExp(`^${heading}$`, 'gm'))).toHaveLength(1);
    const removed = report.entries.filter((e) => e.rule === 'furniture');
    expect(removed.some((e) => e.text === 'Table of Contents' && e.detail === 'the heading of a table of contents')).toBe(true);
    expect(removed.filter((e) => e.detail?.startsWith('a table of contents'))).toHaveLength(3);
  });

  it('keeps list items that only hold a link within the page among their words, and a pair of cross-references', () => {
    const own = `<ul><li>A refractor of 80 mm shows the rings of Saturn on a calm night.<a href="#fn1">↩</a></li>
<li>A reflector of 130 mm shows the brighter galaxies from a dark site.<a href="#fn2">↩</a></li>
<li>A pair of binoculars shows the moons of Jupiter from anywhere.<a href="#fn3">↩</a></li></ul>
<ul><li><a href="#refractors">Refractors</a></li><li><a href="#mounts">Mounts</a></li></ul>`;
    const { body, report } = article(page(own), 'page.html');
    for (const kept of ['rings of Saturn', 'brighter galaxies', 'moons of Jupiter']) expect(body).toContain(kept);
    expect(body.match(/^Refractors$/gm)).toHaveLength(2);
    expect(report.entries.some((e) => e.detail?.startsWith('a table of contents'))).toBe(false);
  });
});
