/**
 * HTML seeds: a form inside the article's box (a comment or sign-up form's field labels, a poll's question
 * and choices, a sign-in box; a <form>, or a box with the role "form" or "search") leaves the body,
 * reported, in any language; a page whose template wraps the whole article in one form keeps it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { RAIL_YARD_PARAGRAPHS, railYardPage } from './rail-yard-page.ts';
import { isFormBox } from '../../scripts/ingest/lib/html/furniture/form-box.ts';

const P = RAIL_YARD_PARAGRAPHS;
const page = (after: string) => railYardPage(after, 4);

const reported = (report: ReturnType<typeof article>['report'], line: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(line) && e.detail?.includes('a form'));

describe('a form inside the article', () => {
  for (const [box, lines] of [
    [`<form class="x1"><div><label>Name</label><input name="n"></div><div>Required</div><div><label>Email Address</label><input name="e"></div></form>`, ['Name', 'Required', 'Email Address']],
    [`<form><table><tr><td>Should the yard have become housing instead?</td></tr><tr><td><input type="radio"> Yes</td></tr><tr><td><input type="radio"> No</td></tr><tr><td>or View Results</td></tr></table></form>`, ['Should the yard have become housing instead?', 'or View Results']],
    [`<div role="form"><p>Merken Sie sich Ihr Passwort</p><p>Passwort vergessen?</p></div>`, ['Passwort vergessen?', 'Merken Sie sich Ihr Passwort']],
    [`<div role="search"><p>Buscar en el archivo</p></div>`, ['Buscar en el archivo']],
  ] as const) {
    it(`leaves out ${box.slice(0, 40)}…, and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const line of lines) {
        expect(body.split('\n')).not.toContain(line);
        expect(reported(report, line), line).toBe(true);
      }
    });
  }

  it('keeps the article a form wraps whole (an old template that puts the page in one form)', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rail yard to become a park</title></head><body>
<form id="PageForm" method="post"><div class="ContentBlock"><h1>Rail yard to become a park</h1>
<p class="NewsDate">12/28/2005 3:13:17 PM</p>${P.map((p) => `<p>${p}</p>`).join('\n')}</div></form></body></html>`;
    const { body } = article(html, 'page.html');
    for (const p of P) expect(body).toContain(p);
  });

  it('keeps a paragraph of the article that holds the form of a word, and boxes with other roles', () => {
    const { body } = article(page(`<div role="note"><p>The council's form for objections is open until the end of March.</p></div>`), 'page.html');
    expect(body).toContain("The council's form for objections is open until the end of March.");
  });

  it('tells a form box by its tag or role', () => {
    const el = (role: string | null) => ({ nodeName: 'DIV', getAttribute: (n: string) => (n === 'role' ? role : null) });
    expect(isFormBox('FORM', el(null))).toBe(true);
    expect(isFormBox('DIV', el('form'))).toBe(true);
    expect(isFormBox('DIV', el('search'))).toBe(true);
    expect(isFormBox('DIV', el('note'))).toBe(false);
    expect(isFormBox('DIV', el(null))).toBe(false);
  });
});
