/**
 * Wrong publication days (task dates40): the day the site gives an article is the day its page came
 * out, or none. Nasty pages written here, each on the text path (a .txt seed) and, where the page is
 * markup, the HTML path (a .html seed): an update shown before the publication, a date in the
 * headline, a comment's date, a numeric date with two readings on a US and a European page, a stamp
 * late in the evening west of UTC.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'China and Brazil opened a joint laboratory for climate research in Sao Paulo, the two science ministries said in a statement released on Tuesday.';
const P2 = 'The laboratory will train young researchers from both countries and share satellite data over the next five years, officials said at the opening.';
const P3 = 'Researchers from twelve universities will work on drought prediction, rainfall models and the monitoring of forests along the Amazon basin.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const dayOf = (text: string) => article(text).record.date?.date ?? null;
const html = (head: string, body: string) =>
  new TextEncoder().encode(`<!DOCTYPE html><html lang="en"><head><title>Joint climate lab opens</title>${head}</head><body><article>${body}</article></body></html>`);
const htmlDayOf = (head: string, body: string) => article(html(head, body), 'fixture.html').record.date?.date ?? null;
const PARAS = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

describe('"Updated" before "Published"', () => {
  it('on the text path, the publication is the day', () => {
    expect(dayOf(`Joint climate lab opens\nUpdated: March 12, 2024\nPublished: March 3, 2024\n\n${BODY}`)).toBe('2024-03-03');
  });
  it('in one row, the publication is the day', () => {
    expect(dayOf(`Joint climate lab opens\nBy Ana Lima | Updated March 12, 2024 | Published March 3, 2024\n\n${BODY}`)).toBe('2024-03-03');
  });
  it('on the HTML path, the publication line beats the update line over it', () => {
    expect(htmlDayOf('', `<h1>Joint climate lab opens</h1><p class="meta">Updated: March 12, 2024</p><p class="meta">Published: March 3, 2024</p>${PARAS}`)).toBe('2024-03-03');
  });
  it('on the HTML path, a modified field is not the publication field', () => {
    expect(htmlDayOf('<meta property="article:modified_time" content="2024-03-12T10:00:00+08:00"><meta property="article:published_time" content="2024-03-03T09:00:00+08:00">', `<h1>Joint climate lab opens</h1>${PARAS}`)).toBe('2024-03-03');
  });
});

describe('a date in the headline', () => {
  it('is the news, not the stamp: the stamp under it dates the page', () => {
    expect(dayOf(`Climate lab to open on March 20, 2024\nMarch 3, 2024\n\n${BODY}`)).toBe('2024-03-03');
  });
  it('with no stamp, dates nothing', () => {
    expect(dayOf(`Climate lab to open on March 20, 2024\n\n${BODY}`)).toBeNull();
  });
});

describe("a comment's date", () => {
  it('under the comments heading dates nothing', () => {
    expect(dayOf(`Joint climate lab opens\n\n${BODY}\n\n3 Comments\nMaria Silva\nApril 2, 2024 at 10:15 am\nGreat news for the region.`)).toBeNull();
  });
  it('does not beat the stamp under the headline', () => {
    expect(dayOf(`Joint climate lab opens\nMarch 3, 2024\n\n${BODY}\n\n3 Comments\nMaria Silva\nApril 2, 2024 at 10:15 am\nGreat news for the region.`)).toBe('2024-03-03');
  });
});

describe('03/04/2024, two readings', () => {
  it('alone, on a page that settles no order, dates nothing', () => {
    expect(dayOf(`Joint climate lab opens\n03/04/2024\n\n${BODY}`)).toBeNull();
  });
  it('on a US page (a month-first date elsewhere on it) is March 4', () => {
    expect(dayOf(`Joint climate lab opens\n03/04/2024\n\n${BODY}\n\nRelated: Lab plans announced 12/28/2023`)).toBe('2024-03-04');
  });
  it('on a European page (a day-first date elsewhere on it) is 3 April', () => {
    expect(dayOf(`Joint climate lab opens\n03/04/2024\n\n${BODY}\n\nRelated: Lab plans announced 28/12/2023`)).toBe('2024-04-03');
  });
  it('on the HTML path, a British page\'s is 3 April', () => {
    const page = new TextEncoder().encode(`<!DOCTYPE html><html lang="en-GB"><head><title>Joint climate lab opens</title></head><body><article><h1>Joint climate lab opens</h1><p class="date">03/04/2024</p>${PARAS}</article></body></html>`);
    expect(article(page, 'fixture.html').record.date?.date).toBe('2024-04-03');
  });
});

describe('a stamp at 23:30 UTC-5', () => {
  it('on the text path is the day the page writes', () => {
    expect(dayOf(`Joint climate lab opens\n2024-03-03T23:30:00-05:00\n\n${BODY}`)).toBe('2024-03-03');
  });
  it('on the HTML path, a field with its offset is the day it writes', () => {
    expect(htmlDayOf('<meta property="article:published_time" content="2024-03-03T23:30:00-05:00">', `<h1>Joint climate lab opens</h1>${PARAS}`)).toBe('2024-03-03');
  });
  it('on the HTML path, a field in UTC beside the local day the page shows is the page\'s day', () => {
    expect(htmlDayOf('<meta property="article:published_time" content="2024-03-04T04:30:00Z">', `<h1>Joint climate lab opens</h1><p class="date">Posted on March 3, 2024</p>${PARAS}`)).toBe('2024-03-03');
  });
});

describe("a picture's caption under the headline", () => {
  it('closing on the day the picture was taken dates nothing on the HTML path', () => {
    const body = `<h1>Joint climate lab opens</h1><figure class="picture"><img src="a.jpg"><figcaption>Researchers at work in the new laboratory in Sao Paulo, 24 February 2024</figcaption></figure>${PARAS}`;
    expect(htmlDayOf('', body)).toBeNull();
  });
  it('in another language too', () => {
    const page = new TextEncoder().encode(`<!DOCTYPE html><html lang="de"><head><title>Klimalabor eröffnet</title></head><body><article><h1>Klimalabor eröffnet</h1><p>Forscher bei der Arbeit im neuen Labor in Sao Paulo, 24. Februar 2024</p>${PARAS}</article></body></html>`);
    expect(article(page, 'fixture.html').record.date?.date ?? null).toBeNull();
  });
  it('a byline row with its date still dates the page', () => {
    expect(htmlDayOf('', `<h1>Joint climate lab opens</h1><p class="byline">Ana Lima, 3 March 2024</p>${PARAS}`)).toBe('2024-03-03');
  });
});

describe("a list of other stories' dates far under the article", () => {
  const related = ['December 2, 2025', 'September 1, 2025', 'December 15, 2025']
    .map((d, i) => `<div class="card"><h3>Related story ${i + 1}</h3><p>Teaser text of another story.</p><span>Ana Lima</span><span class="post-date">${d}</span></div>`)
    .join('');
  const far = '<p>More text of the article, one paragraph after another.</p>'.repeat(10);
  it('dates nothing', () => {
    expect(htmlDayOf('', `<h1>Joint climate lab opens</h1>${PARAS}${far}<h2>Related posts</h2>${related}`)).toBeNull();
  });
  it('leaves the page dated by its update line over the headline', () => {
    expect(htmlDayOf('', `<p>Last updated: Dec 12, 2025</p><h1>Joint climate lab opens</h1>${PARAS}${far}<h2>Related posts</h2>${related}`)).toBe('2025-12-12');
  });
  it('a footer date far under the headline, alone, still dates the page', () => {
    expect(htmlDayOf('', `<h1>Joint climate lab opens</h1>${PARAS}${far}<footer class="entry-footer"><span class="posted-on">Posted on March 3, 2024</span></footer>`)).toBe('2024-03-03');
  });
});

describe('a date a phrase governs, on the text path', () => {
  it.each(['Deadline for joint grants extended until March 20, 2024', 'Summit on climate science will be held on March 20, 2024'])('"%s" is the news\'s day, not the stamp', (headline) => {
    expect(dayOf(`${headline}\nMarch 3, 2024\n\n${BODY}`)).toBe('2024-03-03');
  });
  it('a name then "on" and the date is still a stamp row', () => {
    expect(dayOf(`Joint climate lab opens\nAna Lima on March 3, 2024\n\n${BODY}`)).toBe('2024-03-03');
  });
  it('a byline\'s "by admin on" and the date is still a stamp row', () => {
    expect(dayOf(`Joint climate lab opens\nposted by admin on March 3, 2024\n\n${BODY}`)).toBe('2024-03-03');
  });
});

describe('an update line over a list of stories in <time>s', () => {
  const cards = ['2025-10-23', '2022-01-01', '2025-07-17']
    .map((d) => `<div class="card"><h3>Another story</h3><p>Teaser text.</p><time datetime="${d}">${new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</time></div>`)
    .join('');
  it('dates the page as by its update, never as its publication', () => {
    const far = '<p>More text of the article, one paragraph after another.</p>'.repeat(10);
    const { record } = article(html('', `<h1>Joint climate lab opens</h1><p class="page-date">Page updated: 12 November 2025</p>${PARAS}${far}<h2>What to read next</h2>${cards}`), 'fixture.html');
    expect(record.date).toMatchObject({ date: '2025-11-12', source: 'update' });
  });
});

describe("comments' dates among far date boxes", () => {
  it('still prove an update alone is not the day the page came out', () => {
    const comments = ['Nov 17, 2024', 'Jun 16, 2025', 'Apr 14, 2025'].map((d) => `<div class="comment"><span class="author">Reader</span><span class="comment-date">${d}</span><p>Nice.</p></div>`).join('');
    const far = '<p>More text of the article, one paragraph after another.</p>'.repeat(10);
    const { record } = article(html('', `<h1>Joint climate lab opens</h1><p class="meta">Page last updated Feb 26, 2026</p>${PARAS}${far}<h2>11 comments</h2>${comments}`), 'fixture.html');
    expect(record.date).toBeNull();
  });
});
