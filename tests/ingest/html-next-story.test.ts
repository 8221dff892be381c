/**
 * A page that loads the next story under the article it was opened for (infinite scroll: a second
 * <article> with its own <h1>, kicker and date). Readability takes the longer, the next story, and the
 * article's opening found under the headline's <h1> is the whole article (lib/html/article/html-article-lead.ts):
 * the next story's <h1> right over the answer says the answer is that story, left out and reported
 * (lib/html/article/next-story-answer.ts). An <h1> inside the article with its own prose under it is
 * no other story's head.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const first = (i: number) =>
  `<p>The harbour board said on Monday that dredging of the eastern channel, stage ${i + 1} of the works, would start in the spring and end before the ferries' summer timetable begins.</p>`;
const second = (i: number) =>
  `<p>The museum's new wing, part ${i + 1} of a plan the city council approved a decade ago, opens to visitors next month with rooms of maps, ship models and letters that sailors wrote home from distant ports over two centuries, most of them never shown to the public before.</p>`;
const story = (head: string, kicker: string, day: string, paragraphs: string) =>
  `<article class="scroll-article"><header><div class="kicker">${kicker}</div><h1>${head}</h1><p class="standfirst">What the works mean for the town</p><div class="date">Published ${day}</div></header><div class="body">${paragraphs}</div></article>`;
const page = (nextStory: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour dredging to start in spring</title></head><body><div class="main"><div class="article-page">` +
  story('Harbour dredging to start in spring', 'Local', 'Mar 3, 2021', Array.from({ length: 5 }, (_, i) => first(i)).join('')) +
  nextStory +
  `</div></div></body></html>`;
const next = story('Museum wing opens with sailors’ letters', 'Sponsored', 'Mar 1, 2021', Array.from({ length: 12 }, (_, i) => second(i)).join(''));

const read = (html: string) => {
  const { record, report } = article(html, 'page.html');
  return { body: record.paragraphs.map((p) => p.text).join('\n'), report };
};

describe('the next story a page loads under its article', () => {
  it('is left out when Readability takes it for the article, each block reported', () => {
    const { body, report } = read(page(next));
    expect(body).toContain('stage 1 of the works');
    expect(body).toContain('stage 5 of the works');
    expect(body).not.toContain('The museum');
    expect(body).not.toContain('Museum wing opens');
    const removed = report.entries.filter((e) => e.rule === 'next-story' && e.action === 'removed');
    expect(removed.some((e) => e.text?.includes('part 12 of a plan'))).toBe(true);
    expect(removed.some((e) => e.text === 'Museum wing opens with sailors’ letters')).toBe(true);
  });

  it('is left out when Readability takes only it, and the article is the opening under the headline up to its <h1>', () => {
    // Each paragraph of the article in a box of its own: Readability scores the next story's one box higher.
    const boxed = (html: string) => html.replace(/<div class="body">((?:<p>.*?<\/p>){5})<\/div>/, (_, ps: string) => ps.replace(/<p>(.*?)<\/p>/g, '<div class="block"><div class="text"><p>$1</p></div></div>'));
    const html = boxed(page(`<div class="more"><div class="scroll">${next}</div></div>`));
    const { body, report } = read(html);
    expect(report.entries.some((e) => e.rule === 'article-lead' && e.text?.includes('stage 1 of the works'))).toBe(true);
    expect(body).toContain('stage 5 of the works');
    expect(body).not.toContain('The museum');
    expect(report.entries.filter((e) => e.rule === 'next-story' && e.action === 'removed').map((e) => e.text)).toContain('Museum wing opens with sailors’ letters');
  });

  it('stays when the second <h1> and its date head a gallery set in the article, with no prose of its own', () => {
    const gallery = `<article class="gallery"><header><h1>Dredgers at work: pictures</h1><span>Sat, Feb 27, 2021</span><h2>The boats that will clear the channel</h2></header><div class="photo"><img src="a.jpg" alt=""></div></article>`;
    const html = page('').replace(/(stage 2 of the works[^<]*<\/p>)/, `$1${gallery}`);
    const { body, report } = read(html);
    expect(body).toContain('stage 5 of the works');
    expect(report.entries.some((e) => e.rule === 'next-story')).toBe(false);
  });

  it('stays when the second <h1> heads a section of the article with prose of its own before the answer', () => {
    const section = `<div class="section"><h1>How the channel silted up</h1>${first(7).replace('dredging', 'silting')}${first(8).replace('dredging', 'silting')}</div>`;
    const { body, report } = read(page(section + next.replace(/<header>.*?<\/header>/, '')));
    expect(body).toContain('How the channel silted up');
    expect(body).toContain('The museum');
    expect(report.entries.some((e) => e.rule === 'next-story')).toBe(false);
  });
});
