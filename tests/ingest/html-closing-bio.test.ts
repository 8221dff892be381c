/**
 * HTML seeds: the author's bio closing the article, in the shapes the last lines take beside the plain
 * "Ann Lee is a reporter …": under its heading ("About the author", "Die Autorin"), with a bracket
 * after the name ("Ann Lee (*1970) war …"), after a one-word title ("Korrespondent Jan Berg ist …"),
 * and above the article's credits ("With files from the Harbor Wire", "Aus dem Englischen von …", "Mit
 * Material der …").
 * All leave the body, reported; the article's paragraphs stay, and so does a last paragraph that names
 * the author in a sentence of the story.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The Harbor Post asked forty bakers along the coast how the price of flour had changed their trade over the past year, and what they planned next.',
  'Most said they had raised their prices twice since the spring, and a third had cut the number of loaves they bake on weekdays to save on energy.',
  'Several bakers said customers had been understanding, but that sales of cakes and pastries had fallen more than sales of bread since the autumn.',
  'The regional bakers guild said it would ask the government for help with energy costs at its meeting next month, as it did two years ago.',
];

const page = (author: string, tail: string, lang = 'en') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="author" content="${author}">
<title>Bakers raise prices as flour costs climb</title></head><body>
<article><h1>Bakers raise prices as flour costs climb</h1>
<div class="story-body">${P.map((p) => `<p>${p}</p>`).join('\n')}
${tail}</div></article></body></html>`;

describe("the author's bio closing the article", () => {
  for (const [what, author, tail, texts, lang] of [
    [
      'under its heading, above a credit line',
      'Ann Lee',
      '<h3>ABOUT THE AUTHOR</h3><p>Ann Lee is a reporter covering food and farming for the Harbor Post. She has worked for the paper since 2015.</p><p>With files from the Harbor Wire</p>',
      ['ABOUT THE AUTHOR', 'Ann Lee is a reporter', 'With files from'],
      'en',
    ],
    [
      'in German, with a bracket after the name and a translator line above',
      'Ann Lee',
      '<p>Aus dem Englischen von Jan Berg</p><h3>Die Autorin</h3><p>Ann Lee (*1970) war Korrespondentin der Harbor Post in Kopenhagen. Sie lehrt heute an der Universität.</p>',
      ['Aus dem Englischen von', 'Die Autorin', 'Ann Lee (*1970) war'],
      'de',
    ],
    [
      'after a one-word title',
      'Jan Berg',
      '<p>Korrespondent Jan Berg ist bei der Harbor Post für die Landespolitik zuständig. Er berichtet einen Monat lang aus der Region.</p>',
      ['Korrespondent Jan Berg ist'],
      'de',
    ],
    [
      'above a German credit line',
      'Jan Berg',
      '<p>Jan Berg schreibt für die Harbor Post über Handwerk und Handel an der Küste.</p><p>Mit Material der Nachrichtenagentur NA</p>',
      ['Jan Berg schreibt', 'Mit Material der Nachrichtenagentur'],
      'de',
    ],
  ] as const) {
    it(`leaves out the bio ${what}, and reports it`, () => {
      const { body, report } = article(page(author, tail, lang), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const text of texts) {
        expect(body, text).not.toContain(text);
        expect(report.entries.some((e) => e.text?.includes(text)), text).toBe(true);
      }
    });
  }

  for (const [what, author, tail, texts] of [
    [
      'of several paragraphs, the later ones naming her by her first name',
      'Ann Lee',
      '<p>Ann Lee is a reporter covering food and farming for the Harbor Post.</p><p>Ann trained as a baker in Lyon before she turned to writing about the trade.</p><p>When she is not reporting, Ann keeps bees on the roof of the newsroom.</p>',
      ['Ann Lee is a reporter', 'Ann trained as a baker', 'Ann keeps bees'],
    ],
    [
      'whose name carries credentials, marked with an asterisk',
      'Ann Lee, MD',
      '<p>*Ann Lee, MD, is a family physician in the harbor district and writes about food and health for the Harbor Post.</p>',
      ['Ann Lee, MD, is a family physician'],
    ],
    [
      'opening on a phrase about her before her name',
      'Ann Lee',
      '<p>A baker\'s daughter from the north coast, Ann Lee has covered food and farming for the Harbor Post since 2015.</p>',
      ["A baker's daughter from the north coast"],
    ],
    [
      "above the link to her author's page",
      'Ann Lee',
      '<p>Ann Lee has written about food and farming for the Harbor Post since 2015.</p><p><a href="/authors/ann-lee">View author page</a></p>',
      ['Ann Lee has written about food', 'View author page'],
    ],
  ] as const) {
    it(`leaves out the bio ${what}, and reports it`, () => {
      const { body, report } = article(page(author, tail), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const text of texts) {
        expect(body, text).not.toContain(text);
        expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(text)), text).toBe(true);
      }
    });
  }

  it('keeps the story\'s last paragraphs about someone else, under a bio-shaped line of theirs', () => {
    const tail = '<p>Mara Voss is the third generation of her family to run the bakery on the quay.</p><p>She said she would keep her prices as they are until the end of the year.</p>';
    const { body } = article(page('Ann Lee', tail), 'page.html');
    expect(body).toContain('Mara Voss is the third generation');
    expect(body).toContain('She said she would keep her prices');
  });

  it("keeps a last paragraph of the story that names the author", () => {
    const tail = '<p>Ann Lee, who runs the oldest bakery on the quay, said she would keep her prices as they are until the end of the year.</p>';
    const { body } = article(page('Ann Lee', tail), 'page.html');
    expect(body).toContain('Ann Lee, who runs the oldest bakery');
  });
});
