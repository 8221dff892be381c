/**
 * HTML seeds: a photo's caption between the paragraphs, signed with its copyright mark and the
 * photographer or agency after it ("… on Monday. © Jan Berg/NA", "… am Montag. © NA | Jan Berg"), or
 * glued to a German "Bild:" credit ("… im Hafen am MontagBild: Jan Berg/NA"), or with a Korean credit in
 * brackets ("… 굽고 있다. [사진 = 김하늘 기자]"). It leaves the body,
 * reported. A line that is only the mark and a name (a closing "© Harbor Post", "[사진=하버 포스트]") is not a caption and
 * is left to the other rules; prose that mentions the mark stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BAKERS_PARAGRAPHS, bakersPage } from '../helpers/bakers-page.ts';

const P = BAKERS_PARAGRAPHS;
const page = bakersPage;

describe('a caption signed with its copyright mark', () => {
  for (const [what, line, text] of [
    ['a name after the mark', '<p>A baker shapes loaves in her shop near the harbour on Monday. © Jan Berg</p>', 'A baker shapes loaves'],
    ['an agency and a name', '<p>Flour sacks stacked in the storeroom of the mill. © NA | Jan Berg</p>', 'Flour sacks stacked'],
    ['the mark glued to the caption', '<p>Bread on the shelves of the guild’s shop.© Ann Lee/NA</p>', 'Bread on the shelves'],
    ['a year and a name', '<p>The old mill on the river | © 2019 Ann Lee</p>', 'The old mill on the river'],
    ['a glued German credit', '<p>Ein Bäcker formt Brote in seiner Backstube am HafenBild: Jan Berg/NA</p>', 'Ein Bäcker formt Brote'],
    ['a Korean bracketed credit', '<p>항구 마을의 제빵사가 12일 가게에서 빵을 굽고 있다. [사진 = 김하늘 기자]</p>', '항구 마을의 제빵사가'],
  ] as const) {
    it(`leaves out a caption with ${what}, and reports it`, () => {
      const { body, report } = article(page(line), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(text);
      expect(report.entries.some((e) => e.text?.includes(text))).toBe(true);
    });
  }

  it('keeps a line of the mark alone, and prose that mentions it', () => {
    const lines = `<p>The guild printed the sign © on every loaf it sold at the fair last year, and the bakers said buyers asked about it.</p>
<p>© Harbor Post</p>
<p>[사진=하버 포스트]</p>`;
    const { body } = article(page(lines), 'page.html');
    expect(body).toContain('The guild printed the sign © on every loaf');
    expect(body).toContain('[사진=하버 포스트]');
  });

  it('keeps a line whose © is glued to the letter before it (mojibake of "é" read as Latin-1), no mark', () => {
    const line = '<p>A reader wrote that the word for coffee showed as "cafÃ©" on her phone, and asked why.</p>';
    expect(article(page(line), 'page.html').body).toContain('showed as "cafÃ©" on her phone');
  });
});
