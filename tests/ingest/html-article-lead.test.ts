/**
 * An article whose opening sits in a box of its own under the headline, apart from the boxes of its
 * sections (lib/html/article/html-article-lead.ts): Readability takes the sections, and the opening between
 * the page's <h1> and them is the article's too, when that <h1> tells the story of the page's title. A standfirst of one paragraph, and a box of short
 * lines (picks, figures, calls to action), stay where Readability left them.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const sentence = (topic: string, i: number) =>
  `The orchard cooperative, working on ${topic}, planted row ${i + 1} this spring, and the growers, meeting every month, say the trees are doing well so far.`;
const section = (topic: string, n: number) => {
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)} ${sentence(topic, i + 10)}</p>`).join('');
  return `<div class="e-con"><div class="e-con-inner"><div class="widget"><div class="widget-container"><h2>On ${topic}</h2>${paragraphs}</div></div></div></div>`;
};
const sections = section('apples', 8) + section('pears', 6);
const page = (opening: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A year in the orchard</title></head><body><div class="site">` +
  `<div class="hero"><div class="inner"><h1>A year in the orchard</h1><div class="intro">${opening}</div></div></div>` +
  `<div class="builder"><div class="builder-inner">${sections}</div></div></div></body></html>`;

const bodyOf = (html: string) => article(html, 'page.html').record.paragraphs.map((p) => p.text).join('\n');

const introduction =
  '<p>Few places change as much in a year as an orchard does. The valley’s growers let us follow theirs from the first frost to the last crate of fruit, and kept notes for us all along. Their notes, their photographs and their worries fill the pages below.</p>' +
  '<p>What follows is their year, season by season. It starts with the work nobody sees: pruning in the cold, grafting, and the long wait for the blossom to come out in spring. Then comes the fruit, and with it the hardest weeks of all.</p>';

describe('the opening of an article under its headline', () => {
  it('keeps the paragraphs between the <h1> and the sections Readability took', () => {
    const body = bodyOf(page(introduction));
    expect(body).toContain('working on apples');
    expect(body).toContain('Few places change as much in a year');
    expect(body).toContain('What follows is their year');
    expect(body.indexOf('Few places change')).toBeLessThan(body.indexOf('working on apples'));
  });

  it('leaves out a standfirst of one paragraph', () => {
    const standfirst = '<p>Few places change as much in a year as an orchard does. The valley’s growers let us follow theirs from the first frost to the last crate of fruit.</p>';
    expect(bodyOf(page(standfirst))).not.toContain('Few places change');
  });

  it('reads no opening under an <h1> that names the site, not the story', () => {
    const blog = page(introduction).replace('<h1>A year in the orchard</h1>', '<h1>Valley Growers Weekly</h1>');
    expect(bodyOf(blog)).not.toContain('Few places change');
  });

  it('leaves out a box of short lines around a paragraph or two', () => {
    const picks = Array.from({ length: 30 }, (_, i) => `<div class="pick">Pick ${i + 1}: ladder model ${i}</div>`).join('');
    expect(bodyOf(page(introduction + picks))).not.toContain('Few places change');
  });
});
