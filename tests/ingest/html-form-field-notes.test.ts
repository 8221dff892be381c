/**
 * HTML seeds: the notes a comment or sign-up form writes beside its fields, left in the article's box
 * by markup that does not name the form ("Required, will not be published" under an e-mail field's
 * label, "Please enter a valid email address to continue"). They leave the body, reported; prose that
 * asks readers to write in, or reports what was published, stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BAKERS_PARAGRAPHS, bakersPage } from '../helpers/bakers-page.ts';
import { isFormFieldNote } from '../../scripts/ingest/lib/html/furniture/form-field-notes.ts';

const P = BAKERS_PARAGRAPHS;

describe("a form's notes beside its fields", () => {
  for (const [what, inside, notes] of [
    [
      "a comment form's e-mail field",
      '<div><p>Leave a reply</p><div><label>Email Address</label></div><div><span>Required, will not be published</span></div></div>',
      ['Required, will not be published'],
    ],
    [
      "a sign-up box's checks",
      '<div><div><span>Please enter email address to continue</span></div><div><span>Please enter valid email address to continue</span></div></div>',
      ['Please enter email address to continue', 'Please enter valid email address to continue'],
    ],
  ] as const) {
    it(`leaves out ${what}, and reports it`, () => {
      const { body, report } = article(bakersPage(inside), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const note of notes) {
        expect(body).not.toContain(note);
        expect(report.entries.some((e) => e.text?.includes(note) && e.detail?.includes("form's note"))).toBe(true);
      }
    });
  }

  it('keeps prose about e-mail and what is published', () => {
    const lines = `<p>Please enter your email address on the guild's website if you want to hear about the next meeting, its secretary said.</p>
<p>Required, the guild said, will not be published until the government replies.</p>`;
    const { body } = article(bakersPage(lines), 'page.html');
    expect(body).toContain("Please enter your email address on the guild's website");
    expect(body).toContain('Required, the guild said');
  });

  it('reads the note alone, not a line that holds it among other words', () => {
    expect(isFormFieldNote('Required, will not be published')).toBe(true);
    expect(isFormFieldNote('(Required, but will not be published)')).toBe(true);
    expect(isFormFieldNote('Enter a valid e-mail address.')).toBe(true);
    expect(isFormFieldNote('The list is required, and will not be published')).toBe(false);
    expect(isFormFieldNote('Enter your email address to win a trip to the coast with the bakers')).toBe(false);
  });
});
