/**
 * HTML seeds: the contact box a press release or an institution's news page ends on (its label, then
 * a name, an office, a phone number, an address) is left out, each line reported; a label over a
 * paragraph of the article, "Contact …" as the article's verb, and a label the article opens on stay.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const LEAD = [
  'The harbour board of Eastmere approved on Monday a plan to rebuild the old ferry pier before next summer, at a cost of about four million euros shared with the region.',
  'Work on the pier is to start in the autumn, once the last boats of the season have left, and the ferry will use a temporary landing stage until the spring.',
];

const page = (after: string, lead = LEAD.map((p) => `<p>${p}</p>`).join('')) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Eastmere to rebuild its ferry pier</title></head><body>
<article><h1>Eastmere to rebuild its ferry pier</h1>
<div class="article-body">${lead}${after}</div>
</article></body></html>`;

const removedAsContact = (report: ReturnType<typeof article>['report'], text: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text === text && e.detail?.includes('contact box'));

function expectBoxLeftOut(box: string[], html: string) {
  const { body, report } = article(html, 'page.html');
  for (const p of LEAD) expect(body).toContain(p);
  for (const line of box) {
    expect(body).not.toContain(line);
    expect(removedAsContact(report, line)).toBe(true);
  }
}

describe('the contact box closing an article', () => {
  it('leaves out a press contact label and the lines under it, each reported', () => {
    const box = ['Press contact:', 'Harbour Board of Eastmere, Press Office', 'Mara Quill', 'Tel. +00 123 456 789', 'press@harbour.example'];
    expectBoxLeftOut(box, page(box.map((t) => `<p>${t}</p>`).join('')));
  });

  it('in other languages, two contacts in a row, and a heading as the label', () => {
    const box = ['Pressekontakt', 'Hafenamt Ostmeer', 'Tel. 0123 45678', 'Ansprechpartnerin zum Thema:', 'Jana Kiel', 'jana.kiel@hafen.example'];
    expectBoxLeftOut(box, page(`<h3>${box[0]}</h3>${box.slice(1).map((t) => `<p>${t}</p>`).join('')}`));
  });

  it('a label with its value on one line', () => {
    const box = ['Contacto: Lucía Mar, oficina de prensa, +00 98 765 4321'];
    expectBoxLeftOut(box, page(`<p>${box[0]}</p>`));
  });

  it('a form under the label ("Contact Info", its fields)', () => {
    const box = ['CONTACT INFO', 'Phone:', '000/111-2222', 'Message'];
    expectBoxLeftOut(box, page(box.map((t) => `<div>${t}</div>`).join('')));
  });

  it('keeps a label over a paragraph of the article: it heads the article\'s own section', () => {
    const more = 'Contact with the islands will be kept by the smaller boat, which the board hired for the winter from a yard on the mainland at a cost of its own.';
    const { body } = article(page(`<h2>Contact</h2><p>${more}</p>`), 'page.html');
    expect(body).toContain('Contact');
    expect(body).toContain(more);
  });

  it('keeps "Contact …" as the article\'s own verb, and a short line of advice', () => {
    const lines = ['Contact the harbour office before you travel.', 'Contact us for the timetable'];
    const { body } = article(page(lines.map((t) => `<p>${t}</p>`).join('')), 'page.html');
    expect(body).toContain(lines[0]);
  });

  it('keeps a contact label the article opens on (a page that is all box lines)', () => {
    const lines = ['Contact', 'Harbour Board of Eastmere', 'Quay Street 1'];
    const { body } = article(page('', `<p>${LEAD[0]}</p>`).replace(`<p>${LEAD[0]}</p>`, lines.map((t) => `<p>${t}</p>`).join('') + `<p>${LEAD[0]}</p>`), 'page.html');
    expect(body).toContain(LEAD[0]);
  });

  it('reads a long line of label words in linear time', () => {
    let body = '';
    const seconds = cpuSeconds(() => {
      const line = 'Kontakt '.repeat(20_000) + ':';
      ({ body } = article(page(`<p>${line}</p>`), 'page.html'));
    });
    expect(body).toContain(LEAD[0]);
    expect(seconds).toBeLessThan(5);
  });
});
